import { defineRule } from '../../../engine/rule.js'
import { overflowChecked, riskyArithmetic } from '../_utils/arith.js'
import { calleeName, callArgs, callWords, minimalWords } from '../_utils/c.js'

const SIZE_AT: Record<string, number> = { malloc: 0, alloca: 0, _alloca: 0, xmalloc: 0, g_malloc: 0, g_malloc0: 0, kmalloc: 0, kzalloc: 0, OPENSSL_malloc: 0, realloc: 1, xrealloc: 1, g_realloc: 1, HeapAlloc: 2, LocalAlloc: 1, GlobalAlloc: 1, VirtualAlloc: 1, operator_new: 0 }

export default defineRule({
  id: 'c/no-unchecked-alloc-size-overflow',
  languages: ['c', 'cpp'],
  title: 'Allocation size computed with arithmetic that can overflow',
  property: 'memory.integer',
  cwe: ['CWE-190', 'CWE-680'],
  severity: 'high',
  confidence: 'medium',
  message: '{{FN}} is sized by {{EXPR}}, which can wrap around with no overflow check before it',
  rationale:
    'When count * size (or length + extra from input) exceeds SIZE_MAX it silently wraps to a small number: the allocation succeeds with a tiny buffer, and the loop that then writes count elements overflows the heap (CWE-190 leading to CWE-680/CWE-122).',
  safeAlternative: 'Use calloc(n, size) or reallocarray(p, n, size), or check first: if (size != 0 && n > SIZE_MAX / size) return NULL; (or __builtin_mul_overflow / ckd_mul).',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(SIZE_AT).join('|')})$` },
    },
  },
  // the callee names, but `alloca` (part of `allocator`) only as a call
  requires: { words: minimalWords([...Object.keys(SIZE_AT).filter((n) => !n.endsWith('alloca')), ...callWords(['alloca'])]) },
  check(node, ctx) {
    const size = callArgs(node, ctx)[SIZE_AT[calleeName(node)] ?? 0]
    if (!size) return false
    const risky = riskyArithmetic(size, node, ctx)
    if (!risky || overflowChecked(node, risky.names, ctx)) return false
    return { data: { FN: calleeName(node), EXPR: risky.expr.text() } }
  },
})
