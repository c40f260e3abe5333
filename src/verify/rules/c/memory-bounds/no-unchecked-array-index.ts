import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { memo, nodesOfKind, startOf } from '../_utils/file-index.js'
import { constInt, definitionsBefore, destinationArray, enclosingFunctionNode, isGuardedAt, subscriptIndex, unwrap, valueOrigin } from '../_utils/c.js'

/** `i % N`, `i & MASK`, `(unsigned char)c` into a 256-entry table: the index cannot leave the array. */
function reduced(index: SgNode, size: number | undefined): boolean {
  const n = unwrap(index)
  if (n.kind() === 'binary_expression' && /^(?:%|&)$/.test(n.field('operator')?.text() ?? '')) return true
  if (index.kind() === 'cast_expression' && /^\(\s*(?:unsigned\s+char|uint8_t|u_char|uchar|BYTE)\s*\)/.test(index.text()) && size !== undefined && size >= 256) return true
  return false
}

/** The subscripts of a function with their `a[i]` text (no spaces), in source order; per file. */
function subscriptsOf(fn: SgNode): Array<{ node: SgNode; start: number; key: string }> {
  return memo(fn, `subscripts|${fn.id()}`, () =>
    nodesOfKind('subscript_expression', fn).map((s) => ({ node: s, start: startOf(s), key: `${s.field('argument')?.text()}[${subscriptIndex(s)?.text()}]`.replace(/\s+/g, '') })),
  )
}

const READ_COUNTS = /^(?:read|recv|recvfrom|pread|fread|SSL_read|BIO_read|gzread|strlen|strnlen|strcspn|strspn|sizeof|getline)$/

export default defineRule({
  id: 'c/no-unchecked-array-index',
  languages: ['c', 'cpp'],
  title: 'Fixed-size array indexed by an unchecked input or parameter',
  property: 'memory.bounds',
  cwe: ['CWE-129', 'CWE-125', 'CWE-787'],
  severity: 'high',
  confidence: 'medium',
  message: '{{ARRAY}}[{{INDEX}}] uses an index from {{SOURCE}} that nothing bounds by the array size',
  rationale:
    'C does not check array indexes: an index taken from input or from a caller that never compared it with the array length reads or writes outside the array (negative values included), leaking or corrupting adjacent memory (CWE-129, CWE-125, CWE-787).',
  safeAlternative: 'Reject the index first: if (i < 0 || (size_t)i >= sizeof arr / sizeof arr[0]) return -1; (or use an unsigned type and check the upper bound).',
  match: {
    rule: { kind: 'subscript_expression' },
  },
  // a subscript of a fixed-size array: no name to look for
  requires: { words: ['['] },
  check(node, ctx) {
    const base = node.field('argument')
    const index = subscriptIndex(node)
    if (!base || !index) return false
    if (/^\s*(?:\d+|[A-Z][A-Z0-9_]*)\s*$/.test(index.text())) return false
    const array = destinationArray(base, ctx)
    if (!array || (!array.sizeNode && array.size === undefined)) return false
    if (constInt(index, ctx) !== undefined) return false
    for (let a = node.parent(); a && a.kind() !== 'compound_statement'; a = a.parent()) if (a.kind() === 'sizeof_expression') return false
    if (reduced(index, array.size)) return false
    // the count a read returns is bounded by the length it was given
    const origin = valueOrigin(index, ctx, { numericSanitizes: false, sanitizers: READ_COUNTS })
    if (!origin.external && !origin.parameter) return false
    // a field of a parameter (`b->len`) is state the callee maintains, not an index the caller chose
    if (!origin.external && index.find({ rule: { any: [{ kind: 'field_expression' }, { kind: 'pointer_expression' }, { kind: 'call_expression' }] } }) !== null) return false
    if (!origin.external && (index.kind() === 'field_expression' || index.kind() === 'call_expression')) return false
    const names = ctx.flow.identifiers(index)
    // Report the first such access per function and index expression.
    const fn = enclosingFunctionNode(node)
    if (fn) {
      const key = `${base.text()}[${index.text()}]`.replace(/\s+/g, '')
      const start = startOf(node)
      if (subscriptsOf(fn).some((s) => s.start < start && s.key === key && !isGuardedAt(s.node, names, ctx))) return false
    }
    if (isGuardedAt(node, names, ctx)) return false
    for (const name of new Set(names)) {
      const last = definitionsBefore(name, node).at(-1)
      if (last && (reduced(last, array.size) || /\b(?:min|MIN|clamp)\s*\(/.test(last.text()) || unwrap(last).kind() === 'conditional_expression')) return false
    }
    return { data: { ARRAY: base.text(), INDEX: index.text(), SOURCE: origin.external ? 'external input' : 'a parameter' } }
  },
})
