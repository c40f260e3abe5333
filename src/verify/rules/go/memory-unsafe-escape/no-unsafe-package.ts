import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { goImports } from '../_utils/go.js'

/** The local name of package unsafe in this file, if imported. */
function unsafeName(imports: Map<string, string>): string | undefined {
  for (const [local, path] of imports) if (path === 'unsafe') return local
  return undefined
}

/** True when `node` sits in the arguments of another `unsafe.X(...)` call: report the outer one only. */
function nestedInUnsafeCall(node: SgNode, pkg: string): boolean {
  let cur = node.parent()
  while (cur && cur.kind() !== 'block' && cur.kind() !== 'source_file') {
    if (cur.kind() === 'call_expression') {
      const fn = cur.field('function')
      if (fn && fn.id() !== node.id() && fn.kind() === 'selector_expression' && fn.field('operand')?.text() === pkg) {
        const args = cur.field('arguments')
        if (args && args.range().start.index <= node.range().start.index && node.range().end.index <= args.range().end.index) return true
      }
    }
    cur = cur.parent()
  }
  return false
}

export default defineRule({
  id: 'go/no-unsafe-package',
  languages: ['go'],
  title: 'Use of package unsafe',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'high',
  confidence: 'high',
  message: '{{USE}} bypasses Go type and memory safety',
  rationale:
    'Package unsafe lets code reinterpret memory, do pointer arithmetic and build slices or strings over arbitrary addresses; a wrong length or a pointer the garbage collector no longer tracks becomes an out-of-bounds read or write or a use-after-free, the memory-corruption bugs Go otherwise rules out.',
  safeAlternative:
    'Use safe conversions (`[]byte(s)`, `string(b)`), `encoding/binary` for byte layouts and `math.Float64bits` for bit casts; keep any remaining unsafe code in a small audited package.',
  match: {
    rule: {
      any: [
        { kind: 'selector_expression', has: { field: 'operand', kind: 'identifier', regex: '^unsafe$' } },
        { kind: 'qualified_type', has: { field: 'package', kind: 'package_identifier', regex: '^unsafe$' } },
      ],
    },
  },
  check(node, ctx) {
    const pkg = unsafeName(goImports(ctx))
    if (!pkg) return false
    const base = node.kind() === 'selector_expression' ? node.field('operand') : node.field('package')
    if (base?.text() !== pkg) return false
    if (nestedInUnsafeCall(node, pkg)) return false
    const use = node.parent()?.kind() === 'call_expression' && node.parent()?.field('function')?.id() === node.id() ? node.parent()! : node
    return { node: use, data: { USE: node.text() } }
  },
})
