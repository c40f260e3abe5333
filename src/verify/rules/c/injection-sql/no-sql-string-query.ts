import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs } from '../_utils/c.js'
import { untrustedQuery } from '../_utils/sql.js'

/** Index of the SQL text argument of each C database API. */
const QUERY_AT: Record<string, number> = {
  sqlite3_exec: 1,
  sqlite3_prepare: 1,
  sqlite3_prepare_v2: 1,
  sqlite3_prepare_v3: 1,
  sqlite3_prepare16: 1,
  sqlite3_prepare16_v2: 1,
  sqlite3_prepare16_v3: 1,
  sqlite3_get_table: 1,
  mysql_query: 1,
  mysql_real_query: 1,
  mysql_send_query: 1,
  mysql_stmt_prepare: 1,
  PQexec: 1,
  PQexecParams: 1,
  PQprepare: 2,
  PQsendQuery: 1,
  PQsendQueryParams: 1,
  PQsendPrepare: 2,
  SQLExecDirect: 1,
  SQLExecDirectA: 1,
  SQLExecDirectW: 1,
  SQLPrepare: 1,
  SQLPrepareA: 1,
  SQLPrepareW: 1,
  OCIStmtPrepare: 2,
  dbi_conn_query: 1,
  dbi_conn_queryf: 1,
}

export default defineRule({
  id: 'c/no-sql-string-query',
  languages: ['c', 'cpp'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{FN}} executes SQL built from non-constant data ({{SOURCE}})',
  rationale:
    'Text pasted into an SQL statement with sprintf, strcat or string concatenation is parsed as SQL: a quote in the data ends the literal and the rest (OR 1=1, ; DROP TABLE, UNION SELECT) runs with the application\'s database rights (CWE-89).',
  safeAlternative: 'Use a prepared statement with placeholders and bind the values: sqlite3_prepare_v2(db, "SELECT … WHERE name = ?", …) + sqlite3_bind_text, PQexecParams with $1, mysql_stmt_bind_param.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:${Object.keys(QUERY_AT).join('|')})$` },
    },
  },
  check(node, ctx) {
    const name = calleeName(node)
    const query = callArgs(node, ctx)[QUERY_AT[name] ?? 1]
    if (!query) return false
    const source = untrustedQuery(query, ctx)
    return source ? { data: { FN: name, SOURCE: source } } : false
  },
})
