import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-fixed-statement',
  languages: ['csharp'],
  title: 'fixed statement pins memory for raw pointer access',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'medium',
  confidence: 'high',
  message: 'fixed pins {{TARGET}} and hands out a raw pointer into it',
  rationale:
    'A fixed statement yields an unchecked pointer into a managed array or string: writes past its length corrupt the heap, and writing through a pointer into a string breaks string immutability for every user of that interned string (CWE-242, CWE-676).',
  safeAlternative: 'Work on the array through Span<T> (array.AsSpan()), MemoryMarshal.Cast or BinaryPrimitives instead of pinning it for pointer access.',
  requires: { words: ['fixed'] },
  match: { rule: { kind: 'fixed_statement' } },
  check(node) {
    const decl = node.namedChildren().find((c) => c.kind() === 'variable_declaration')
    const declarator = decl?.namedChildren().find((c) => c.kind() === 'variable_declarator')
    const target = declarator?.namedChildren().at(-1)?.text() ?? 'memory'
    return { data: { TARGET: target } }
  },
})
