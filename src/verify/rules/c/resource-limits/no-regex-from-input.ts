import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, valueOrigin } from '../_utils/c.js'

const PATTERN_AT: Record<string, number> = { regcomp: 1, regncomp: 1, tre_regcomp: 1, pcre_compile: 0, pcre_compile2: 0, pcre2_compile: 0, pcre2_compile_8: 0, onig_new: 1, g_regex_new: 0, hs_compile: 0 }
const ESCAPERS = /^(?:regex_escape|escape_regex|pcre2_escape|g_regex_escape_string|re_escape|quote_meta)$/

export default defineRule({
  id: 'c/no-regex-from-input',
  languages: ['c', 'cpp'],
  title: 'Regular expression compiled from external input',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{FN}} compiles a pattern from external input ({{SOURCE}})',
  rationale:
    'A pattern chosen by the user can be made catastrophically slow ((a+)+$ against a long input backtracks exponentially in PCRE and glibc regexec with back-references) or huge to compile, tying up the CPU: a regular-expression denial of service (CWE-1333).',
  safeAlternative: 'Match input against constant patterns; if users must search, escape their text (treat it as a literal) or use a linear-time engine such as RE2 with size limits, and cap the input length.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:${Object.keys(PATTERN_AT).join('|')})$` },
    },
  },
  check(node, ctx) {
    const pattern = callArgs(node, ctx)[PATTERN_AT[calleeName(node)] ?? 0]
    if (!pattern) return false
    const origin = valueOrigin(pattern, ctx, { numericSanitizes: false, sanitizers: ESCAPERS })
    if (!origin.external) return false
    return { data: { FN: calleeName(node), SOURCE: (origin.source ?? pattern.text()).replace(/\s+/g, ' ').slice(0, 40) } }
  },
})
