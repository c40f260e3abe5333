import { defineRule } from '../../../engine/rule.js'
import { builtString, DB_RECEIVER, stringish, untrustedQuery } from '../../rust/_utils/sql.js'
import { CONTEXT_ARG, methodCall, packageCall } from '../_utils/go.js'

/** database/sql, sqlx, pgx, gorm and sqlc-style methods → index of the SQL text (before any context argument). */
const METHODS: Record<string, number> = {
  Query: 0, QueryRow: 0, Exec: 0, Prepare: 0, QueryContext: 0, QueryRowContext: 0, ExecContext: 0, PrepareContext: 0,
  Queryx: 0, QueryRowx: 0, MustExec: 0, MustExecContext: 0, NamedExec: 0, NamedQuery: 0, NamedExecContext: 0, NamedQueryContext: 0,
  Select: 1, Get: 1, SelectContext: 1, GetContext: 1, Preparex: 0, PreparexContext: 0,
  Raw: 0, Where: 0, Or: 0, Not: 0, Having: 0, Order: 0, Group: 0, Joins: 0, Distinct: 0,
}
/** gorm clause methods take SQL fragments; only built strings there are findings (a struct argument is fine). */
const FRAGMENT = /^(?:Where|Or|Not|Having|Order|Group|Joins|Distinct)$/

export default defineRule({
  id: 'go/no-sql-string-building',
  languages: ['go'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{F}} runs SQL text that is built from non-constant data',
  rationale:
    'Data formatted or concatenated into SQL text is parsed as SQL: a quote in the value ends the literal and the rest (`\' OR 1=1 --`, `; DROP TABLE`) becomes part of the statement, letting the caller read or change any data the connection can reach (CWE-89).',
  safeAlternative:
    'Keep the SQL constant and pass values as arguments: `db.QueryContext(ctx, "SELECT * FROM users WHERE name = $1", name)`, gorm `db.Where("name = ?", name)`; map identifiers such as sort columns through a map of allowed names.',
  // the METHODS names (`Query` also covers QueryRow, Queryx, NamedQuery…; `Exec` covers MustExec, NamedExec…)
  requires: { words: ['Query', 'Exec', 'Prepare', 'Select', 'Get', 'Raw', 'Where', 'Or', 'Not', 'Having', 'Order', 'Group', 'Joins', 'Distinct'] },
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: `^(?:${Object.keys(METHODS).join('|')})$` } } } },
  check(node, ctx) {
    if (packageCall(node, ctx)) return false
    const m = methodCall(node, ctx)
    if (!m) return false
    let index = METHODS[m.method]
    if (index === undefined) return false
    const args = ctx.flow.callArguments(node)
    if (args[0] && CONTEXT_ARG.test(args[0].text()) && args.length > index + 1) index += 1
    const query = args[index]
    if (!query) return false
    const recv = m.recv.text()
    if (FRAGMENT.test(m.method) ? !builtString(query, ctx) : !builtString(query, ctx) && !(DB_RECEIVER.test(recv) && stringish(query, ctx))) return false
    if (/^(?:c|r|w|req|resp|u|url|tmpl|t)$/.test(recv) && !builtString(query, ctx)) return false
    if (!untrustedQuery(query, node, ctx)) return false
    return { data: { F: node.field('function')!.text() } }
  },
})
