import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeName, callArgs, isConstantOrigin, unwrap, valueOrigin } from '../_utils/c.js'

/** Index of the program argument of each spawn function. */
const PROGRAM_AT: Record<string, number> = {
  execv: 0,
  execvp: 0,
  execve: 0,
  execvpe: 0,
  execl: 0,
  execlp: 0,
  execle: 0,
  fexecve: -1,
  posix_spawn: 1,
  posix_spawnp: 1,
  _spawnl: 1,
  _spawnv: 1,
  _spawnvp: 1,
  _spawnlp: 1,
  _execv: 0,
  _execvp: 0,
  CreateProcessA: 0,
  CreateProcessW: 0,
  CreateProcess: 0,
  CreateProcessAsUserA: 1,
  CreateProcessAsUserW: 1,
  ShellExecuteA: 2,
  ShellExecuteW: 2,
  ShellExecute: 2,
  WinExec: 0,
  g_spawn_command_line_sync: 0,
  g_spawn_command_line_async: 0,
}

/** `CreateProcess(NULL, cmdline, …)`: the program is the first word of the command line. */
function programOf(call: SgNode, ctx: RuleContext): SgNode | undefined {
  const name = calleeName(call)
  const args = callArgs(call, ctx)
  const at = PROGRAM_AT[name]
  if (at === undefined || at < 0) return undefined
  const program = args[at]
  if (program && /^CreateProcess/.test(name) && /^(?:NULL|nullptr|0)$/.test(unwrap(program).text())) return args[at + 1]
  return program
}

export default defineRule({
  id: 'c/no-exec-nonconstant-program',
  languages: ['c', 'cpp'],
  title: 'Process spawned with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} starts a program chosen by non-constant data ({{SOURCE}})',
  rationale:
    'When the program path of exec*, posix_spawn or CreateProcess comes from input or a caller, whoever controls that value runs any binary on the system with the privileges of this process (CWE-78).',
  safeAlternative: 'Start a constant, absolute program path and pass data only as separate argv entries; if several programs are needed, map an input key to a fixed table of paths.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(PROGRAM_AT).join('|')})$` },
    },
  },
  check(node, ctx) {
    const program = programOf(node, ctx)
    if (!program) return false
    const origin = valueOrigin(program, ctx, { numericSanitizes: true })
    if (isConstantOrigin(origin)) return false
    return { data: { FN: calleeName(node), SOURCE: origin.source ?? program.text() } }
  },
})
