import { defineRule } from '../../../engine/rule.js'
import { allowListed, dataNames, nonConstant } from '../../python/_utils/common.js'
import { SQL_KEYWORDS } from '../../python/injection-sql/no-sql-string-building.js'
import { args, fnOf, JS, shape, values } from '../_utils/js.js'

const METHODS =
  'query|execute|raw|\\$queryRawUnsafe|\\$executeRawUnsafe|exec|run|all|get|each|prepare|whereRaw|orWhereRaw|havingRaw|orderByRaw|groupByRaw|joinRaw|selectRaw|fromRaw|unsafe|none|one|many|any|oneOrNone|manyOrNone|result|multi|queryRaw|executeRaw|sql'
const SQL_SANITIZERS =
  /^(?:mysql\.escape|mysql\.escapeId|\w+\.escape|\w+\.escapeId|escape|escapeId|escapeIdentifier|escapeLiteral|\w+\.escapeIdentifier|\w+\.escapeLiteral|SqlString\.escape|SqlString\.escapeId|sqlstring\.escape|pgFormat|format\.ident|format\.literal|pg-format|knex\.ref|Prisma\.sql|sql\.identifier|parseInt|Number|parseFloat)$/

export default defineRule({
  id: 'javascript/no-sql-string-building',
  languages: ['javascript', 'typescript'],
  title: 'SQL query built from non-constant data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs a SQL query built by concatenation or interpolation from non-constant data',
  rationale:
    'A quote in the data ends the SQL literal and the rest is parsed as SQL: `\' OR 1=1 --` bypasses a login, UNION SELECT reads other tables, and stacked queries modify data (CWE-89).',
  safeAlternative:
    'Use placeholders and pass values separately: db.query("SELECT * FROM users WHERE id = $1", [id]) (? for mysql/sqlite), knex/Prisma query builders or tagged templates (sql`… ${id}`, prisma.$queryRaw`…`); pick identifiers from a constant allow-list.',
  match: {
    rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', regex: `^(?s:.*\\.)(?:${METHODS})$` } },
  },
  check(node, ctx) {
    const fn = fnOf(node)
    const method = fn?.field('property')?.text() ?? ''
    const q = args(ctx, node)[0]
    if (!q || q.kind() === 'object' || q.kind() === 'arrow_function' || q.kind() === 'function_expression') return false
    const s = shape(ctx, q)
    // Raw fragments (whereRaw, $queryRawUnsafe, sql.unsafe) are SQL whatever they contain.
    const raw = /Raw$|RawUnsafe$|^unsafe$|^raw$/.test(method)
    if (!s.built || (!raw && !SQL_KEYWORDS.test(s.literals.join(' ')))) return false
    if (!nonConstant(ctx, q, JS, { sanitizers: SQL_SANITIZERS })) return false
    if (allowListed(ctx, node, [...new Set(values(ctx, q).flatMap((v) => dataNames(ctx, v, JS)))])) return false
    return { data: { CALL: `${fn?.field('object')?.text() ?? ''}.${method}` } }
  },
})
