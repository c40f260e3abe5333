import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { calleeName, callWords, enclosingFunctionNode, identifierUses, unwrap } from '../_utils/c.js'
import { useSite } from '../_utils/lifetime.js'
import { BUFFER_WRITERS, PRINTF_FORMAT_AT, STRING_READERS } from '../_utils/strings.js'

/** The variable a `malloc` result is stored in: `p = malloc(n)`, `char *p = (char *)malloc(n)`. */
function storedIn(call: SgNode): SgNode | null {
  let cur = call
  let p = cur.parent()
  while (p && (p.kind() === 'cast_expression' || p.kind() === 'parenthesized_expression')) {
    cur = p
    p = p.parent()
  }
  if (!p) return null
  if (p.kind() === 'init_declarator' && p.field('value')?.id() === cur.id()) {
    let d = p.field('declarator')
    while (d && d.kind() !== 'identifier') d = d.field('declarator')
    return d
  }
  if (p.kind() === 'assignment_expression' && p.field('right')?.id() === cur.id()) {
    const l = p.field('left')
    return l?.kind() === 'identifier' ? l : null
  }
  return null
}

/** Inside the condition of an `if`/loop/ternary, or a `!p` / `p == NULL` test. */
function isNullTest(occ: SgNode): boolean {
  const p = occ.parent()
  if (!p) return false
  if (p.kind() === 'unary_expression' && p.text().trim().startsWith('!')) return true
  if (p.kind() === 'binary_expression' && /^(?:==|!=)$/.test(p.field('operator')?.text() ?? '')) return true
  if (p.kind() === 'parenthesized_expression' && /^(?:if_statement|while_statement)$/.test(String(p.parent()?.kind()))) return true
  if (p.kind() === 'conditional_expression' && p.field('condition')?.id() === occ.id()) return true
  if (p.kind() === 'binary_expression' && /^(?:&&|\|\|)$/.test(p.field('operator')?.text() ?? '')) return true
  return false
}

export default defineRule({
  id: 'c/no-uninitialized-malloc-read',
  languages: ['c', 'cpp'],
  title: 'malloc buffer read as a string before anything is written to it',
  property: 'memory.init',
  cwe: ['CWE-908', 'CWE-457'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{NAME}} comes from {{ALLOC}} and is read here before anything was written to it',
  rationale:
    'malloc returns memory with arbitrary contents and no terminating NUL; string functions applied to it (strcat, strlen, printf %s) read until a zero byte that may lie far beyond the allocation, leaking heap data or overflowing on the next write (CWE-908).',
  safeAlternative: 'Write the buffer first (p[0] = \'\\0\'; or strcpy/snprintf into it), or allocate it zeroed with calloc.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?:malloc|xmalloc|g_malloc|alloca|_alloca|OPENSSL_malloc|emalloc)$' },
    },
  },
  // every callee but alloca contains `malloc`; `alloca` (part of `allocator`) only as a call
  requires: { words: ['malloc', ...callWords(['alloca'])] },
  check(node) {
    const target = storedIn(node)
    if (!target) return false
    const fn = enclosingFunctionNode(node)
    if (!fn) return false
    const name = target.text()
    const end = node.range().end.index
    for (const occ of identifierUses(name, fn)) {
      if (occ.range().start.index <= end) continue
      if (occ.parent()?.kind() === 'sizeof_expression' || occ.parent()?.parent()?.kind() === 'sizeof_expression') continue
      if (isNullTest(occ)) continue
      const p = occ.parent()!
      if (p.kind() === 'assignment_expression' && p.field('left')?.id() === occ.id()) return false
      if (p.kind() === 'argument_list') {
        const call = p.parent()
        if (!call || call.kind() !== 'call_expression') return false
        const callee = calleeName(call)
        if (/^(?:free|g_free|OPENSSL_free)$/.test(callee)) return false
        const index = p.namedChildren().filter((c) => c.kind() !== 'comment').findIndex((c) => c.id() === occ.id())
        if (BUFFER_WRITERS[callee]?.includes(index)) return false
        const readers = STRING_READERS[callee]
        const reads = readers === 'all' ? index >= (PRINTF_FORMAT_AT[callee] ?? 0) : (readers?.includes(index) ?? false)
        if (reads) return { node: useSite(occ), data: { NAME: name, ALLOC: calleeName(node) } }
        return false
      }
      if (p.kind() === 'subscript_expression' || (p.kind() === 'pointer_expression' && p.text().trim().startsWith('*'))) {
        const up = p.parent()
        if (up?.kind() === 'assignment_expression' && up.field('left')?.id() === p.id()) return false
        return { node: useSite(occ), data: { NAME: name, ALLOC: calleeName(node) } }
      }
      if (unwrap(p).kind() === 'return_statement' || p.kind() === 'return_statement') return false
      return false
    }
    return false
  },
})
