import { readFileSync } from 'node:fs'
import { parse } from '@ast-grep/napi'
import { ensureLanguagesRegistered, grammarFor } from '../../engine/languages.js'
ensureLanguagesRegistered()
const src = readFileSync(process.argv[2]!, 'utf8')
const root = parse(grammarFor('php'), src).root()
const BIG = '^\\\\?(?:mysqli_query|mysqli_real_query|mysqli_multi_query|mysqli_prepare|mysqli_execute_query|mysql_query|mysql_unbuffered_query|mysql_db_query|pg_query|pg_send_query|pg_query_params|pg_prepare|sqlsrv_query|sqlsrv_prepare|odbc_exec|odbc_prepare|oci_parse|db2_exec|db2_prepare|sqlite_query|sqlite_exec|sqlite_array_query|ibase_query|cubrid_query)$'
const cases: Record<string, object> = {
  kind: { rule: { kind: 'function_call_expression' } },
  kind2: { rule: { kind: 'function_call_expression' } },
  hasBig: { rule: { kind: 'function_call_expression', has: { field: 'function', regex: BIG } } },
  regexBig: { rule: { kind: 'function_call_expression', regex: BIG } },
  hasSmall: { rule: { kind: 'function_call_expression', has: { field: 'function', regex: '^(?:a|b)$' } } },
  w: { rule: { kind: 'function_call_expression', regex: '^\\w+$' } },
  anyk: { rule: { any: [{ kind: 'function_call_expression' }, { kind: 'member_call_expression' }, { kind: 'nullsafe_member_call_expression' }] } },
}
for (const [name, rule] of Object.entries(cases)) {
  for (let i = 0; i < 20; i++) root.findAll(rule as never)
  const t = performance.now()
  let n = 0
  for (let i = 0; i < 200; i++) n = root.findAll(rule as never).length
  console.log(name.padEnd(20), ((performance.now() - t) / 200).toFixed(3), 'ms', n)
}
