import { defineRule } from '../../../engine/rule.js'
import { firstAfterRelease } from '../../c/_utils/lifetime.js'

export default defineRule({
  id: 'cpp/no-double-delete',
  languages: ['cpp'],
  title: 'Pointer deleted twice',
  property: 'memory.lifetime',
  cwe: ['CWE-415'],
  severity: 'critical',
  confidence: 'high',
  message: '{{PTR}} is released again after delete, with no reassignment in between',
  rationale:
    'Deleting the same pointer twice runs the destructor twice and frees the chunk twice, corrupting the heap so that two later allocations overlap, a reliable primitive for memory corruption exploits (CWE-415).',
  safeAlternative: 'Own heap objects with std::unique_ptr; with raw pointers delete once and set the pointer to nullptr (deleting nullptr is a no-op).',
  match: { rule: { kind: 'delete_expression', has: { kind: 'identifier', pattern: '$PTR' } } },
  requires: { words: ['delete'] },
  check(node) {
    const after = firstAfterRelease(node)
    if (!after || after.kind !== 'release') return false
    return { node: after.node }
  },
})
