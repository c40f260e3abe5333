import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, reachingDefinitions, FUNCTION_CALL, METHOD_CALL, nameOf, receiver, untrusted } from '../_utils/php.js'

/** Escaping and quoting functions that make a value safe inside a quoted SQL literal. */
export const SQL_SANITIZERS =
  /^(?:mysqli_real_escape_string|mysql_real_escape_string|mysql_escape_string|pg_escape_string|pg_escape_literal|pg_escape_identifier|sqlite_escape_string|esc_sql|db2_escape_string|->real_escape_string|->escape_string|->quote|->quoteIdentifier|->quoteName|->quoteInto|->escape|->escapeString|->escapeLike|SQLite3::escapeString|\$wpdb->prepare|->prepare|intval|floatval|absint|md5|sha1|hash)$/

/** Table names and prefixes of the connection or the model: configuration, not input. */
export const SQL_CONSTANT_MEMBERS = /^\$wpdb->\w+$|->(?:table|tableName|table_name|prefix|tablePrefix|schema)$/

/** Procedural query functions and the position of their SQL argument. */
const FUNCTIONS: Record<string, number | ((call: SgNode) => number)> = {
  mysqli_query: 1,
  mysqli_real_query: 1,
  mysqli_multi_query: 1,
  mysqli_prepare: 1,
  mysqli_execute_query: 1,
  mysql_query: 0,
  mysql_unbuffered_query: 0,
  mysql_db_query: 1,
  pg_query: (c) => (arg(c, 1) ? 1 : 0),
  pg_send_query: 1,
  pg_query_params: (c) => (arg(c, 2) ? 1 : 0),
  pg_prepare: (c) => (arg(c, 2) ? 2 : 1),
  sqlsrv_query: 1,
  sqlsrv_prepare: 1,
  odbc_exec: 1,
  odbc_prepare: 1,
  oci_parse: 1,
  db2_exec: 1,
  db2_prepare: 1,
  sqlite_query: 1,
  sqlite_exec: 1,
  sqlite_array_query: 1,
  ibase_query: 1,
  cubrid_query: 0,
}

/** Methods that run (or prepare) SQL text given as their first argument on a database object. */
const METHODS = /^(?:query|exec|prepare|multi_query|real_query|execute_query|querySingle|executeQuery|executeStatement|executeUpdate|fetchAll|fetchAllAssociative|fetchAssociative|fetchOne|fetchFirstColumn|fetchAllNumeric|fetchNumeric|iterateAssociative|createQuery|createNativeQuery|get_results|get_row|get_var|get_col|rawQuery|rawQueryOne|rawQueryValue|createCommand|queryAll|queryRow|queryScalar|queryColumn|simpleQuery|unbuffered_query|runQuery|raw)$/
const NOT_DB = /^\$(?:request|req|this->request|client|http|response|router|route|app|url|uri|crawler|search|es|elastic|solr|finder|cache|redis|mongo|collection|validator|view|twig|mailer|logger|log|filesystem|storage|process|shell|ssh|cmd|command|job|queue|bus|event|dispatcher|container|di|form)\b/i
const DB_HINT = /db|pdo|mysql|mysqli|conn|connection|database|sqlite|pg|link|dbh|wpdb|handle|sql|stmt|getConnection|DriverManager|EntityManager/i

function sqlArgument(ctx: RuleContext, node: SgNode): SgNode | null {
  const kind = node.kind()
  if (kind === 'function_call_expression') {
    const fname = nameOf(ctx, node)
    const spec = Object.hasOwn(FUNCTIONS, fname) ? FUNCTIONS[fname] : undefined
    if (spec === undefined) return null
    return arg(node, typeof spec === 'number' ? spec : spec(node))
  }
  const method = nameOf(ctx, node).replace(/^->/, '')
  if (!METHODS.test(method)) return null
  const recv = receiver(node)
  if (!recv) return null
  let rt = recv.text().replace(/\s+/g, '')
  if (NOT_DB.test(rt)) return null
  // $lite = new SQLite3(…); $conn = new mysqli(…): the receiver's definition names the driver.
  if (recv.kind() === 'variable_name') for (const d of reachingDefinitions(ctx, recv).defs) rt += ` ${d.value?.text() ?? ''}`
  // Ambiguous names need a receiver that looks like a connection; the specific ones do not.
  if (/^(?:query|exec|prepare|raw|createCommand|fetchAll|fetchOne)$/.test(method) && !DB_HINT.test(rt) && !/^\$this->(?:db|pdo|conn|connection|database|dbh|mysqli|wpdb)\b/.test(rt) && !/DB::|getConnection|getEntityManager|connection\(/.test(rt)) {
    if (recv.kind() !== 'variable_name' && recv.kind() !== 'member_access_expression') return null
    if (!DB_HINT.test(ctx.flow.calleeText(node))) return null
  }
  return arg(node, 0)
}

export default defineRule({
  id: 'php/no-sql-injection',
  languages: ['php'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs SQL text built from non-constant data',
  rationale:
    "Data concatenated or interpolated into SQL is parsed as SQL: a quote in the input ends the literal and the rest (OR 1=1, UNION SELECT, ; DROP TABLE) becomes part of the query (CWE-89).",
  safeAlternative: "Use placeholders and bind the values: $stmt = $pdo->prepare('SELECT … WHERE id = ?'); $stmt->execute([$id]);",
  // the FUNCTIONS and METHODS names: `query`, `exec` and `prepare` cover the procedural APIs (mysqli_query,
  // odbc_exec, pg_prepare…) and most methods, `fetch` the fetchAll/fetchOne/… family
  requires: { words: ['query', 'exec', 'prepare', 'oci_parse', 'fetch', 'iterateAssociative', 'get_results', 'get_row', 'get_var', 'get_col', 'createCommand', 'raw'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, METHOD_CALL] } },
  check(node, ctx) {
    const sql = sqlArgument(ctx, node)
    if (!sql || sql.kind() === 'array_creation_expression') return false
    if (!untrusted(ctx, sql, { sanitizers: SQL_SANITIZERS, constantMembers: SQL_CONSTANT_MEMBERS })) return false
    return { data: { CALL: callName(node).replace(/^->/, '') } }
  },
})
