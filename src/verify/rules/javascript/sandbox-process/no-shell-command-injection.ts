import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callee, prop, strValue, untrusted, values } from '../_utils/js.js'

export const SHELL_SANITIZERS = /^(?:shellEscape|shellescape|escapeShellArg|escapeshellarg|shellQuote\.quote|shell-quote\.quote|quote|shq|shellEscapeArg|shescape\.quote|shescape\.escape)$/
const SHELL_CALLS = /^(?:child_process\.(?:exec|execSync)|shelljs\.exec|execa\.(?:command|commandSync)|execa\.execaCommand|execa\.execaCommandSync|execaCommand|execaCommandSync)$/
const SPAWNS = /^(?:child_process\.(?:spawn|spawnSync|execFile|execFileSync)|execa|execa\.(?:sync|execa|execaSync)|cross-spawn|cross-spawn\.sync)$/
const SHELLS = /^(?:(?:\/usr)?(?:\/bin\/)?(?:sh|bash|zsh|dash|ksh|ash)|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)$/i

/** The command string of `spawn('sh', ['-c', cmd])`, or null. */
export function shellDashC(ctx: RuleContext, prog: SgNode | undefined, argv: SgNode | undefined): SgNode | null {
  const p = strValue(prog)
  if (p === undefined || !SHELLS.test(p) || !argv) return null
  for (const v of values(ctx, argv)) {
    if (v.kind() !== 'array') continue
    const items = v.namedChildren()
    const flag = items.findIndex((c) => /^(?:-c|\/c|\/k|-Command|-lc|-ec)$/i.test(strValue(c) ?? ''))
    if (flag >= 0 && items[flag + 1]) return items[flag + 1]!
  }
  return null
}

/** `{ shell: true }` (or a shell path) among the options of a spawn. */
export function usesShell(opts: SgNode | undefined): boolean {
  const shell = prop(opts, 'shell')
  return shell !== null && shell.kind() !== 'false' && shell.kind() !== 'undefined' && shell.kind() !== 'null'
}

export default defineRule({
  id: 'javascript/no-shell-command-injection',
  languages: ['javascript', 'typescript'],
  title: 'Shell command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs a shell command built from non-constant data',
  rationale:
    'child_process.exec and friends hand the string to /bin/sh, so ;, |, $() or backticks in the data start commands of the attacker\'s choosing with the rights of the server (CWE-78).',
  safeAlternative: 'Use execFile/spawn with a constant program and an argument array and no shell: execFile("git", ["log", branch]); never build a command line by concatenation.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:exec|execSync|command|commandSync|execaCommand|execaCommandSync|spawn|spawnSync|execFile|execFileSync|execa|execaSync|sync)$|^(?:execa|spawn|crossSpawn)$|^[\\w$]*(?:[eE]xec|[sS]pawn)[\\w$]*$' },
    },
  },
  // The modules of SHELL_CALLS and SPAWNS.
  requires: { words: ['child_process', 'shelljs', 'execa', 'cross-spawn'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    const a = args(ctx, node)
    let cmd: SgNode | null
    if (SHELL_CALLS.test(name)) cmd = a[0] ?? null
    else if (SPAWNS.test(name)) {
      const opts = a.find((x, i) => i > 0 && x.kind() === 'object')
      if (usesShell(opts)) cmd = a[0] ?? null
      else cmd = shellDashC(ctx, a[0], a[1])
    } else return false
    if (!cmd || !untrusted(ctx, cmd, { sanitizers: SHELL_SANITIZERS })) return false
    return { data: { CALL: name } }
  },
})
