import { defineRule } from '../../../engine/rule.js'
import { args, callee, external, values } from '../_utils/js.js'

const ESCAPES = /^(?:escapeRegExp|escapeRegex|escapeStringRegexp|escape-string-regexp|_\.escapeRegExp|lodash\.escapeRegExp|lodash\.escaperegexp|RegExp\.escape|regexEscape|quotemeta|\w+\.escapeRegExp)$/

export default defineRule({
  id: 'javascript/no-regex-from-external-input',
  languages: ['javascript', 'typescript'],
  title: 'Regular expression compiled from external input (ReDoS)',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} compiles a regular expression taken from external input',
  rationale:
    'V8\'s backtracking engine takes exponential time on patterns like (a+)+$; a client who supplies the pattern blocks Node\'s single event loop and with it every other request (ReDoS, CWE-1333).',
  safeAlternative: 'Escape the input (escape-string-regexp, lodash.escapeRegExp) before building a pattern, search literally with includes()/indexOf(), or use a linear-time engine (re2) for user-supplied patterns.',
  match: {
    rule: {
      any: [
        { kind: 'new_expression', has: { field: 'constructor', regex: '^(?:RegExp|RE2|re2)$' } },
        { kind: 'call_expression', has: { field: 'function', regex: '^RegExp$' } },
      ],
    },
  },
  check(node, ctx) {
    const pattern = args(ctx, node)[0]
    if (!pattern || !external(ctx, pattern, { sanitizers: ESCAPES, numericSanitizes: true })) return false
    // Hand-written escaping: s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').
    if (values(ctx, pattern).some((v) => /\.replace(?:All)?\(\s*\/.+\/g\w*\s*,\s*['"`][^'"`]*\$&/.test(v.text()))) return false
    const name = node.kind() === 'new_expression' ? `new ${node.field('constructor')?.text()}` : callee(ctx, node)
    if (/RE2|re2/.test(name)) return false
    return { data: { CALL: name } }
  },
})
