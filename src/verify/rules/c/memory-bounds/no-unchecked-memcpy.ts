import { defineRule } from '../../../engine/rule.js'
import { uncheckedCopy } from '../_utils/bounds.js'
import { calleeName } from '../_utils/c.js'

export default defineRule({
  id: 'c/no-unchecked-memcpy',
  languages: ['c', 'cpp'],
  title: 'memcpy into a fixed-size buffer with an unchecked length',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} copies {{LEN}} bytes into the fixed-size array {{ARRAY}}: {{WHY}}',
  rationale:
    'When the length can exceed the destination array, the copy writes past its end and corrupts the stack or heap: the classic buffer overflow behind remote code execution (CWE-120, CWE-787).',
  safeAlternative: 'Check the length first (if (n > sizeof dst) return -1;) or copy min(n, sizeof dst) bytes.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?:::)?(?:std::)?(?:memcpy|memmove|wmemcpy|wmemmove|CopyMemory|RtlCopyMemory|MoveMemory|RtlMoveMemory|strncpy|wcsncpy|strncat|wcsncat|bcopy|memccpy|mempcpy)$' },
      pattern: { context: 'void f() { $FN($A, $B, $LEN); }', selector: 'call_expression' },
    },
  },
  check(node, ctx) {
    const bcopy = calleeName(node) === 'bcopy'
    const dst = node.getMatch(bcopy ? 'B' : 'A')
    const len = node.getMatch('LEN')
    if (!dst || !len) return false
    const hit = uncheckedCopy(node, dst, [len], ctx)
    return hit ? { data: { ARRAY: hit.array.name, WHY: hit.why } } : false
  },
})
