use rusqlite::{params, Connection};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

const EXPORT_DIR: &str = "/srv/exports";

pub struct Exporter {
    conn: Connection,
}

impl Exporter {
    pub fn open(db_path: &str) -> rusqlite::Result<Self> {
        Ok(Self { conn: Connection::open(db_path)? })
    }

    /// Writes one CSV per report; `file_name` comes from the job definition.
    pub fn export(&self, report_id: i64, file_name: &str) -> Result<usize, Box<dyn std::error::Error>> {
        let mut stmt = self
            .conn
            // ok: injection.sql
            .prepare("SELECT label, amount FROM report_rows WHERE report_id = ?1 ORDER BY label")?;
        let rows = stmt.query_map(params![report_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
        })?;

        // expect: sandbox.fs
        let out = File::create(Path::new(EXPORT_DIR).join(file_name))?;
        let mut writer = BufWriter::new(out);
        writeln!(writer, "label,amount")?;
        let mut count = 0;
        for row in rows {
            let (label, amount) = row?;
            writeln!(writer, "{},{:.2}", label.replace(',', " "), amount)?;
            count += 1;
        }
        writer.flush()?;
        Ok(count)
    }

    /// Drops the scratch table of a finished job.
    pub fn purge(&self, table: &str, older_than_days: u32) -> rusqlite::Result<usize> {
        let sql = format!(
            "DELETE FROM {} WHERE created_at < date('now', '-{} days')",
            table, older_than_days
        );
        // expect: injection.sql
        self.conn.execute(&sql, [])
    }
}
