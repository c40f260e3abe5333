import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-pointer-stackalloc',
  languages: ['csharp'],
  title: 'stackalloc into a raw pointer instead of Span<T>',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-121'],
  severity: 'medium',
  confidence: 'high',
  message: 'stackalloc is assigned to a pointer ({{TYPE}}), so accesses to it are not bounds-checked',
  rationale:
    'stackalloc into a T* (or var, which infers T*) gives an unchecked pointer to stack memory: an index past the allocation overwrites the stack frame, including return addresses (CWE-121, CWE-242).',
  safeAlternative: 'Assign the allocation to Span<T> (Span<byte> buf = stackalloc byte[64];), which checks every index, and keep the size a small constant.',
  fix: { template: 'Span<$T>', kind: 'safe', description: 'Declare the buffer as Span<T> so indexing is bounds-checked' },
  requires: { words: ['stackalloc'] },
  match: {
    rule: {
      any: [
        { kind: 'pointer_type', has: { field: 'type', pattern: '$T' }, inside: { kind: 'variable_declaration', has: { kind: 'variable_declarator', has: { kind: 'stackalloc_expression' } } } },
        {
          kind: 'implicit_type',
          inside: { kind: 'variable_declaration', has: { kind: 'variable_declarator', has: { kind: 'stackalloc_expression', has: { kind: 'array_type', has: { field: 'type', pattern: '$T' } } } } },
        },
      ],
    },
  },
  check(node) {
    if (node.parent()?.kind() !== 'variable_declaration') return false
    if (node.kind() === 'implicit_type') return { data: { TYPE: 'var' } }
    return { data: { TYPE: node.text() } }
  },
})
