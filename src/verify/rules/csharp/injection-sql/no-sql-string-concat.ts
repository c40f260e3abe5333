import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { allowListed, args, callName, isConstantCode, receiver, receiverType, resolve, SQL_WORDS, sqlText, untrustedString } from '../../java/_utils/managed.js'

const DAPPER =
  /^(?:Query|QueryAsync|QueryFirst|QueryFirstAsync|QueryFirstOrDefault|QueryFirstOrDefaultAsync|QuerySingle|QuerySingleAsync|QuerySingleOrDefault|QuerySingleOrDefaultAsync|QueryMultiple|QueryMultipleAsync|Execute|ExecuteAsync|ExecuteScalar|ExecuteScalarAsync|ExecuteReader|ExecuteReaderAsync|QueryUnbufferedAsync)$/
const EF_RAW = /^(?:FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQueryRaw|ExecuteSqlCommand|ExecuteSqlCommandAsync)$/
const EF_FORMATTABLE = /^(?:FromSql|ExecuteSql|ExecuteSqlAsync|SqlQuery|FromSqlInterpolated|ExecuteSqlInterpolated|ExecuteSqlInterpolatedAsync)$/
const DB_TYPE = /(?:Db|Sql|Sqlite|SQLite|Npgsql|MySql|Oracle|OleDb|Odbc)Connection$|IDbConnection|DbContext|DatabaseFacade|Context$/
const DB_NAME = /^(?:_?(?:conn|connection|cnn|con|db|dbConnection|sqlConnection|connection\w*|context|dbContext|ctx)|\w*\.Database|Database|\w*Context)$/i

function queryOf(node: SgNode, ctx: RuleContext): { call: string; query: SgNode } | undefined {
  const k = node.kind()
  if (k === 'object_creation_expression') {
    const a = args(node)
    let q = a[0]
    for (const assign of node.field('initializer')?.namedChildren() ?? []) {
      if (assign.kind() === 'assignment_expression' && assign.field('left')?.text() === 'CommandText') q = assign.field('right') ?? undefined
    }
    return q ? { call: `new ${callName(node)}`, query: q } : undefined
  }
  if (k === 'assignment_expression') {
    const left = node.field('left')
    const right = node.field('right')
    if (!left || !right) return undefined
    // `{ CommandText = … }` inside a command initializer is read by the creation above.
    if (left.kind() === 'identifier') {
      const creation = node.parent()?.parent()
      if (creation?.kind() === 'object_creation_expression' && /Command$/.test(creation.field('type')?.text() ?? '')) return undefined
      if (creation?.kind() === 'object_creation_expression') return undefined
    }
    return { call: `${left.text()} =`, query: right }
  }
  const name = callName(node)
  const recv = receiver(node)
  const a = args(node)
  if (!recv || !a[0]) return undefined
  const recvText = recv.text().replace(/\s+/g, '')
  if (EF_FORMATTABLE.test(name)) {
    if (resolve(a[0], ctx).kind() === 'interpolated_string_expression' && a[0].kind() === 'interpolated_string_expression') return undefined
    if (name.endsWith('Interpolated')) return undefined
    return { call: `${recvText.replace(/^.*\./, '')}.${name}`, query: a[0] }
  }
  if (EF_RAW.test(name)) return { call: `${recvText.replace(/^.*\./, '')}.${name}`, query: a[0] }
  if (DAPPER.test(name)) {
    if (isConstantCode(a[0], ctx)) return undefined
    const typed = DB_NAME.test(recvText) || DB_TYPE.test(receiverType(recv, ctx) ?? '')
    if (!typed && !SQL_WORDS.test(sqlText(a[0], ctx))) return undefined
    return { call: `${recvText.replace(/^.*\./, '')}.${name}`, query: a[0] }
  }
  return undefined
}

export default defineRule({
  id: 'csharp/no-sql-string-concat',
  languages: ['csharp'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} uses a query string built from non-constant data',
  rationale:
    'Concatenating or interpolating data into SQL text lets a quote in the data end the literal and append SQL of the attacker\'s choosing: reading other users\' rows, bypassing login checks or dropping tables (CWE-89).',
  safeAlternative:
    'Keep the SQL constant and bind values: cmd.Parameters.AddWithValue("@name", name); Dapper conn.Query<User>("… WHERE Name = @name", new { name }); EF Core FromSqlInterpolated($"… {name}") / FromSql($"…"), which parameterize. Map identifiers through an allow-list.',
  match: {
    rule: {
      any: [
        {
          kind: 'object_creation_expression',
          has: { field: 'type', regex: '^(System\\.Data\\.\\w+\\.|Microsoft\\.Data\\.\\w+\\.)?(SqlCommand|SqliteCommand|SQLiteCommand|NpgsqlCommand|MySqlCommand|OracleCommand|OleDbCommand|OdbcCommand|SqlDataAdapter|SqliteDataAdapter|SQLiteDataAdapter|NpgsqlDataAdapter|MySqlDataAdapter|OleDbDataAdapter|OdbcDataAdapter)$' },
        },
        { kind: 'assignment_expression', has: { field: 'left', regex: '(^|\\.)CommandText$' } },
        {
          kind: 'invocation_expression',
          has: {
            field: 'function',
            regex:
              '\\.(Query|QueryAsync|QueryFirst|QueryFirstAsync|QueryFirstOrDefault|QueryFirstOrDefaultAsync|QuerySingle|QuerySingleAsync|QuerySingleOrDefault|QuerySingleOrDefaultAsync|QueryMultiple|QueryMultipleAsync|Execute|ExecuteAsync|ExecuteScalar|ExecuteScalarAsync|ExecuteReader|ExecuteReaderAsync|QueryUnbufferedAsync|FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQueryRaw|ExecuteSqlCommand|ExecuteSqlCommandAsync|FromSql|ExecuteSql|ExecuteSqlAsync|SqlQuery)(<.*>)?$',
          },
        },
      ],
    },
  },
  check(node, ctx) {
    const q = queryOf(node, ctx)
    if (!q || !untrustedString(q.query, ctx) || allowListed(node, q.query, ctx)) return false
    return { data: { CALL: q.call } }
  },
})
