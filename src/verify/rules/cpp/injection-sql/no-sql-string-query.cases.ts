import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(pqxx::work &txn, int id) { txn.exec_params("SELECT * FROM users WHERE id = $1", id); }',
    'void f(sql::Connection *c, const std::string &name) { std::unique_ptr<sql::PreparedStatement> st(c->prepareStatement("SELECT * FROM users WHERE name = ?")); st->setString(1, name); st->executeQuery(); }',
    'void f(SQLite::Database &db) { db.exec("DELETE FROM cache"); }',
    'void f(TaskRunner &r, const std::string &cmd) { r.execute(cmd); }',
    'void f(pqxx::work &txn, int id) { txn.exec("SELECT * FROM t WHERE id = " + std::to_string(id)); }',
    'void f(soci::session &sql, const std::string &name) { sql << "SELECT id FROM t WHERE name = :n", soci::use(name); }',
  ],
  invalid: [
    { code: 'void f(pqxx::work &txn, const std::string &name) {\n  txn.exec("SELECT * FROM users WHERE name = \'" + name + "\'");\n}', line: 2 },
    { code: 'void f(sql::Statement *st, const std::string &id) {\n  std::string q = "DELETE FROM orders WHERE id = " + id;\n  st->execute(q);\n}', line: 3 },
    { code: 'void f(SQLite::Database &db, const std::string &tag) {\n  std::ostringstream os;\n  os << "SELECT * FROM posts WHERE tag = \'" << tag << "\'";\n  SQLite::Statement q(db, os.str());\n}', line: 4 },
    { code: 'void f(const QString &user) {\n  QSqlQuery q;\n  q.exec("SELECT * FROM accounts WHERE login = \'" + user + "\'");\n}', line: 3 },
  ],
})
