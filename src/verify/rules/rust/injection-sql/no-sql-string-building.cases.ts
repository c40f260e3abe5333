import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'async fn find(pool: &sqlx::PgPool, name: &str) {\n    let rows = sqlx::query("SELECT * FROM users WHERE name = $1")\n        .bind(name)\n        .fetch_all(pool)\n        .await;\n}',
    'use rusqlite::{params, Connection};\nfn add(conn: &Connection, name: &str) {\n    conn.execute("INSERT INTO t (name) VALUES (?1)", params![name]).unwrap();\n}',
    'fn sorted(conn: &rusqlite::Connection, sort: &str) {\n    let col = match sort {\n        "name" => "name",\n        _ => "id",\n    };\n    let sql = format!("SELECT * FROM users ORDER BY {}", col);\n    conn.prepare(&sql).unwrap();\n}',
    '// sqlx::query(&format!("... {}", name)) is injection\nfn f() -> &\'static str {\n    "SELECT * FROM users WHERE name = \'{}\'"\n}',
    'fn run(pool: &rayon::ThreadPool, job: Job) {\n    pool.execute(job);\n}',
    'async fn page(pool: &sqlx::PgPool, limit: i64) {\n    let sql = format!("SELECT * FROM posts LIMIT {}", limit);\n    sqlx::query(&sql).fetch_all(pool).await;\n}',
  ],
  invalid: [
    { code: 'async fn find(pool: &sqlx::PgPool, name: &str) {\n    let sql = format!("SELECT * FROM users WHERE name = \'{}\'", name);\n    let rows = sqlx::query(&sql).fetch_all(pool).await;\n}', line: 3 },
    { code: 'use rusqlite::Connection;\nfn delete(conn: &Connection, id: &str) {\n    conn.execute(&format!("DELETE FROM items WHERE id = {}", id), []).unwrap();\n}', line: 3 },
    { code: 'use axum::extract::Query;\nasync fn search(Query(q): Query<Search>, client: tokio_postgres::Client) {\n    let mut sql = String::from("SELECT * FROM products WHERE title LIKE \'%");\n    sql.push_str(&q.term);\n    sql.push_str("%\'");\n    let rows = client.query(sql.as_str(), &[]).await.unwrap();\n}', line: 6 },
    { code: 'fn report(conn: &mut diesel::PgConnection, table: String) {\n    diesel::sql_query(format!("SELECT COUNT(*) FROM {}", table))\n        .execute(conn)\n        .unwrap();\n}', line: 2 },
  ],
})
