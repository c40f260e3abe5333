import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeText } from '../_utils/common.js'
import { callee, kwarg, positional, untrusted, values } from '../_utils/py.js'
import { shellDashC } from './no-subprocess-shell-injection.js'

const SUBPROCESS = /^(?:subprocess\.(?:run|call|check_call|check_output|Popen)|asyncio\.create_subprocess_exec|pexpect\.(?:spawn|run|popen_spawn\.PopenSpawn)|sh\.Command|plumbum\.local\.get|trio\.run_process|anyio\.run_process)$/
/** os.exec*: the program is argument 0; os.spawn*: argument 1 (after the mode). */
const OS_EXEC = /^os\.(?:execl|execlp|execle|execlpe|execv|execvp|execve|execvpe|posix_spawn|posix_spawnp)$/
const OS_SPAWN = /^os\.(?:spawnl|spawnlp|spawnle|spawnlpe|spawnv|spawnvp|spawnve|spawnvpe)$/

/** The node holding the program of an argument vector, or null when the program is constant. */
function programOf(ctx: RuleContext, argv: SgNode): SgNode | null {
  for (const v of values(ctx, argv)) {
    const kind = v.kind()
    if (kind === 'list' || kind === 'tuple') {
      if (shellDashC(v)) return null // a shell: python/no-subprocess-shell-injection
      const first = v.namedChildren().find((c) => c.kind() !== 'comment')
      if (first && first.kind() !== 'list_splat' && untrusted(ctx, first)) return first
      if (first?.kind() === 'list_splat' && untrusted(ctx, first)) return first
      continue
    }
    if (kind === 'binary_operator' && v.field('left')) {
      const p = programOf(ctx, v.field('left')!)
      if (p) return p
      continue
    }
    if (kind === 'call' && /^(?:shlex\.split|split)$/.test(calleeText(ctx, v).replace(/^.*\.(split)$/, '$1'))) {
      const src = positional(v)[0] ?? v.field('function')?.field('object')
      if (src && untrusted(ctx, src)) return v
      continue
    }
    if (untrusted(ctx, v)) return v
  }
  return null
}

export default defineRule({
  id: 'python/no-non-constant-process-program',
  languages: ['python'],
  title: 'Process started with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} starts a program chosen by non-constant data ({{PROG}})',
  rationale:
    'Whoever controls the program name runs any binary on the machine (a downloaded file, /bin/sh with arguments of their choice), even without a shell: the argument list only protects the arguments, not the program (CWE-78).',
  safeAlternative: 'Start a fixed program and pass data only as separate arguments: subprocess.run(["/usr/bin/convert", src, dst]); map user choices to programs with a constant dict.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:run|call|check_call|check_output|Popen|create_subprocess_exec|spawn|PopenSpawn|Command|run_process|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)$' },
    },
  },
  // The modules of SUBPROCESS (sh.Command by its name), and os.exec* / os.spawn* / os.posix_spawn*.
  requires: { words: ['subprocess', 'pexpect', 'Command', 'run_process', 'execl', 'execv', 'spawn'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    let prog: SgNode | null = null
    const args = positional(node)
    if (SUBPROCESS.test(name)) {
      const shell = kwarg(node, 'shell')
      if (shell && shell.kind() !== 'false' && shell.kind() !== 'none') return false // python/no-subprocess-shell-injection
      const exe = kwarg(node, 'executable')
      if (exe && untrusted(ctx, exe)) prog = exe
      else if (name === 'asyncio.create_subprocess_exec' || name === 'trio.run_process' || name === 'anyio.run_process') {
        const first = args[0] ?? kwarg(node, 'program') ?? kwarg(node, 'command')
        prog = first ? (first.kind() === 'list' || first.kind() === 'tuple' ? programOf(ctx, first) : untrusted(ctx, first) ? first : null) : null
      } else {
        const argv = args[0] ?? kwarg(node, 'args') ?? kwarg(node, 'command')
        prog = argv ? programOf(ctx, argv) : null
      }
    } else if (OS_EXEC.test(name) || OS_SPAWN.test(name)) {
      const p = args[OS_SPAWN.test(name) ? 1 : 0]
      if (p && untrusted(ctx, p)) prog = p
    } else return false
    if (!prog) return false
    return { data: { CALL: name, PROG: prog.text() } }
  },
})
