import { defineRule } from '../../../engine/rule.js'
import { arg, callName, FUNCTION_CALL, nameOf, taint } from '../_utils/php.js'

const REGEX_FUNCTIONS = /^(?:preg_match|preg_match_all|preg_replace|preg_replace_callback|preg_split|preg_grep|preg_filter|mb_ereg|mb_eregi|mb_ereg_replace|mb_eregi_replace|mb_split|mb_ereg_match)$/
const QUOTED = /^(?:preg_quote|intval|ctype_\w+)$/

export default defineRule({
  id: 'php/no-regex-from-input',
  languages: ['php'],
  title: 'Regular expression compiled from external input',
  property: 'resource.limits',
  cwe: ['CWE-1333'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} compiles a pattern taken from external input',
  rationale:
    'A crafted pattern such as (a+)+$ backtracks exponentially and pins the worker at 100% CPU (ReDoS); user-chosen patterns can also read more than intended (CWE-1333).',
  safeAlternative: "Escape user text with preg_quote($text, '/') before putting it into a pattern, or match with str_contains()/stripos() instead.",
  // the REGEX_FUNCTIONS (`mb_ereg` also covers mb_eregi, mb_ereg_replace…)
  requires: { words: ['preg_', 'mb_ereg', 'mb_split'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    if (!REGEX_FUNCTIONS.test(nameOf(ctx, node))) return false
    const pattern = arg(node, 0, 'pattern')
    if (!pattern || !taint(ctx, pattern, { sanitizers: QUOTED }).external) return false
    return { data: { CALL: callName(node) } }
  },
})
