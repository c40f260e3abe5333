import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeName, callArgs, callWords, isConstantOrigin, literalValue, valueOrigin } from '../_utils/c.js'

const SHELL_SANITIZERS = /^(?:(?:std::)?to_w?string|shell_quote|shell_escape|escape_shell_arg|quote_shell|g_shell_quote|sh_quote)$/
/** printf conversions whose argument cannot carry shell syntax */
const NUMERIC = /^[diouxXfFeEgGaAcp]$/

/** The command argument of a shell call: `system(cmd)`, `popen(cmd, …)`, `execl("/bin/sh", "sh", "-c", cmd, …)`. */
function commandOf(call: SgNode, ctx: RuleContext): SgNode | undefined {
  const name = calleeName(call)
  const args = callArgs(call, ctx)
  if (/^exec/.test(name)) {
    const program = args[0] ? literalValue(args[0]) : undefined
    if (program === undefined || !/(?:^|\/)(?:ba|da|z|k|c|tc|fi)?sh(?:\.exe)?$|cmd(?:\.exe)?$|powershell(?:\.exe)?$/i.test(program)) return undefined
    const flag = args.findIndex((a, i) => i > 0 && /^(?:-c|\/c|\/C|-Command)$/.test(literalValue(a) ?? ''))
    return flag > 0 ? args[flag + 1] : undefined
  }
  return args[0]
}

export default defineRule({
  id: 'c/no-shell-command-injection',
  languages: ['c', 'cpp'],
  title: 'Shell command built from non-constant data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{FN}} runs a shell command built from non-constant data ({{SOURCE}})',
  rationale:
    'system and popen hand the string to /bin/sh -c, so a ; | & $() or backtick inside the data starts a command of the attacker\'s choosing with the privileges of this process (CWE-78).',
  safeAlternative: 'Do not go through a shell: fork + execv("/usr/bin/prog", argv) or posix_spawn with a constant program and the data as separate argv entries; validate the data against an allow-list.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?:::)?(?:std::)?(?:system|popen|_popen|_wsystem|_wpopen|wordexp|execl|execlp|execle|execv|execvp|execve)$' },
    },
  },
  // the callees; `system` (part of `system_error`) only as a call
  requires: { words: ['popen', 'wordexp', 'execl', 'execv', ...callWords(['system'])] },
  check(node, ctx) {
    const cmd = commandOf(node, ctx)
    if (!cmd) return false
    const origin = valueOrigin(cmd, ctx, { numericSanitizes: true, sanitizers: SHELL_SANITIZERS, inertConversions: NUMERIC })
    if (isConstantOrigin(origin)) return false
    return { data: { FN: calleeName(node), SOURCE: origin.source ?? cmd.text() } }
  },
})
