import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { definitionsBefore, enclosingFunctionNode, isConstantOrigin, unwrap, valueOrigin } from './c.js'
import { memo, nodesOfKind, spanOf, startOf } from './file-index.js'

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
  const start = startOf(at)
  for (const c of overflowCandidates(fn)) {
    if (c.end > start && !(c.conditionEnd !== undefined && c.conditionEnd <= start)) continue
    if (!names.some((name) => new RegExp(`\\b${name}\\b`).test(c.text))) continue
    if (c.call || OVERFLOW_MARKERS.test(c.text)) return true
  }
  return false
}

interface OverflowCandidate {
  /** end offset of the `if` statement or the checking call */
  end: number
  /** end offset of an `if`'s condition */
  conditionEnd?: number
  /** the condition of an `if`, the text of a call */
  text: string
  call: boolean
}

/** The `if` statements and overflow-checking calls (`__builtin_mul_overflow`) of `fn`; per file. */
function overflowCandidates(fn: SgNode): OverflowCandidate[] {
  return memo(fn, `overflow|${fn.id()}`, () => {
    const out: OverflowCandidate[] = []
    for (const n of nodesOfKind('if_statement', fn)) {
      const cond = n.field('condition')
      out.push({ end: spanOf(n)[1], ...(cond ? { conditionEnd: spanOf(cond)[1] } : {}), text: cond?.text() ?? '', call: false })
    }
    for (const c of nodesOfKind('call_expression', fn)) {
      const text = c.text()
      if (/^(?:__builtin_\w*_overflow|ckd_\w+|\w*(?:mul|add)_overflow\w*|g_size_checked_mul)\s*\(/.test(text)) out.push({ end: spanOf(c)[1], text, call: true })
    }
    return out
  })
}
