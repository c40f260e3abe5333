import { defineRule } from '../../../engine/rule.js'
import { allowListed, args, callName, isConstantCode, receiver, receiverType, SQL_WORDS, sqlText, untrustedString } from '../_utils/managed.js'

const DB_TYPE = /Statement|Connection|JdbcTemplate|JdbcOperations|NamedParameterJdbc|JdbcClient|EntityManager|Session|DSLContext|Jdbi|Handle|DataSource|QueryRunner|SqlSession/
const DB_NAME = /^(?:this\.)?(?:stmt|st|ps|pstmt|statement|conn|con|connection|cx|jdbc|jdbcTemplate|template|namedJdbc\w*|em|entityManager|session|dsl|ctx|create|db|database|handle|jdbi|queryRunner|runner|sqlSession)$/i

const METHODS =
  '^(executeQuery|executeUpdate|executeLargeUpdate|execute|addBatch|prepareStatement|prepareCall|nativeSQL|query|queryForObject|queryForList|queryForMap|queryForRowSet|queryForStream|queryForLong|queryForInt|update|batchUpdate|sql|createQuery|createNativeQuery|createSQLQuery|createMutationQuery|createSelectionQuery|fetch|fetchOne|fetchAny|resultQuery|select|insert|createUpdate|createCall|selectList|selectOne)$'

export default defineRule({
  id: 'java/no-sql-string-concat',
  languages: ['java'],
  title: 'SQL query built from untrusted data',
  property: 'injection.sql',
  cwe: ['CWE-89'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} executes a query string built from non-constant data',
  rationale:
    'Concatenating or formatting data into SQL (or JPQL/HQL) lets a quote in the data end the literal and append SQL of the attacker\'s choosing: reading other users\' rows, bypassing login checks or dropping tables (CWE-89).',
  safeAlternative:
    'Use a constant query with placeholders and bind the values: conn.prepareStatement("SELECT * FROM users WHERE id = ?") then ps.setString(1, id); jdbcTemplate.query("… WHERE id = ?", mapper, id); em.createQuery("… WHERE u.id = :id").setParameter("id", id). Map identifiers (sort columns) through an allow-list.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: METHODS } } },
  check(node, ctx) {
    const recv = receiver(node)
    const a = args(node)
    const query = a[0]
    if (!recv || !query) return false
    if (query.kind() === 'lambda_expression' || query.kind() === 'method_reference') return false
    if (isConstantCode(query, ctx)) return false
    const recvText = recv.text().replace(/\s+/g, '')
    const typed = DB_NAME.test(recvText) || /getConnection\(\)|createStatement\(\)|DSL\.using\(/.test(recvText) || DB_TYPE.test(receiverType(recv, ctx) ?? '')
    const text = sqlText(query, ctx)
    if (!typed && !SQL_WORDS.test(text)) return false
    // `execute(runnable)` and friends on executors: the argument must be a string-like value.
    if (!typed && text === '') return false
    if (!untrustedString(query, ctx)) return false
    if (allowListed(node, query, ctx)) return false
    return { data: { CALL: `${recvText.replace(/\(.*$/s, '')}.${callName(node)}` } }
  },
})
