import { defineRule } from '../../../engine/rule.js'
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, NEW_EXPRESSION, reachingDefinitions, STATIC_CALL, untrusted, unwrap } from '../_utils/php.js'

function isArray(ctx: RuleContext, node: SgNode): boolean {
  const n = unwrap(node)
  if (n.kind() === 'array_creation_expression') return true
  if (n.kind() !== 'variable_name') return false
  const defs = reachingDefinitions(ctx, n)
  return defs.dominated && defs.defs.length === 1 && !!defs.defs[0]!.value && unwrap(defs.defs[0]!.value).kind() === 'array_creation_expression'
}

export const SHELL_SANITIZERS = /^(?:escapeshellarg|escapeshellcmd|intval|floatval|\(int\))$/

/** Functions that hand their first argument to /bin/sh (or cmd.exe). */
const SHELL_FUNCTIONS = /^(?:system|exec|shell_exec|passthru|popen|proc_open|expect_popen)$/

export default defineRule({
  id: 'php/no-shell-command-injection',
  languages: ['php'],
  title: 'Shell command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs a shell command built from non-constant data',
  rationale:
    'The command string is parsed by the shell, so any ;, |, $() or backtick in the data starts a command of its own with the permissions of the web server (CWE-78).',
  safeAlternative:
    'Pass an argument array without a shell (proc_open([$prog, $arg], …), new Process([$prog, $arg])), or wrap every value with escapeshellarg().',
  // the backtick operator, the SHELL_FUNCTIONS (`exec` also covers shell_exec, `popen` expect_popen)
  // and Process
  requires: { words: ['`', 'system', 'exec', 'passthru', 'popen', 'proc_open', 'process'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, { kind: 'shell_command_expression' }, STATIC_CALL, NEW_EXPRESSION] } },
  check(node, ctx) {
    const kind = node.kind()
    if (kind === 'shell_command_expression') {
      return untrusted(ctx, node, { sanitizers: SHELL_SANITIZERS }) ? { data: { CALL: 'the backtick operator' } } : false
    }
    const name = nameOf(ctx, node)
    if (!SHELL_FUNCTIONS.test(name) && !/^Process::(?:fromShellCommandline|run|start|command|pipe)$|^new Process$/.test(name)) return false
    let cmd: SgNode | null
    if (kind === 'function_call_expression') {
      if (!SHELL_FUNCTIONS.test(name)) return false
      cmd = arg(node, 0, 'command')
      // proc_open([...]) with an array runs the program directly: see no-process-program-injection.
      if (name === 'proc_open' && cmd && isArray(ctx, cmd)) return false
    } else if (kind === 'scoped_call_expression') {
      // Symfony Process::fromShellCommandline($cmd); Laravel Process::run("…") with a string.
      if (!/^Process::/.test(name)) return false
      cmd = arg(node, 0, 'command')
      if (!cmd || cmd.kind() === 'array_creation_expression') return false
    } else {
      // new Process("…") with a string (Symfony < 4.2) is a shell command; the array form is not.
      cmd = arg(node, 0, 'command')
      if (!cmd || !/^(?:encapsed_string|string|heredoc|binary_expression)$/.test(String(cmd.kind()))) return false
    }
    if (!cmd || !untrusted(ctx, cmd, { sanitizers: SHELL_SANITIZERS })) return false
    return { data: { CALL: name || node.text().slice(0, 30) } }
  },
})
