import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, literalValue, parseFormat, valueOrigin, isConstantOrigin } from '../_utils/c.js'

/** Position of the format argument. */
const FORMAT_AT: Record<string, number> = { sprintf: 1, vsprintf: 1, wsprintf: 1, wsprintfA: 1, wsprintfW: 1, _stprintf: 1, swprintf_unbounded: 1 }

export default defineRule({
  id: 'c/no-unbounded-sprintf',
  languages: ['c', 'cpp'],
  title: 'sprintf with an unbounded %s of non-constant data',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} formats non-constant data with an unbounded %s into {{BUF}}: a long string overflows it',
  rationale:
    'sprintf writes as many bytes as the formatted result needs; a %s without a precision copies the whole argument, so a long user name, path or network field runs past the destination buffer and corrupts memory (CWE-120).',
  safeAlternative: 'Use snprintf(buf, sizeof buf, …) and check the return value for truncation, or bound the conversion with a precision (%.63s).',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?:::)?(?:std::)?(?:sprintf|vsprintf|wsprintfA?W?|_stprintf)$' },
      pattern: { context: 'void f() { $FN($BUF, $$$REST); }', selector: 'call_expression' },
    },
  },
  check(node, ctx) {
    const name = calleeName(node)
    const args = callArgs(node, ctx)
    const fmt = args[FORMAT_AT[name] ?? 1]
    if (!fmt) return false
    const lit = literalValue(fmt)
    if (lit === undefined) return false
    const rest = args.slice((FORMAT_AT[name] ?? 1) + 1)
    for (const c of parseFormat(lit)) {
      if ((c.conv !== 's' && c.conv !== 'S' && c.conv !== 'ls') || c.precision) continue
      if (name.startsWith('v')) return true
      const arg = c.arg >= 0 ? rest[c.arg] : undefined
      if (!arg) continue
      if (literalValue(arg) !== undefined) continue
      if (!isConstantOrigin(valueOrigin(arg, ctx, { numericSanitizes: false }))) return true
    }
    return false
  },
})
