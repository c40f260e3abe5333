import { defineRule } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, stringValue, untrusted, unwrap } from '../_utils/php.js'

/** `/…/e`, `#…#ie`: the replacement of preg_replace is evaluated as PHP code. */
function hasEvalModifier(pattern: string): boolean {
  const m = /^\s*([^\w\s\\])[\s\S]*?([^\w\s\\]|[)\]}>])([a-zA-Z]*)\s*$/.exec(pattern)
  if (!m) return false
  return m[3]!.includes('e')
}

export default defineRule({
  id: 'php/no-eval-injection',
  languages: ['php'],
  title: 'PHP code evaluated from non-constant data',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-95'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} evaluates PHP code built from non-constant data',
  rationale:
    'eval, assert with a string, create_function and preg_replace with the /e modifier run their text as PHP: whoever controls the data runs arbitrary code inside the application (CWE-95).',
  safeAlternative: 'Never evaluate data as code: dispatch to a fixed set of functions (a match or an array of closures), and use preg_replace_callback instead of /e.',
  // the functions it checks
  requires: { words: ['eval', 'assert', 'create_function', 'preg_replace', 'preg_filter', 'mb_ereg_replace', 'mb_eregi_replace'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (!/^(?:eval|assert|create_function|preg_replace|preg_filter|mb_ereg_replace|mb_eregi_replace)$/.test(name)) return false
    if (name === 'eval') {
      const code = arg(node, 0)
      return code && untrusted(ctx, code) ? { data: { CALL: 'eval' } } : false
    }
    if (name === 'assert') {
      // assert(expr) is harmless; assert("string") evaluates the string (PHP < 8).
      const a = arg(node, 0)
      if (!a) return false
      const k = unwrap(a).kind()
      const stringy = k === 'encapsed_string' || k === 'heredoc' || (k === 'binary_expression' && unwrap(a).field('operator')?.text() === '.') || k === 'variable_name' || k === 'subscript_expression'
      if (!stringy) return false
      return untrusted(ctx, a) ? { data: { CALL: 'assert' } } : false
    }
    if (name === 'create_function') {
      const a0 = arg(node, 0)
      const a1 = arg(node, 1)
      const bad = (a1 && untrusted(ctx, a1)) || (a0 && untrusted(ctx, a0))
      return bad ? { data: { CALL: 'create_function' } } : false
    }
    if (name === 'mb_ereg_replace' || name === 'mb_eregi_replace') {
      const opt = stringValue(ctx, arg(node, 3))
      if (!opt?.includes('e')) return false
      const bad = [arg(node, 1), arg(node, 2)].some((a) => a && untrusted(ctx, a))
      return bad ? { data: { CALL: name } } : false
    }
    // preg_replace / preg_filter
    const pattern = arg(node, 0)
    if (!pattern) return false
    const value = stringValue(ctx, pattern)
    if (value === undefined) {
      // A pattern from outside can carry the /e modifier itself.
      return untrusted(ctx, pattern) && ctx.flow.isExternal(pattern) ? { data: { CALL: name } } : false
    }
    if (!hasEvalModifier(value)) return false
    const bad = [arg(node, 1), arg(node, 2)].some((a) => a && untrusted(ctx, a))
    return bad ? { data: { CALL: `${name} with /e` } } : false
  },
})
