import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { constructorArgs, minimalWords } from '../../c/_utils/c.js'
import { looksLikeSql, untrustedQuery } from '../../c/_utils/sql.js'
import escapeStringRegexp from 'escape-string-regexp'

const METHOD_NAMES = ['exec', 'exec0', 'exec1', 'exec_n', 'exec_params', 'exec_prepared', 'execute', 'executeQuery', 'executeUpdate', 'executeLargeUpdate', 'query', 'query_value', 'query01', 'query1', 'prepare', 'prepareStatement', 'sql', 'direct_exec', 'stream', 'nontransaction_exec']
const METHODS = `^(?:${METHOD_NAMES.join('|')})$`
const STATEMENT_TYPES = '(?:SQLite::)?Statement|QSqlQuery|(?:pqxx::)?stream_from'

export default defineRule({
  id: 'cpp/no-sql-string-query',
  languages: ['cpp'],
  title: 'SQL built by string concatenation passed to a C++ database API',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{WHAT}} executes SQL built from non-constant data ({{SOURCE}})',
  rationale:
    'libpqxx, MySQL Connector/C++, SQLiteCpp, Qt SQL and SOCI run the text they are given as SQL; data concatenated or formatted into it can close the literal and append its own SQL (OR 1=1, UNION SELECT, ; DROP TABLE) with the application\'s database rights (CWE-89).',
  safeAlternative: 'Use placeholders and bind values: txn.exec_params("… WHERE id = $1", id), conn->prepareStatement("… = ?") + setString, SQLite::Statement with bind(), QSqlQuery::prepare + addBindValue, soci use(x).',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: METHODS } } },
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${STATEMENT_TYPES})$` } },
        { kind: 'binary_expression', has: { field: 'left', kind: 'identifier', regex: '^(?:sql|session|conn|soci_session)$' } },
      ],
    },
  },
  // The methods as members (`txn.exec`, `conn->query`: `exec` alone is in `execute`, `executor`;
  // a line break between `.` and the name is not looked for), the statement types, and the
  // names `sql << …` needs (`sql`, `session`, or a `soci::session` declaration).
  requires: { words: minimalWords([...METHOD_NAMES.flatMap((m) => [`.${m}`, `>${m}`]), 'Statement', 'QSqlQuery', 'stream_from', 'sql', 'session']) },
  check(node, ctx) {
    let query: SgNode | undefined
    let what: string
    if (node.kind() === 'declaration') {
      what = node.field('type')?.text() ?? ''
      const d = node.namedChildren().find((c) => c.kind() === 'init_declarator' || c.kind() === 'function_declarator')
      const args = d ? constructorArgs(d) : []
      query = /Statement|stream_from/.test(what) ? args[1] : args[0]
    } else if (node.kind() === 'binary_expression') {
      // SOCI: `sql << "SELECT … '" + name + "'"`
      const left = node.field('left')
      if (!left || left.kind() !== 'identifier') return false
      if (node.field('operator')?.text() !== '<<') return false
      if (!new RegExp(`soci::session\\s*[*&]?\\s*${escapeStringRegexp(left.text())}\\b`).test(ctx.source) && !/^(?:sql|session)$/.test(left.text())) return false
      what = `${left.text()} <<`
      query = node.field('right') ?? undefined
    } else {
      const fn = node.field('function')!
      what = fn.text()
      query = ctx.flow.callArguments(node)[0]
    }
    if (!query) return false
    const source = untrustedQuery(query, ctx)
    if (!source || !looksLikeSql(query, ctx)) return false
    return { data: { WHAT: what, SOURCE: source } }
  },
})
