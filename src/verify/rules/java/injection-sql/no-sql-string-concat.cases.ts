import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.sql.*;\nclass A {\n  ResultSet f(Connection conn, String name) throws Exception {\n    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");\n    ps.setString(1, name);\n    return ps.executeQuery();\n  }\n}',
    'import java.sql.*;\nclass A {\n  ResultSet f(Statement stmt) throws Exception {\n    return stmt.executeQuery("SELECT COUNT(*) FROM users");\n  }\n}',
    'import java.sql.*;\nclass A {\n  ResultSet f(Statement stmt, int id) throws Exception {\n    return stmt.executeQuery("SELECT * FROM users WHERE id = " + id);\n  }\n}',
    'import java.util.concurrent.*;\nclass A {\n  void f(Executor executor, Runnable task) {\n    executor.execute(task);\n  }\n}',
    '// stmt.executeQuery("SELECT * FROM t WHERE a = " + a) is injection\nclass A { String s = "stmt.executeQuery(q + name)"; }',
    'import java.sql.*;\nimport java.util.Set;\nclass A {\n  static final Set<String> COLUMNS = Set.of("name", "email");\n  ResultSet f(Statement stmt, String sort) throws Exception {\n    if (!COLUMNS.contains(sort)) {\n      throw new IllegalArgumentException(sort);\n    }\n    return stmt.executeQuery("SELECT * FROM users ORDER BY " + sort);\n  }\n}',
    'import java.util.*;\nclass A {\n  List<Map<String, Object>> f(org.springframework.jdbc.core.JdbcTemplate jdbc, String status) {\n    StringBuilder sql = new StringBuilder("SELECT * FROM orders WHERE 1=1");\n    sql.append(" AND status = ?");\n    return jdbc.queryForList(sql.toString(), status);\n  }\n}',
  ],
  invalid: [
    { code: 'import java.sql.*;\nclass A {\n  ResultSet f(Connection conn, String name) throws Exception {\n    Statement st = conn.createStatement();\n    return st.executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");\n  }\n}', line: 5 },
    {
      code: 'import java.sql.*;\nclass A {\n  void f(Connection conn, javax.servlet.http.HttpServletRequest req) throws Exception {\n    String sql = String.format("DELETE FROM sessions WHERE token = \'%s\'", req.getParameter("t"));\n    PreparedStatement ps = conn.prepareStatement(sql);\n  }\n}',
      line: 5,
    },
    {
      code: 'import org.springframework.jdbc.core.JdbcTemplate;\nclass A {\n  private JdbcTemplate jdbcTemplate;\n  Object f(String email) {\n    return jdbcTemplate.queryForMap("SELECT * FROM users WHERE email = \'" + email + "\'");\n  }\n}',
      line: 5,
    },
    { code: 'import javax.persistence.EntityManager;\nclass A {\n  Object f(EntityManager em, String q) {\n    return em.createQuery("FROM Product p WHERE p.name LIKE \'%" + q + "%\'").getResultList();\n  }\n}', line: 4 },
    {
      code: 'import java.sql.*;\nclass A {\n  ResultSet f(Statement stmt, String name, String city) throws Exception {\n    String sql = "SELECT * FROM users WHERE 1=1";\n    if (city != null) {\n      sql += " AND city = \'" + city + "\'";\n    }\n    return stmt.executeQuery(sql);\n  }\n}',
      line: 8,
    },
    {
      code: 'import java.sql.*;\nclass A {\n  ResultSet f(Statement stmt, String name) throws Exception {\n    StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE name = \'");\n    sb.append(name).append("\'");\n    return stmt.executeQuery(sb.toString());\n  }\n}',
      line: 6,
    },
  ],
})
