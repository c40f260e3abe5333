/* User data access helpers on top of SQLite. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

struct user {
    long id;
    char email[128];
    char name[64];
};

static int row_to_user(void *ctx, int ncols, char **vals, char **cols)
{
    struct user *u = ctx;
    (void)cols;
    if (ncols < 3)
        return 1;
    u->id = vals[0] ? atol(vals[0]) : 0;
    snprintf(u->email, sizeof u->email, "%s", vals[1] ? vals[1] : "");
    snprintf(u->name, sizeof u->name, "%s", vals[2] ? vals[2] : "");
    return 0;
}

int user_find_by_email(sqlite3 *db, const char *email, struct user *out)
{
    char sql[512];
    char *err = NULL;

    snprintf(sql, sizeof sql,
             "SELECT id, email, name FROM users WHERE email = '%s' LIMIT 1", email);
    memset(out, 0, sizeof *out);
    // expect: injection.sql
    int rc = sqlite3_exec(db, sql, row_to_user, out, &err);
    if (rc != SQLITE_OK) {
        fprintf(stderr, "lookup failed: %s\n", err ? err : "?");
        sqlite3_free(err);
        return -1;
    }
    return out->id != 0 ? 0 : 1;
}

int user_find_by_id(sqlite3 *db, long id, struct user *out)
{
    sqlite3_stmt *stmt = NULL;
    const char *sql = "SELECT id, email, name FROM users WHERE id = ?";

    // ok: injection.sql
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(stmt, 1, id);

    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(stmt, 0);
        snprintf(out->email, sizeof out->email, "%s", (const char *)sqlite3_column_text(stmt, 1));
        snprintf(out->name, sizeof out->name, "%s", (const char *)sqlite3_column_text(stmt, 2));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW ? 0 : 1;
}

int user_delete(sqlite3 *db, long id)
{
    char sql[128];
    snprintf(sql, sizeof sql, "DELETE FROM users WHERE id = %ld", id);
    // expect: injection.sql
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

int user_purge_inactive(sqlite3 *db)
{
    // ok: injection.sql
    return sqlite3_exec(db,
                        "DELETE FROM users WHERE last_login < date('now', '-2 years')",
                        NULL, NULL, NULL);
}
