import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { allowListed, calleeText, dataNames, nonConstant } from '../_utils/common.js'
import { callee, kwarg, positional, PY, shape, values } from '../_utils/py.js'

export const SQL_KEYWORDS = /\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|CREATE|DROP|ALTER|TRUNCATE|REPLACE|MERGE|EXEC|EXECUTE|GRANT|PRAGMA|VALUES|ORDER\s+BY|GROUP\s+BY|LIMIT|JOIN|UNION|INTO|SET)\b/i
const SQL_SANITIZERS =
  /^(?:sql\.Identifier|sql\.Literal|sql\.Placeholder|psycopg2\.sql\.Identifier|psycopg\.sql\.Identifier|Identifier|Literal|quote_ident|psycopg2\.extensions\.quote_ident|escape_string|\w+\.escape_string|\w+\.escape|pymysql\.converters\.escape_string|MySQLdb\.escape_string|\w+\.literal|sqlalchemy\.bindparam|bindparam)$/
/** Methods that run their first argument as SQL. */
const EXEC_METHODS = /^(?:execute|executemany|executescript|exec_driver_sql|raw|mogrify|fetch|fetchrow|fetchval|fetchall|fetchone|fetch_all|fetch_one|fetch_val|query|read_sql|read_sql_query|execute_sql|raw_sql)$/
/** Wrappers around a SQL string: the string inside is the query. */
const WRAPPERS = /^(?:sqlalchemy\.text|sqlalchemy\.sql\.text|sqlalchemy\.sql\.expression\.text|text|RawSQL|django\.db\.models\.expressions\.RawSQL|sqlalchemy\.literal_column)$/

/** The query expression when it is built from non-constant parts, else null. */
function builtQuery(ctx: RuleContext, sink: SgNode, q: SgNode, depth = 0): SgNode | null {
  if (depth > 2) return null
  let direct = true
  for (const v of values(ctx, q)) {
    if (v.kind() !== 'call') continue
    const name = callee(ctx, v)
    if (WRAPPERS.test(name)) {
      direct = false
      const inner = positional(v)[0]
      const hit = inner ? builtQuery(ctx, sink, inner, depth + 1) : null
      if (hit) return hit
    }
    // psycopg2.sql composition: sql.SQL("…").format(sql.Identifier(x)) is safe by construction.
    if (/^(?:sql\.|psycopg2?\.sql\.)?SQL\(/.test(calleeText(ctx, v))) return null
  }
  if (!direct) return null
  const s = shape(ctx, q)
  if (!s.built || !SQL_KEYWORDS.test(s.literals.join(' '))) return null
  if (!nonConstant(ctx, q, PY, { sanitizers: SQL_SANITIZERS })) return null
  if (allowListed(ctx, sink, [...new Set(values(ctx, q).flatMap((v) => dataNames(ctx, v, PY)))])) return null
  return q
}

export default defineRule({
  id: 'python/no-sql-string-building',
  languages: ['python'],
  title: 'SQL query built from non-constant data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs a SQL query built by string formatting from non-constant data',
  rationale:
    'Concatenating, interpolating or %-formatting values into SQL lets a quote in the data end the literal and append SQL of the attacker\'s choice: reading other users\' rows, bypassing logins, dropping tables (CWE-89).',
  safeAlternative:
    'Pass values as bound parameters: cursor.execute("SELECT … WHERE id = %s", (user_id,)) (or ? for sqlite3, :name with SQLAlchemy text()); pick table or column names from a constant allow-list or compose them with psycopg2.sql.Identifier.',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', kind: 'attribute', regex: `^(?s:.*\\.)(?:${EXEC_METHODS.source.slice(4, -2)})$` } },
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:read_sql|read_sql_query|RawSQL)$' } },
      ],
    },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    const method = name.split('.').at(-1)!
    if (!EXEC_METHODS.test(method) && method !== 'RawSQL') return false
    // `requests.get`-like clients and pathlib have no SQL methods by these names; dict.get is not here.
    const q = positional(node)[0] ?? kwarg(node, 'sql') ?? kwarg(node, 'query') ?? kwarg(node, 'statement') ?? kwarg(node, 'raw_query')
    if (!q) return false
    if (!builtQuery(ctx, node, q)) return false
    return { data: { CALL: name } }
  },
})
