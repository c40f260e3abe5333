package db

import (
	"context"
	"database/sql"
	"fmt"
	"log"
)

// migrations are applied in order; index+1 is the schema version.
var migrations = []string{
	`CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`,
	`CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), expires_at TEXT NOT NULL)`,
	`CREATE INDEX idx_sessions_account ON sessions(account_id)`,
	`ALTER TABLE accounts ADD COLUMN display_name TEXT`,
}

func currentVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	// ok: injection.sql
	err := db.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&v)
	return v, err
}

// Migrate applies all pending migrations, each in its own transaction.
func Migrate(ctx context.Context, db *sql.DB) (int, error) {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return 0, err
	}
	start, err := currentVersion(ctx, db)
	if err != nil {
		return 0, err
	}
	applied := 0
	for i := start; i < len(migrations); i++ {
		log.Printf("applying migration %d", i+1)
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return applied, err
		}
		// ok: injection.sql
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return applied, fmt.Errorf("migration %d: %w", i+1, err)
		}
		// ok: injection.sql
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_version (version) VALUES (?)", i+1); err != nil {
			tx.Rollback()
			return applied, err
		}
		if err := tx.Commit(); err != nil {
			return applied, err
		}
		applied++
	}
	return applied, nil
}
