import { defineRule } from '../../../engine/rule.js'
import { FREE_CALL_MATCH, FREE_WORDS, firstAfterRelease } from '../_utils/lifetime.js'

export default defineRule({
  id: 'c/no-double-free',
  languages: ['c', 'cpp'],
  title: 'Pointer freed twice',
  property: 'memory.lifetime',
  cwe: ['CWE-415'],
  severity: 'critical',
  confidence: 'high',
  message: '{{PTR}} is released again after {{FN}}({{PTR}}) with no reassignment in between',
  rationale:
    'Freeing the same pointer twice corrupts the allocator: the chunk lands twice on a free list, two later allocations share memory, and attackers use that overlap to overwrite pointers and run code (CWE-415).',
  safeAlternative: 'Free each allocation exactly once on every path and set the pointer to NULL after free(p) (free(NULL) is a no-op).',
  match: FREE_CALL_MATCH,
  requires: { words: FREE_WORDS },
  check(node) {
    const after = firstAfterRelease(node)
    if (!after || after.kind !== 'release') return false
    return { node: after.node }
  },
})
