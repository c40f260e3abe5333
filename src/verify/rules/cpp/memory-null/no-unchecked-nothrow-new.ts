import { defineRule } from '../../../engine/rule.js'
import { uncheckedDereference } from '../../c/_utils/nullness.js'

export default defineRule({
  id: 'cpp/no-unchecked-nothrow-new',
  languages: ['cpp'],
  title: 'Result of new (std::nothrow) dereferenced without a null check',
  property: 'memory.null',
  cwe: ['CWE-476', 'CWE-690'],
  severity: 'medium',
  confidence: 'high',
  message: 'new (std::nothrow) returns nullptr on failure, and the result is dereferenced here without a check',
  rationale:
    'Unlike plain new, new (std::nothrow) reports allocation failure by returning nullptr; dereferencing that result without a check crashes the process when memory runs out, which an attacker can provoke with large requests (CWE-476, CWE-690).',
  safeAlternative: 'Check the pointer (if (!p) return …;) before using it, or use plain new / std::make_unique, which throw std::bad_alloc.',
  match: { rule: { kind: 'new_expression', has: { field: 'placement', regex: 'nothrow' } } },
  check(node, ctx) {
    const deref = uncheckedDereference(node, ctx)
    return deref ? { node: deref } : false
  },
})
