import { defineRule } from '../../../engine/rule.js'
import { FREE_CALL_MATCH, FREE_WORDS, firstAfterRelease } from '../_utils/lifetime.js'

export default defineRule({
  id: 'c/no-use-after-free',
  languages: ['c', 'cpp'],
  title: 'Pointer used after it was freed',
  property: 'memory.lifetime',
  cwe: ['CWE-416'],
  severity: 'critical',
  confidence: 'high',
  message: '{{PTR}} is used after {{FN}}({{PTR}}) released it, with no reassignment in between',
  rationale:
    'After free the memory belongs to the allocator and is soon handed out again; reading it leaks another object, writing it corrupts allocator metadata or a live object, which attackers turn into code execution (CWE-416).',
  safeAlternative: 'Finish every use before freeing, and set the pointer to NULL right after free(p) so a later mistake fails loudly.',
  match: FREE_CALL_MATCH,
  requires: { words: FREE_WORDS },
  check(node) {
    const after = firstAfterRelease(node)
    if (!after || after.kind !== 'use') return false
    return { node: after.node }
  },
})
