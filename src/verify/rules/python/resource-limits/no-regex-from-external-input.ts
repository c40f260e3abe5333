import { defineRule } from '../../../engine/rule.js'
import { callee, external, kwarg, positional } from '../_utils/py.js'

const REGEX_FUNCS = /^(?:re|regex)\.(?:compile|match|search|fullmatch|findall|finditer|sub|subn|split)$/
const ESCAPES = /^(?:re\.escape|regex\.escape|escape)$/

export default defineRule({
  id: 'python/no-regex-from-external-input',
  languages: ['python'],
  title: 'Regular expression compiled from external input (ReDoS)',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} compiles a regular expression taken from external input',
  rationale:
    'Python\'s backtracking regex engine takes exponential time on patterns such as (a+)+$; a client who chooses the pattern (or a pattern and a matching input) pins a CPU per request, and the pattern also changes what the check accepts (CWE-1333).',
  safeAlternative: 'Escape the input with re.escape before embedding it in a pattern, match literally with `in` / str.find, or use a linear-time engine (google-re2) with a size limit for user-supplied patterns.',
  match: {
    rule: { kind: 'call', has: { field: 'function', regex: '^(?:re|regex|\\w+)\\.(?:compile|match|search|fullmatch|findall|finditer|sub|subn|split)$|^(?:compile|match|search|fullmatch|findall|finditer)$' } },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!REGEX_FUNCS.test(name)) return false
    const pattern = positional(node)[0] ?? kwarg(node, 'pattern')
    if (!pattern || !external(ctx, pattern, { sanitizers: ESCAPES, numericSanitizes: true })) return false
    return { data: { CALL: name } }
  },
})
