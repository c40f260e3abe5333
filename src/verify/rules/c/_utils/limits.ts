import type { SgNode } from '@ast-grep/napi'
import type { Origin } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'
import { MEASURES } from './arith.js'
import { definitionsBefore, unwrap, valueOrigin } from './c.js'

/** Sizes measured from data already held (strlen, .size()), and results of reads bounded by their buffer. */
const SIZE_SANITIZERS = new RegExp(`${MEASURES.source}|^(?:recv|read|fread|recvfrom|pread|SSL_read|BIO_read|getline|std::min|min|MIN|std::clamp|clamp)$`)

const CLAMPED = /\b(?:min|MIN|fmin|std::min|clamp|std::clamp)\s*\(/

/**
 * Whether `size` at `at` is sized by external input with no cap: it comes from input (not from
 * the length of data already read), is not clamped, and no dominating check bounds it.
 */
export function uncappedExternal(size: SgNode, at: SgNode, ctx: RuleContext): Origin | undefined {
  const n = unwrap(size)
  if (/^argc$/.test(n.text())) return undefined
  const origin = valueOrigin(n, ctx, { numericSanitizes: false, sanitizers: SIZE_SANITIZERS })
  if (!origin.external) return undefined
  if (CLAMPED.test(n.text()) || n.kind() === 'conditional_expression') return undefined
  const names = new Set(ctx.flow.identifiers(n))
  // vexing-parse arguments are types to the parser: take their words
  if (n.kind() === 'parameter_declaration' || n.kind() === 'type_identifier') for (const w of n.text().match(/[A-Za-z_]\w*/g) ?? []) names.add(w)
  names.delete('argc')
  if (names.size === 0 && /\bargc\b/.test(n.text())) return undefined
  // one level of definitions: `size_t n = atoi(s); size_t bytes = n * 4; malloc(bytes)`
  for (const name of [...names]) {
    const defs = definitionsBefore(name, at)
    const last = defs.at(-1)
    if (last && (CLAMPED.test(last.text()) || unwrap(last).kind() === 'conditional_expression')) return undefined
    for (const d of defs) for (const id of ctx.flow.identifiers(d)) names.add(id)
  }
  if (ctx.flow.isGuarded(at, [...names])) return undefined
  return origin
}
