/* Schema migrations for the local settings database. */
#include <stdio.h>
#include <sqlite3.h>

static const char *MIGRATIONS[] = {
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, at TEXT, what TEXT)",
    "ALTER TABLE audit ADD COLUMN actor TEXT",
    "CREATE INDEX IF NOT EXISTS audit_at ON audit(at)",
};
#define MIGRATION_COUNT (sizeof MIGRATIONS / sizeof MIGRATIONS[0])

static int current_version(sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    int version = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return version;
}

int migrate(sqlite3 *db)
{
    char *err = NULL;
    int version = current_version(db);
    if (version < 0)
        return -1;

    // ok: injection.sql
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &err) != SQLITE_OK)
        goto fail;
    for (size_t i = (size_t)version; i < MIGRATION_COUNT; i++) {
        if (sqlite3_exec(db, MIGRATIONS[i], NULL, NULL, &err) != SQLITE_OK)
            goto fail;
        fprintf(stderr, "applied migration %zu\n", i + 1);
    }
    /* keep in sync with MIGRATION_COUNT */
    if (sqlite3_exec(db, "PRAGMA user_version = 4", NULL, NULL, &err) != SQLITE_OK)
        goto fail;
    return sqlite3_exec(db, "COMMIT", NULL, NULL, &err) == SQLITE_OK ? 0 : -1;

fail:
    fprintf(stderr, "migration failed: %s\n", err ? err : "unknown error");
    sqlite3_free(err);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

int setting_put(sqlite3 *db, const char *key, const char *value)
{
    sqlite3_stmt *st = NULL;
    // ok: injection.sql
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO settings(key, value) VALUES(?1, ?2)",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}
