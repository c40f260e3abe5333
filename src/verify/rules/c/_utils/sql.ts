import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { bufferWrites, definitionsBefore, enclosingFunctionNode, isConstantOrigin, literalValue, methodName, streamWrites, unwrap, valueOrigin } from './c.js'
import { parameterNamesOf } from './file-index.js'

/** Escapers and numeric conversions whose results cannot break out of an SQL literal. */
export const SQL_SANITIZERS = /^(?:PQescapeLiteral|PQescapeIdentifier|sqlite3_mprintf_q|(?:std::)?to_w?string|quote|esc|escape|escape_string|\w*\.(?:quote|esc|escape|quote_name|escape_string))$/
/** printf conversions that cannot carry SQL syntax: numbers, and SQLite's quoting %q %Q %w. */
export const SQL_INERT = /^[diouxXfFeEgGaAcpqQw]$/

/** Whether a query value at a sink is built from untrusted data: non-constant, and not a bare pass-through parameter. */
export function untrustedQuery(query: SgNode, ctx: RuleContext): string | undefined {
  const origin = valueOrigin(query, ctx, { numericSanitizes: true, sanitizers: SQL_SANITIZERS, inertConversions: SQL_INERT })
  if (isConstantOrigin(origin)) return undefined
  if (!origin.external && passThrough(query, ctx)) return undefined
  return (origin.source ?? query.text()).replace(/\s+/g, ' ').slice(0, 40)
}

/** `run(const char *sql) { sqlite3_exec(db, sql, …) }`: the caller built the query, not this function. */
function passThrough(query: SgNode, ctx: RuleContext): boolean {
  let n = unwrap(query)
  if (n.kind() === 'call_expression' && /^(?:c_str|data)$/.test(methodName(n))) n = unwrap(n.field('function')?.field('argument') ?? n)
  if (n.kind() !== 'identifier') return false
  const fn = enclosingFunctionNode(n)
  if (!fn || !parameterNamesOf(fn).includes(n.text())) return false
  return definitionsBefore(n.text(), n).length === 0 && bufferWrites(n.text(), n, ctx).length === 0
}

const SQL_WORDS = /\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|REPLACE|MERGE|PRAGMA|TRUNCATE|GRANT|EXEC|CALL)\b[\s\S]*\b(?:FROM|INTO|SET|TABLE|WHERE|VALUES|INDEX|VIEW|DATABASE|USER)?\b/i

/** Literal text that goes into a value: its own literals, and those of its definitions and writes (one level). */
export function literalTextOf(node: SgNode, ctx: RuleContext, depth = 0): string {
  const parts: string[] = []
  const n = unwrap(node)
  const lit = literalValue(n)
  if (lit !== undefined) return lit
  for (const s of n.findAll({ rule: { any: [{ kind: 'string_literal' }, { kind: 'raw_string_literal' }] } })) parts.push(literalValue(s) ?? '')
  if (depth > 2) return parts.join(' ')
  const ids = n.kind() === 'identifier' ? [n] : n.findAll({ rule: { kind: 'identifier' } })
  for (const id of ids.slice(0, 6)) {
    for (const d of definitionsBefore(id.text(), id)) parts.push(literalTextOf(d, ctx, depth + 1))
    for (const w of bufferWrites(id.text(), id, ctx)) {
      if (w.format) parts.push(literalValue(w.format) ?? '')
      for (const d of w.data) parts.push(literalTextOf(d.node, ctx, depth + 1))
    }
    for (const part of streamWrites(id.text(), id)) parts.push(literalTextOf(part, ctx, depth + 1))
  }
  return parts.join(' ')
}

export function looksLikeSql(node: SgNode, ctx: RuleContext): boolean {
  return SQL_WORDS.test(literalTextOf(node, ctx))
}
