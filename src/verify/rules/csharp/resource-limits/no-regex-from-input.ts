import { defineRule } from '../../../engine/rule.js'
import { args, callName, externalInput } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-regex-from-input',
  languages: ['csharp'],
  title: 'Regular expression built from external input without a timeout (ReDoS)',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} compiles a regular expression taken from external input, with no match timeout',
  rationale:
    '.NET\'s default regex engine backtracks: a user-supplied pattern such as (a+)+$ runs for minutes on a short input and pins a thread-pool thread; a handful of such requests stall the whole service (CWE-1333, CWE-400).',
  safeAlternative: 'Escape user text (Regex.Escape(term)) and search for it literally, or pass a matchTimeout (TimeSpan.FromMilliseconds(100)) or RegexOptions.NonBacktracking when patterns must come from users.',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.Text\\.RegularExpressions\\.)?Regex$' } },
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)Regex\\.(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)$' } },
      ],
    },
  },
  check(node, ctx) {
    const a = args(node)
    const isCtor = node.kind() === 'object_creation_expression'
    const pattern = isCtor ? a[0] : a[1]
    if (!pattern) return false
    if (a.some((x) => /TimeSpan|Timeout|NonBacktracking/.test(x.text()))) return false
    if (!externalInput(pattern, ctx, /(?:^|\.)(?:Regex\.Escape|Escape)$/)) return false
    return { data: { CALL: isCtor ? 'new Regex' : `Regex.${callName(node)}` } }
  },
})
