import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-unsafe-code',
  languages: ['csharp'],
  title: 'unsafe block or member',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} turns off the CLR\'s memory safety for its body',
  rationale:
    'Inside unsafe code C# allows raw pointers, pointer arithmetic and unchecked dereferences: an off-by-one or a stale pointer reads or overwrites arbitrary memory, with none of the bounds and type checks that keep managed code from buffer overflows (CWE-242, CWE-676).',
  safeAlternative: 'Use Span<T>/Memory<T>, MemoryMarshal and BinaryPrimitives for low-level buffer work; they are bounds-checked and need no unsafe context.',
  requires: { words: ['unsafe'] },
  match: {
    rule: {
      any: [{ kind: 'unsafe_statement' }, { kind: 'modifier', regex: '^unsafe$' }],
    },
  },
  check(node) {
    if (node.kind() === 'unsafe_statement') return { data: { WHAT: 'unsafe block' } }
    const owner = node.parent()
    const what = owner?.kind().toString().replace(/_declaration$|_statement$/, '').replace(/_/g, ' ') ?? 'member'
    return { data: { WHAT: `unsafe ${what}` } }
  },
})
