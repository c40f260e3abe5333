import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { builtString, DB_RECEIVER, stringish, untrustedQuery } from '../_utils/sql.js'

/** Free functions taking the SQL text: callee → argument index. */
const FUNCTIONS: Array<[RegExp, number]> = [
  [/^(?:sqlx::)?(?:query|query_as|query_scalar|query_with|query_as_with|query_scalar_with|raw_sql)(?:::<[^>]*>)?$/, 0],
  [/^(?:diesel::)?(?:sql_query|dsl::sql|sql)(?:::<[^>]*>)?$/, 0],
  [/^(?:sqlx::)?QueryBuilder(?:::<[^>]*>)?::new$/, 0],
  [/^(?:sea_orm::)?Statement::(?:from_string|from_sql_and_values)$/, 1],
]
/** Methods of connections, pools, transactions and clients that take SQL text first. */
/**
 * A superset of FUNCTIONS on the callee's text, so that ast-grep hands `check` only calls that can
 * be one of them: every FUNCTIONS callee contains `query`, `sql`, `QueryBuilder` or `Statement`.
 */
const FUNCTION_NAMES = 'query|sql|QueryBuilder|Statement'
const METHODS = /^(?:execute|execute_batch|query|query_row|query_one|query_opt|query_raw|query_map|prepare|prepare_cached|batch_execute|simple_query|query_drop|query_first|query_iter|exec|exec_drop|exec_first|exec_iter|push)$/

export default defineRule({
  id: 'rust/no-sql-string-building',
  languages: ['rust'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{F}} runs SQL text that is built from non-constant data',
  rationale:
    'Data formatted into SQL text is parsed as SQL: a quote in the value ends the literal and the rest (`\' OR 1=1 --`, `; DROP TABLE`) becomes part of the statement, letting the caller read or change any data the connection can reach (CWE-89).',
  safeAlternative:
    'Keep the SQL constant and bind values: `sqlx::query("SELECT * FROM users WHERE name = $1").bind(name)`, `conn.execute("… ?1", params![name])`, `QueryBuilder::push_bind`; map identifiers such as sort columns through a `match` on allowed names.',
  // FUNCTIONS and METHODS (`query`, `sql`, `QueryBuilder`, `Statement`, `exec…`, `prepare…`); `push`
  // needs a receiver named like a query builder (`QueryBuilder`, `builder`, `qb`, `query`).
  requires: { words: ['query', 'sql', 'statement', 'exec', 'prepare', 'builder', 'qb'], ignoreCase: true },
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        any: [
          { kind: 'scoped_identifier', regex: FUNCTION_NAMES },
          { kind: 'identifier', regex: FUNCTION_NAMES },
          { kind: 'generic_function', regex: FUNCTION_NAMES },
          { kind: 'field_expression', has: { field: 'field', regex: METHODS.source } },
        ],
      },
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    const args = ctx.flow.callArguments(node)
    let query: SgNode | undefined
    if (fn.kind() === 'field_expression') {
      const method = fn.field('field')?.text() ?? ''
      const recv = fn.field('value')
      query = args[0]
      if (!recv || !query) return false
      // QueryBuilder::push appends raw SQL; push_bind is the safe one.
      if (method === 'push' && !/QueryBuilder|builder|qb|query/i.test(recv.text())) return false
      if (method !== 'push' && !builtString(query, ctx) && !(DB_RECEIVER.test(recv.text()) && stringish(query, ctx))) return false
    } else {
      const callee = fn.text().replace(/\s+/g, '')
      const hit = FUNCTIONS.find(([re]) => re.test(callee))
      if (!hit) return false
      if (fn.kind() === 'identifier' && !/\bsqlx\b|\bdiesel\b/.test(ctx.source)) return false
      query = args[hit[1]]
    }
    if (!query || !untrustedQuery(query, node, ctx)) return false
    return { data: { F: ctx.flow.calleeText(node).replace(/^.*\)\./, '…') } }
  },
})
