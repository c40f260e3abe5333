import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { constInt, definitionsBefore, destinationArray, unwrap, type ArrayInfo } from './c.js'
import escapeStringRegexp from 'escape-string-regexp'

export interface Overflow {
  array: ArrayInfo
  /** what the finding message says about the length */
  why: string
}

/**
 * Whether copying `len` bytes (or `len` elements times `scale`) into `dst` may overflow: `dst` is a
 * fixed-size array and the length is neither a constant that fits, nor `sizeof dst`, nor clamped
 * (`MIN(n, sizeof dst)`, `n < size ? n : size`), nor bounded by a dominating check.
 */
export function uncheckedCopy(call: SgNode, dst: SgNode, lenParts: SgNode[], ctx: RuleContext): Overflow | undefined {
  const array = destinationArray(dst, ctx)
  if (!array) return undefined
  const dstName = unwrap(dst).text().replace(/\s+/g, '')
  const lenText = lenParts.map((p) => p.text()).join('*').replace(/\s+/g, '')
  const bytes = array.size !== undefined && array.elementSize !== undefined ? array.size * array.elementSize : undefined
  // A length written in terms of the destination's own size.
  const sizeofDst = new RegExp(`sizeof\\(?${escapeStringRegexp(dstName)}\\)?|sizeof\\(?\\*?${escapeStringRegexp(dstName)}\\[0\\]\\)?\\*?|ARRAY_SIZE\\(${escapeStringRegexp(dstName)}\\)|countof\\(${escapeStringRegexp(dstName)}\\)`)
  if (sizeofDst.test(lenText) && !/[+]/.test(lenText.replace(/\+\+/g, ''))) return undefined
  if (array.sizeNode && lenText === array.sizeNode.text().replace(/\s+/g, '')) return undefined
  let product: number | undefined = 1
  for (const p of lenParts) {
    const v = constInt(p, ctx)
    product = v === undefined || product === undefined ? undefined : product * v
  }
  if (product !== undefined) {
    if (bytes === undefined) return undefined
    return product > bytes ? { array, why: `${product} bytes exceed its ${bytes}` } : undefined
  }
  if (lenParts.every((p) => ctx.flow.isConstant(p))) return undefined
  if (/\b(?:min|MIN|fmin|std::min|clamp|std::clamp)\s*\(/.test(lenText) || lenParts.some((p) => p.find({ rule: { kind: 'conditional_expression' } }) || p.kind() === 'conditional_expression')) return undefined
  // a length measured inside the destination itself (`used - (p - buf)`) cannot exceed it
  const ownName = new RegExp(`(?<!sizeof\\(?)(?:^|[^\\w.>])${escapeStringRegexp(dstName)}(?![\\w\\[])`)
  if (lenParts.some((p) => ownName.test(p.text().replace(/\s+/g, '')))) return undefined
  const names = lenParts.flatMap((p) => ctx.flow.identifiers(p))
  // clamped where it was computed: `size_t n = len > sizeof buf ? sizeof buf : len;`
  for (const name of new Set(names)) {
    const defs = definitionsBefore(name, call)
    const last = defs.at(-1)
    if (last && (/\b(?:min|MIN|std::min|clamp)\s*\(/.test(last.text()) || unwrap(last).kind() === 'conditional_expression' || /%/.test(last.text()) || ownName.test(last.text().replace(/\s+/g, '')))) return undefined
  }
  if (ctx.flow.isGuarded(call, names)) return undefined
  return { array, why: 'nothing bounds it by its size' }
}
