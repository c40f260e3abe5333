import { defineRule } from '../../../engine/rule.js'
import { overflowChecked, riskyArithmetic } from '../../c/_utils/arith.js'

export default defineRule({
  id: 'cpp/no-unchecked-new-array-size-overflow',
  languages: ['cpp'],
  title: 'new T[…] sized with arithmetic that can overflow',
  property: 'memory.integer',
  cwe: ['CWE-190', 'CWE-680'],
  severity: 'high',
  confidence: 'medium',
  message: 'new[] is sized by {{EXPR}}, which can wrap around with no overflow check before it',
  rationale:
    'new T[a * b] computes the element count before the allocation; when a * b wraps around, a much smaller array is allocated and the code that fills a * b elements writes far past its end (CWE-190, CWE-680).',
  safeAlternative: 'Check the operands first (if (b != 0 && a > SIZE_MAX / b) throw std::length_error(…);) or use std::vector and resize with checked sizes.',
  match: { rule: { kind: 'new_expression', has: { kind: 'new_declarator', not: { has: { kind: 'number_literal' } } } } },
  requires: { words: ['new'] },
  check(node, ctx) {
    const decl = node.children().find((c) => c.kind() === 'new_declarator')
    const size = decl?.namedChildren().find((c) => c.kind() !== 'comment')
    if (!size) return false
    const risky = riskyArithmetic(size, node, ctx)
    if (!risky || overflowChecked(node, risky.names, ctx)) return false
    return { data: { EXPR: risky.expr.text() } }
  },
})
