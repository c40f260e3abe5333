import { defineRule } from '../../../engine/rule.js'
import { overflowChecked, riskyArithmetic } from '../_utils/arith.js'
import { enclosingFunctionNode } from '../_utils/c.js'

export default defineRule({
  id: 'c/no-unchecked-vla-size-overflow',
  languages: ['c', 'cpp'],
  title: 'Variable-length array sized with arithmetic that can overflow',
  property: 'memory.integer',
  cwe: ['CWE-190', 'CWE-680'],
  severity: 'high',
  confidence: 'medium',
  message: 'the variable-length array {{NAME}} is sized by {{EXPR}}, which can wrap around with no overflow check',
  rationale:
    'A VLA size computed as count * size (or input + extra) wraps around on overflow: the array gets a tiny or huge stack allocation, and writes sized by the original count run off the array or off the stack (CWE-190, CWE-680).',
  safeAlternative: 'Avoid VLAs for data-dependent sizes: check the operands against a small maximum first, or allocate with calloc(n, size) and check the result.',
  match: {
    rule: {
      kind: 'array_declarator',
      has: { field: 'size', kind: 'binary_expression' },
    },
  },
  // an array declarator: no name to look for
  requires: { words: ['['] },
  check(node, ctx) {
    const size = node.field('size')
    if (!size || !enclosingFunctionNode(node)) return false
    const risky = riskyArithmetic(size, node, ctx)
    if (!risky || overflowChecked(node, risky.names, ctx)) return false
    return { data: { NAME: node.field('declarator')?.text() ?? '', EXPR: risky.expr.text() } }
  },
})
