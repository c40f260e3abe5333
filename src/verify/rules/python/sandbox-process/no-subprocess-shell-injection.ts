import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { callee, kwarg, positional, strValue, untrusted, values } from '../_utils/py.js'
import { SHELL_SANITIZERS } from './no-shell-command-injection.js'

const SPAWNS = /^(?:subprocess\.(?:run|call|check_call|check_output|Popen)|asyncio\.create_subprocess_exec|os\.(?:execl|execlp|execv|execvp|execve|execvpe|spawnl|spawnlp|spawnv|spawnvp|posix_spawn|posix_spawnp))$/
const SHELLS = /^(?:(?:\/usr)?(?:\/bin\/)?(?:sh|bash|zsh|dash|ksh|ash|fish)|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)$/i

/** The shell command of a `["sh", "-c", cmd]` argument list, if `list` is one. */
export function shellDashC(list: SgNode): SgNode | null {
  if (list.kind() !== 'list' && list.kind() !== 'tuple') return null
  const items = list.namedChildren().filter((c) => c.kind() !== 'comment')
  const prog = strValue(items[0])
  if (prog === undefined || !SHELLS.test(prog)) return null
  const flag = items.findIndex((c, i) => i > 0 && /^(?:-c|\/c|\/k|-Command|-lc|-ic|-ec)$/i.test(strValue(c) ?? ''))
  return flag > 0 ? (items[flag + 1] ?? null) : null
}

/** The shell command that `call` hands to a shell, or null when it does not use one. */
function shellCommand(call: SgNode, ctx: RuleContext, name: string): SgNode | null {
  if (/^(?:asyncio\.create_subprocess_shell|\w+\.subprocess_shell)$/.test(name) || /\.exec_command$/.test(name)) return positional(call)[0] ?? kwarg(call, 'cmd') ?? kwarg(call, 'command')
  if (!SPAWNS.test(name)) return null
  const shell = kwarg(call, 'shell')
  const args = positional(call)
  const argv = name.startsWith('os.') ? (name.includes('spawn') && !name.includes('posix') ? args[2] : args[1]) : (args[0] ?? kwarg(call, 'args'))
  if (shell && shell.kind() !== 'false' && shell.kind() !== 'none') {
    const cmd = name.startsWith('subprocess.') ? (args[0] ?? kwarg(call, 'args')) : null
    if (!cmd) return null
    if (cmd.kind() === 'list' || cmd.kind() === 'tuple') return cmd.namedChildren()[0] ?? null
    return cmd
  }
  if (!argv) return null
  for (const v of values(ctx, argv)) {
    const c = shellDashC(v)
    if (c) return c
  }
  if (name.startsWith('os.')) {
    // os.execl("/bin/sh", "sh", "-c", cmd)
    const rest = args.slice(name.includes('spawn') && !name.includes('posix') ? 1 : 0)
    const prog = strValue(rest[0])
    if (prog !== undefined && SHELLS.test(prog.split('/').at(-1)!)) {
      const flag = rest.findIndex((c, i) => i > 0 && /^(?:-c|\/c)$/.test(strValue(c) ?? ''))
      if (flag > 0) return rest[flag + 1] ?? null
    }
  }
  return null
}

export default defineRule({
  id: 'python/no-subprocess-shell-injection',
  languages: ['python'],
  title: 'Process started through a shell with a command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} passes a non-constant command to a shell',
  rationale:
    'With shell=True, create_subprocess_shell or an ["sh", "-c", cmd] argument list the command string is parsed by the shell, so metacharacters in the data (;, |, $(), backticks) run further commands (CWE-78).',
  safeAlternative: 'Drop the shell and pass an argument list: subprocess.run(["prog", arg], check=True); if a shell is unavoidable, quote each value with shlex.quote.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:run|call|check_call|check_output|Popen|create_subprocess_shell|create_subprocess_exec|subprocess_shell|exec_command|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)$' },
    },
  },
  // subprocess and asyncio's *subprocess_shell / *subprocess_exec, paramiko's exec_command, os.exec* / os.spawn*.
  requires: { words: ['subprocess', 'exec_command', 'execl', 'execv', 'spawn'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    const cmd = shellCommand(node, ctx, name)
    if (!cmd || !untrusted(ctx, cmd, { sanitizers: SHELL_SANITIZERS })) return false
    return { data: { CALL: name } }
  },
})
