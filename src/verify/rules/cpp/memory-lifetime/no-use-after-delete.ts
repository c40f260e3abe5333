import { defineRule } from '../../../engine/rule.js'
import { firstAfterRelease } from '../../c/_utils/lifetime.js'

export default defineRule({
  id: 'cpp/no-use-after-delete',
  languages: ['cpp'],
  title: 'Pointer used after delete',
  property: 'memory.lifetime',
  cwe: ['CWE-416'],
  severity: 'critical',
  confidence: 'high',
  message: '{{PTR}} is used after delete released it, with no reassignment in between',
  rationale:
    'delete runs the destructor and returns the memory to the allocator; a later access through the same pointer reads or writes memory that now belongs to another object, which attackers exploit to hijack virtual calls (CWE-416).',
  safeAlternative: 'Own heap objects with std::unique_ptr or std::shared_ptr; with raw pointers set the pointer to nullptr right after delete.',
  match: { rule: { kind: 'delete_expression', has: { kind: 'identifier', pattern: '$PTR' } } },
  requires: { words: ['delete'] },
  check(node) {
    const after = firstAfterRelease(node)
    if (!after || after.kind !== 'use') return false
    return { node: after.node }
  },
})
