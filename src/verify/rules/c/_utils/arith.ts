import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { definitionsBefore, enclosingFunctionNode, isConstantOrigin, unwrap, valueOrigin } from './c.js'
import { nodesOfKind } from './file-index.js'

/** Calls that measure data already in memory: their results cannot be made arbitrarily large. */
export const MEASURES = /^(?:(?:std::)?(?:strlen|wcslen|strnlen|sizeof)|.*\.(?:size|length|count))$/

export interface RiskyArithmetic {
  /** the `*`, `<<` or `+` expression */
  expr: SgNode
  op: string
  /** identifiers of the non-constant operands */
  names: string[]
}

/**
 * The arithmetic in a size expression that can wrap around: a `*` or `<<` with a non-constant
 * operand, or a `+` with an operand from external input. Follows one level of local definitions
 * (`size_t total = n * size; malloc(total)`).
 */
export function riskyArithmetic(size: SgNode, at: SgNode, ctx: RuleContext, depth = 0): RiskyArithmetic | undefined {
  const n = unwrap(size)
  if (n.kind() === 'identifier' && depth < 2) {
    const def = definitionsBefore(n.text(), at).at(-1)
    return def ? riskyArithmetic(def, at, ctx, depth + 1) : undefined
  }
  const candidates = [n, ...n.findAll({ rule: { kind: 'binary_expression' } })].filter((b) => b.kind() === 'binary_expression')
  for (const b of candidates) {
    const op = b.field('operator')?.text() ?? ''
    const l = b.field('left')
    const r = b.field('right')
    if (!l || !r) continue
    if (op === '*' || op === '<<') {
      const nonConst = [l, r].filter((x) => !isConstantOrigin(valueOrigin(x, ctx, { numericSanitizes: false })))
      if (nonConst.length) return { expr: b, op, names: nonConst.flatMap((x) => ctx.flow.identifiers(x)) }
    } else if (op === '+') {
      const ext = [l, r].filter((x) => valueOrigin(x, ctx, { numericSanitizes: false, sanitizers: MEASURES }).external)
      if (ext.length) return { expr: b, op, names: ext.flatMap((x) => ctx.flow.identifiers(x)) }
    }
  }
  return undefined
}

const OVERFLOW_MARKERS = /SIZE_MAX|SSIZE_MAX|UINT_MAX|INT_MAX|ULONG_MAX|UINT32_MAX|UINT64_MAX|LONG_MAX|numeric_limits|__builtin_\w*_overflow|ckd_(?:mul|add)|\w*overflow\w*\s*\(|\w+\s*\/\s*\w+/

/** An overflow check on one of `names` before `at`: `if (n > SIZE_MAX / size)`, `__builtin_mul_overflow`, or any upper bound. */
export function overflowChecked(at: SgNode, names: string[], ctx: RuleContext): boolean {
  if (names.length === 0) return false
  if (ctx.flow.isGuarded(at, names)) return true
  const fn = enclosingFunctionNode(at)
  if (!fn) return false
  const checkers = nodesOfKind('call_expression', fn).filter((c) => /^(?:__builtin_\w*_overflow|ckd_\w+|\w*(?:mul|add)_overflow\w*|g_size_checked_mul)\s*\(/.test(c.text()))
  const before = [...nodesOfKind('if_statement', fn), ...checkers].filter((n) => n.range().end.index <= at.range().start.index || (n.kind() === 'if_statement' && n.field('condition') && n.field('condition')!.range().end.index <= at.range().start.index))
  for (const n of before) {
    const text = n.kind() === 'if_statement' ? (n.field('condition')?.text() ?? '') : n.text()
    if (!names.some((name) => new RegExp(`\\b${name}\\b`).test(text))) continue
    if (n.kind() === 'call_expression' || OVERFLOW_MARKERS.test(text)) return true
  }
  return false
}
