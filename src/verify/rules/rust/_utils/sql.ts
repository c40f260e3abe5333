/** Shared logic of the SQL injection rules: is a query string built from untrusted data? */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { goImports } from '../../go/_utils/go.js'
import { isConstant, isUntrusted } from './origin.js'
import { definitionsOf, isUntrustedValue, textBefore } from './shared.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Quoting helpers and constant repetitions (`"?,".repeat(n)`, `strings.Repeat("?,", n)`). */
const SQL_SANITIZERS =
  /(?:^|\.|::)(?:repeat|Repeat|quote_identifier|quote_ident|QuoteIdentifier|QuoteLiteral|pq\.QuoteIdentifier|pq\.QuoteLiteral|escape_identifier|Ident)$|^strings\.Repeat$|^pgx\.Identifier/

/** A receiver that names a database handle. */
export const DB_RECEIVER = /(?:^|\.|\b)(?:db|DB|Db|conn|Conn|connection|Connection|client|Client|pool|Pool|tx|Tx|txn|transaction|Transaction|stmt|session|Session|sqlite|pg|mysql|database|Database|repo|store|executor|orm|gorm|sqlx|mgr|manager|q)\w*(?:\(\))?$/

/** True when the query node is untrusted, allowing identifiers that passed an allow-list, a constant `match`, or numeric parameters. */
export function untrustedQuery(query: SgNode, sink: SgNode, ctx: RuleContext): boolean {
  if (!isUntrustedValue(query, ctx, { sanitizers: SQL_SANITIZERS })) return false
  if (!isUntrusted(query, ctx, { sanitizers: SQL_SANITIZERS })) return true
  return riskyExpr(query, textBefore(sink, ctx), ctx, 0)
}

const NUMERIC_TYPE = /^&?(?:mut\s+)?(?:[iu](?:8|16|32|64|128|size)|f32|f64|bool|int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|float32|float64|Uuid|uuid::Uuid|uuid\.UUID|time\.Time|NaiveDate|DateTime<\w+>)$/

/** Names used as values in an expression: not callee names, macro names, fields or path segments. */
function valueNames(node: SgNode, ctx: RuleContext): SgNode[] {
  const packages = ctx.language === 'go' ? goImports(ctx) : undefined
  const out: SgNode[] = []
  const walk = (n: SgNode): void => {
    const kind = n.kind()
    if (kind === 'identifier') {
      const parent = n.parent()
      const pk = parent?.kind()
      if (pk === 'scoped_identifier' || pk === 'macro_invocation' || pk === 'generic_function') return
      if (pk === 'call_expression' && parent!.field('function')?.id() === n.id()) return
      if (packages?.has(n.text()) && pk === 'selector_expression') return
      out.push(n)
      return
    }
    if (kind === 'field_identifier' || kind === 'type_identifier') return
    for (const c of n.namedChildren()) walk(c)
  }
  walk(node)
  return out
}

function riskyExpr(node: SgNode, before: string, ctx: RuleContext, depth: number): boolean {
  if (isConstant(node, ctx, { sanitizers: SQL_SANITIZERS, numericSanitizes: true })) return false
  if (depth > 4) return true
  const names = valueNames(node, ctx)
  // Rust format strings capture names inline: format!("… {name}")
  if (node.kind() === 'macro_invocation') {
    for (const m of node.text().matchAll(/\{([A-Za-z_]\w*)(?::[^}]*)?\}/g)) {
      const id = ctx.root.find({ rule: { kind: 'identifier', regex: `^${m[1]}$` } })
      if (id) names.push(id)
    }
  }
  if (names.length === 0) return true
  return names.some((n) => riskyName(n, before, ctx, depth))
}

function riskyName(id: SgNode, before: string, ctx: RuleContext, depth: number): boolean {
  const name = id.text()
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return false
  if (allowListed(name, before)) return false
  const defs = definitionsOf(name, id, ctx)
  if (defs.length === 0) {
    const type = parameterType(name, id, ctx)
    return !(type !== undefined && NUMERIC_TYPE.test(type.trim()))
  }
  if (defs.every((d) => (d.value.kind() === 'match_expression' || d.value.kind() === 'if_expression') && constantArms(d.value, ctx))) return false
  return defs.some((d) => riskyExpr(d.value, before, ctx, depth + 1))
}

/** The declared type of a parameter of the enclosing functions, if `name` is one. */
function parameterType(name: string, at: SgNode, ctx: RuleContext): string | undefined {
  let fn = ctx.flow.enclosingFunction(at)
  while (fn) {
    for (const p of fn.field('parameters')?.namedChildren() ?? []) {
      if (p.kind() === 'parameter') {
        if (p.field('pattern')?.text().replace(/^mut\s+/, '') === name) return p.field('type')?.text()
      } else if (p.kind() === 'parameter_declaration') {
        if (p.namedChildren().some((c) => c.kind() === 'identifier' && c.text() === name)) return p.field('type')?.text()
      }
    }
    fn = ctx.flow.enclosingFunction(fn)
  }
  return undefined
}

function allowListed(name: string, before: string): boolean {
  const esc = escapeStringRegexp(name)
  return new RegExp(`\\b\\w*(?:allow|Allow|ALLOW|whitelist|WHITELIST|valid|VALID|Valid|permitted|PERMITTED|sortable|SORTABLE|ALLOWED)\\w*\\b[^;\\n]*\\b${esc}\\b|\\b${esc}\\b[^;\\n]*\\b\\w*(?:allow|Allow|ALLOW|whitelist|valid|VALID|Valid|permitted|ALLOWED)\\w*`).test(before)
}

function constantArms(node: SgNode, ctx: RuleContext): boolean {
  if (node.kind() === 'match_expression') {
    const arms = node.field('body')?.namedChildren().filter((a) => a.kind() === 'match_arm') ?? []
    return arms.length > 0 && arms.every((a) => {
      const v = a.field('value')
      return v !== null && (v.kind() === 'return_expression' || v.kind() === 'macro_invocation' || isConstant(v, ctx))
    })
  }
  const cons = node.field('consequence')
  const alt = node.field('alternative')
  return cons !== null && isConstant(cons, ctx) && (alt === null || isConstant(alt, ctx))
}

/** True when the query expression (or the name it comes from) is built by formatting or concatenation. */
export function builtString(query: SgNode, ctx: RuleContext, depth = 0): boolean {
  if (depth > 2) return false
  const text = query.text()
  if (/format!|concat!|\+|Sprintf|Sprint|strings\.Join|\.join\(|push_str|\.String\(\)|to_string\(\)/.test(text)) return true
  let cur = query
  while (cur.kind() === 'reference_expression' || cur.kind() === 'unary_expression') cur = cur.namedChildren().at(-1) ?? cur
  if (cur.kind() !== 'identifier') return false
  return definitionsOf(cur.text(), cur, ctx).some((d) => builtString(d.value, ctx, depth + 1)) || new RegExp(`\\b${cur.text()}\\s*(?:\\+=|\\.push_str|\\.WriteString)`).test(textBefore(query, ctx))
}

/** True when the query argument is text: built, a literal, or a `&str`/`String`/`string` value. */
export function stringish(query: SgNode, ctx: RuleContext): boolean {
  if (builtString(query, ctx)) return true
  if (/"|`/.test(query.text())) return true
  let cur = query
  while (cur.kind() === 'reference_expression' || cur.kind() === 'unary_expression') cur = cur.namedChildren().at(-1) ?? cur
  if (cur.kind() === 'call_expression') {
    const fn = cur.field('function')
    if (fn?.kind() === 'field_expression' && /^(?:as_str|to_string|as_ref|clone)$/.test(fn.field('field')?.text() ?? '')) cur = fn.field('value') ?? cur
  }
  if (cur.kind() !== 'identifier') return false
  const type = parameterType(cur.text(), cur, ctx)
  if (type !== undefined) return /^&?(?:'\w+\s+)?(?:mut\s+)?(?:str|String|string|Cow<[^>]*str>)$/.test(type.trim())
  return definitionsOf(cur.text(), cur, ctx).some((d) => /"|`|String|Sprintf|format!/.test(d.value.text()))
}
