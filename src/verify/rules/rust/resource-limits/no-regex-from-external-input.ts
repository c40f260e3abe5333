import { defineRule } from '../../../engine/rule.js'
import { isExternal } from '../_utils/origin.js'

export default defineRule({
  id: 'rust/no-regex-from-external-input',
  languages: ['rust'],
  title: 'Regular expression compiled from external input',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{F}} compiles a pattern taken from external input',
  rationale:
    'A user-supplied pattern can be made very expensive: backtracking engines (fancy-regex, pcre2) take exponential time on patterns like `(a+)+$`, and even the linear `regex` crate can build huge automata from large counted repetitions, tying up CPU and memory (ReDoS, CWE-1333).',
  safeAlternative: 'Escape the input and match it literally (`regex::escape(&q)`), or bound the compiled size with `RegexBuilder::new(&p).size_limit(1 << 20).build()` and a length limit on the pattern.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'scoped_identifier', regex: '(?:^|::)(?:Regex|RegexBuilder|RegexSet|RegexSetBuilder)::new$' } } },
  check(node, ctx) {
    const arg = ctx.flow.callArguments(node)[0]
    if (!arg) return false
    // RegexBuilder::new(p).size_limit(…): bounded
    const parentChain = node.parent()?.parent()?.text() ?? ''
    if (/RegexBuilder/.test(node.text()) && /size_limit|dfa_size_limit|backtrack_limit/.test(parentChain.slice(0, 300))) return false
    if (!isExternal(arg, ctx, { sanitizers: /(?:^|::)escape$/ })) return false
    return { data: { F: node.field('function')!.text() } }
  },
})
