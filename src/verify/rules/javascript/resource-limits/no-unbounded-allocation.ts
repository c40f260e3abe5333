import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callee, external, prop, values } from '../_utils/js.js'

const CAPS = /^(?:Math\.min|clamp|_\.clamp|lodash\.clamp|Math\.max)$/
const TYPED = /^(?:Array|ArrayBuffer|SharedArrayBuffer|Int8Array|Uint8Array|Uint8ClampedArray|Int16Array|Uint16Array|Int32Array|Uint32Array|Float32Array|Float64Array|BigInt64Array|BigUint64Array)$/
const NUMERIC = /^(?:parseInt|parseFloat|Number|\+|Math\.\w+)\s*\(|^\+|[-*+]|(?:size|len|length|count|num|n|width|height|bytes|limit|pages?|times|repeat|depth|rows|cols|items)\b/i

function externalSize(ctx: RuleContext, at: SgNode, size: SgNode): boolean {
  if (!external(ctx, size, { sanitizers: CAPS, numericSanitizes: false })) return false
  return !ctx.flow.isGuarded(at, ctx.flow.identifiers(size))
}

export default defineRule({
  id: 'javascript/no-unbounded-allocation',
  languages: ['javascript', 'typescript'],
  title: 'Allocation or loop sized by external input without a cap',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size or count from the request lets one client ask for gigabytes (Buffer.alloc(1e10) throws or exhausts memory, "x".repeat(n) blocks the event loop) or billions of loop iterations; on Node one such request stalls every other client (CWE-400, CWE-770).',
  safeAlternative: 'Validate and cap sizes first: const n = Math.min(parseInt(req.query.n, 10) || 0, MAX_ITEMS), or reject with 400 when n > MAX_ITEMS, before allocating or looping.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:alloc|allocUnsafe|allocUnsafeSlow|repeat|from|padStart|padEnd)$|^Array$' } },
        { kind: 'new_expression', has: { field: 'constructor', regex: '^(?:Array|ArrayBuffer|SharedArrayBuffer|(?:Big)?(?:U?Int|Float)(?:8|16|32|64)(?:Clamped)?Array)$' } },
        { kind: 'for_statement', has: { field: 'condition', regex: '<' } },
      ],
    },
  },
  // The allocating callees and constructors, and the `<` of a loop condition.
  requires: { words: ['alloc', 'Array', 'repeat', 'padStart', 'padEnd', '<'] },
  check(node, ctx) {
    if (node.kind() === 'for_statement') {
      const cond = node.field('condition')
      const m = cond ? /<=?\s*(.+?);?$/.exec(cond.text()) : null
      if (!cond || !m) return false
      const bin = cond.find({ rule: { kind: 'binary_expression', regex: '<' } })
      const bound = bin?.field('right')
      if (!bound || !externalSize(ctx, node, bound)) return false
      return { data: { WHAT: `The loop bound ${bound.text()}` } }
    }
    const name = node.kind() === 'new_expression' ? (node.field('constructor')?.text() ?? '') : callee(ctx, node)
    const a = args(ctx, node)
    let size: SgNode | null | undefined
    if (/^Buffer\.(?:alloc|allocUnsafe|allocUnsafeSlow)$/.test(name)) size = a[0]
    else if (TYPED.test(name)) {
      if (a.length !== 1 || ![a[0]!, ...values(ctx, a[0]!)].some((v) => NUMERIC.test(v.text()))) return false
      size = a[0]
    } else if (/\.(?:repeat|padStart|padEnd)$/.test(name)) size = a[0]
    else if (name === 'Array.from' && a[0]?.kind() === 'object') size = prop(a[0], 'length')
    else return false
    if (!size || !externalSize(ctx, node, size)) return false
    return { data: { WHAT: `${name}(${size.text()})` } }
  },
})
