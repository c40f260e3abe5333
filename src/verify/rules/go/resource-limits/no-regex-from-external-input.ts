import { defineRule } from '../../../engine/rule.js'
import { isExternal } from '../../rust/_utils/origin.js'
import { packageCall } from '../_utils/go.js'

export default defineRule({
  id: 'go/no-regex-from-external-input',
  languages: ['go'],
  title: 'Regular expression compiled from external input',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{F}} compiles a pattern taken from external input',
  rationale:
    'A user-supplied pattern can be made expensive to compile and run: large counted repetitions build huge automata in regexp, and backtracking engines (regexp2, pcre bindings) take exponential time on patterns like `(a+)+$`, tying up CPU and memory (ReDoS, CWE-1333).',
  safeAlternative: 'Match the input literally with `regexp.QuoteMeta(q)` or `strings.Contains`, or cap the pattern length and use only the RE2-based regexp package.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Compile|MustCompile|CompilePOSIX|MustCompilePOSIX|MatchString|Match)$' } } } },
  check(node, ctx) {
    const pc = packageCall(node, ctx)
    if (!pc || !/^(?:regexp|github\.com\/dlclark\/regexp2)$/.test(pc[0])) return false
    const arg = ctx.flow.callArguments(node)[0]
    if (!arg || !isExternal(arg, ctx, { sanitizers: /^regexp\.QuoteMeta$|^regexp2\.Escape$/ })) return false
    return { data: { F: node.field('function')!.text() } }
  },
})
