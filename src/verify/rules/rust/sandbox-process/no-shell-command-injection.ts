import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isUntrusted } from '../_utils/origin.js'
import { constString, definitionsOf, literalText, textBefore } from '../_utils/shared.js'

const SHELL = /^(?:(?:\/usr)?\/bin\/)?(?:sh|bash|zsh|dash|ksh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/
const SHELL_FLAG = /^(?:-c|-lc|-ic|\/c|\/C|-Command|-command|-EncodedCommand)$/

/** The program of the `Command::new(...)` this builder chain or variable started from. */
function programOf(recv: SgNode, ctx: RuleContext, depth = 0): { program?: string; flags: SgNode[]; base?: SgNode } {
  let cur: SgNode | null = recv
  const flags: SgNode[] = []
  while (cur) {
    if (cur.kind() === 'call_expression') {
      const fn: SgNode | null = cur.field('function')
      if (fn?.kind() === 'scoped_identifier' && /(?:^|::)Command::new$/.test(fn.text())) {
        const arg = ctx.flow.callArguments(cur)[0]
        return { program: arg ? constString(arg, ctx) : undefined, flags, base: cur }
      }
      if (fn?.kind() === 'field_expression') {
        const name = fn.field('field')?.text()
        if (name === 'arg' || name === 'args') flags.push(...ctx.flow.callArguments(cur))
        cur = fn.field('value')
        continue
      }
      return { flags }
    }
    if (cur.kind() === 'reference_expression' || cur.kind() === 'parenthesized_expression') {
      cur = cur.namedChildren().at(-1) ?? null
      continue
    }
    if (cur.kind() === 'identifier' && depth < 2) {
      const defs = definitionsOf(cur.text(), cur, ctx)
      const last = defs.at(-1)
      if (!last) return { flags }
      const inner = programOf(last.value, ctx, depth + 1)
      return { ...inner, flags: [...flags, ...inner.flags] }
    }
    return { flags }
  }
  return { flags }
}

/** Elements of `.args([...])`, `.args(&[...])`, `.args(vec![...])`. */
function argElements(arg: SgNode): SgNode[] {
  let cur: SgNode = arg
  while (cur.kind() === 'reference_expression') cur = cur.namedChildren().at(-1) ?? cur
  if (cur.kind() === 'array_expression') return cur.namedChildren()
  if (cur.kind() === 'macro_invocation') return cur.namedChildren().at(-1)?.namedChildren() ?? []
  return [arg]
}

export default defineRule({
  id: 'rust/no-shell-command-injection',
  languages: ['rust'],
  title: 'Shell command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} passes a non-constant command string to a shell',
  rationale:
    'A string given to `sh -c` (or `cmd /C`, or `system`) is parsed by the shell, so `;`, `|`, `$(…)` or backticks inside the data start commands of their own with this process\'s permissions (CWE-78).',
  safeAlternative:
    'Run the program directly without a shell: `Command::new("prog").arg(value)`, each value a separate argument; never build a `sh -c` string from data.',
  match: {
    rule: {
      kind: 'call_expression',
      any: [
        { has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^args?$' } } },
        { has: { field: 'function', kind: 'scoped_identifier', regex: '(?:^|::)(?:Exec::shell|libc::system|libc::popen)$' } },
      ],
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    const args = ctx.flow.callArguments(node)
    if (fn.kind() === 'scoped_identifier') {
      return args[0] !== undefined && isUntrusted(args[0], ctx) ? { data: { CALL: fn.text() } } : false
    }
    const recv = fn.field('value')
    if (!recv || args.length === 0) return false
    const { program, flags, base } = programOf(recv, ctx)
    if (program === undefined || !SHELL.test(program)) return false
    const current = argElements(args[0]!)
    const before = [...flags.flatMap(argElements)]
    let flagSeen = before.some((a) => SHELL_FLAG.test(literalText(a) ?? ''))
    if (!flagSeen && base && recv.kind() === 'identifier') flagSeen = /\.arg\(\s*"(?:-c|\/C|\/c|-Command)"\s*\)|\[\s*"(?:-c|\/C|\/c|-Command)"/.test(textBefore(node, ctx))
    for (const el of current) {
      if (SHELL_FLAG.test(literalText(el) ?? '')) {
        flagSeen = true
        continue
      }
      if (flagSeen && isUntrusted(el, ctx)) return { data: { CALL: `${program} -c` } }
    }
    return false
  },
})
