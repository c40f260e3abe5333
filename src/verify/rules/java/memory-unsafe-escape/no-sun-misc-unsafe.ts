import { defineRule } from '../../../engine/rule.js'
import { args, literalText, receiver } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-sun-misc-unsafe',
  languages: ['java'],
  title: 'sun.misc.Unsafe obtained',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'high',
  confidence: 'high',
  message: '{{HOW}} obtains sun.misc.Unsafe, which reads and writes raw memory outside the JVM\'s checks',
  rationale:
    'Unsafe gives arbitrary off-heap and object-field memory access with no bounds, type or null checks: one wrong offset corrupts the heap or crashes the JVM, and an attacker-influenced offset becomes an arbitrary read/write primitive (CWE-242, CWE-676).',
  safeAlternative: 'Use VarHandle (MethodHandles.lookup().findVarHandle), java.util.concurrent atomics, ByteBuffer or the Foreign Memory API (MemorySegment) with bounds checks instead of Unsafe.',
  match: {
    rule: {
      kind: 'method_invocation',
      any: [
        { has: { field: 'name', regex: '^getUnsafe$' } },
        { has: { field: 'name', regex: '^(getDeclaredField|getField)$' } },
      ],
    },
  },
  check(node) {
    const name = node.field('name')?.text()
    if (name === 'getUnsafe') {
      const recv = receiver(node)
      // Unsafe.getUnsafe(), sun.misc.Unsafe.getUnsafe(), jdk.internal.misc.Unsafe.getUnsafe()
      if (!recv || !/(?:^|\.)Unsafe$/.test(recv.text())) return false
      return { data: { HOW: 'Unsafe.getUnsafe()' } }
    }
    const a = args(node)
    if (a.length !== 1 || literalText(a[0]!) !== 'theUnsafe') return false
    return { data: { HOW: 'reflection on theUnsafe' } }
  },
})
