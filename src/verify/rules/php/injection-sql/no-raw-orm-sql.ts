import { defineRule } from '../../../engine/rule.js'
import { arg, nameOf, STATIC_CALL, untrusted } from '../_utils/php.js'
import { SQL_CONSTANT_MEMBERS, SQL_SANITIZERS } from './no-sql-injection.js'

const RAW_METHODS = /^(?:whereRaw|orWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|selectRaw|fromRaw|joinRaw|raw)$/
const DB_FACADE = /^(?:select|selectOne|selectResultSets|scalar|insert|update|delete|statement|unprepared|affectingStatement|cursor|raw)$/

export default defineRule({
  id: 'php/no-raw-orm-sql',
  languages: ['php'],
  title: 'Raw SQL built from untrusted data in a query builder',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} passes SQL text built from non-constant data to the database',
  rationale:
    "Laravel's DB::select/DB::statement and the *Raw builder methods send their string to the database as SQL; values concatenated or interpolated into it are parsed as SQL and can rewrite the query (CWE-89).",
  safeAlternative: "Keep the SQL constant and pass values as bindings: DB::select('… WHERE id = ?', [$id]), ->whereRaw('a = ?', [$a]), or use the builder (->where('a', $a)).",
  // every RAW_METHODS name contains `raw`/`Raw`; the DB_FACADE methods need the `DB` facade. Case
  // matters: like the names in check, and `db` alone would be in most files ($db, dbname)
  requires: { words: ['raw', 'Raw', 'DB'] },
  match: { rule: { any: [{ kind: 'member_call_expression' }, STATIC_CALL] } },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    const method = name.replace(/^->|^.*::/, '')
    if (!RAW_METHODS.test(method) && !DB_FACADE.test(method)) return false
    if (node.kind() === 'member_call_expression' && !RAW_METHODS.test(method) && !/^\\?(?:Illuminate\\Support\\Facades\\)?DB::connection\(/.test(node.field('object')?.text() ?? '')) return false
    if (node.kind() === 'scoped_call_expression') {
      const scope = name.split('::')[0]!
      if (scope === 'DB') {
        if (!DB_FACADE.test(method) && !RAW_METHODS.test(method)) return false
      } else if (!RAW_METHODS.test(method) || method === 'raw') return false
    }
    if (node.kind() === 'member_call_expression' && method === 'raw' && !/DB|db|connection/i.test(ctx.flow.calleeText(node))) return false
    const sql = arg(node, 0)
    if (!sql || !untrusted(ctx, sql, { sanitizers: SQL_SANITIZERS, constantMembers: SQL_CONSTANT_MEMBERS })) return false
    return { data: { CALL: name.replace(/^->/, '') } }
  },
})
