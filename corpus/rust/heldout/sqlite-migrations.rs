use rusqlite::Connection;

/// Ordered schema migrations; index + 1 is the schema version.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
    "CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), expires_at TEXT NOT NULL)",
    "CREATE INDEX idx_sessions_account ON sessions(account_id)",
    "ALTER TABLE accounts ADD COLUMN display_name TEXT",
];

fn current_version(conn: &Connection) -> rusqlite::Result<usize> {
    // ok: injection.sql
    conn.query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))
        .map(|v| v as usize)
}

pub fn migrate(conn: &mut Connection) -> rusqlite::Result<usize> {
    let start = current_version(conn)?;
    let mut applied = 0;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(start) {
        log::info!("applying migration {}", index + 1);
        let tx = conn.transaction()?;
        // ok: injection.sql
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (index + 1) as i64)?;
        tx.commit()?;
        applied += 1;
    }
    Ok(applied)
}

pub fn record_account(conn: &Connection, email: &str, now: &str) -> rusqlite::Result<i64> {
    // ok: injection.sql
    conn.execute(
        "INSERT INTO accounts (email, created_at) VALUES (?1, ?2)",
        (email, now),
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn table_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
    let names = stmt.query_map([], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
    Ok(names)
}
