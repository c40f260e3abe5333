import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(sqlite3 *db) { sqlite3_exec(db, "DELETE FROM sessions WHERE expired = 1", NULL, NULL, NULL); }',
    'void f(sqlite3 *db, const char *name) { sqlite3_stmt *st; sqlite3_prepare_v2(db, "SELECT id FROM users WHERE name = ?", -1, &st, NULL); sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT); }',
    'void f(MYSQL *c, int id) { char q[128]; snprintf(q, sizeof q, "SELECT * FROM orders WHERE id = %d", id); mysql_query(c, q); }',
    'void f(sqlite3 *db, const char *name) { char *q = sqlite3_mprintf("SELECT * FROM t WHERE name = %Q", name); sqlite3_exec(db, q, NULL, NULL, NULL); sqlite3_free(q); }',
    'int run_sql(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, NULL, NULL, NULL); }',
    'void f(struct repo *r, const char *name) { r->mysql_query(name); /* mysql_query(c, name) */ }',
  ],
  invalid: [
    { code: 'void f(sqlite3 *db, const char *name) {\n  char sql[256];\n  snprintf(sql, sizeof sql, "SELECT * FROM users WHERE name = \'%s\'", name);\n  sqlite3_exec(db, sql, NULL, NULL, NULL);\n}', line: 4 },
    { code: 'int main(int argc, char **argv) {\n  MYSQL *c = mysql_init(NULL);\n  char q[512] = "DELETE FROM items WHERE owner = \'";\n  strcat(q, argv[1]);\n  strcat(q, "\'");\n  return mysql_query(c, q);\n}', line: 6 },
    { code: 'void f(PGconn *c, const std::string &user) {\n  std::string q = "SELECT * FROM accounts WHERE login = \'" + user + "\'";\n  PQexec(c, q.c_str());\n}', line: 3, lang: 'cpp' },
    { code: 'void f(sqlite3 *db, const char *name) {\n  char *q = sqlite3_mprintf("SELECT * FROM t WHERE name = \'%s\'", name);\n  sqlite3_exec(db, q, NULL, NULL, NULL);\n}', line: 3 },
  ],
})
