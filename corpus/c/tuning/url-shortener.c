/* Link shortener storage layer (SQLite). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#define SLUG_LEN 7

static const char SLUG_CHARS[] = "abcdefghijkmnpqrstuvwxyz23456789";

void make_slug(char out[SLUG_LEN + 1])
{
    for (int i = 0; i < SLUG_LEN; i++) {
        // ok: crypto.random
        int r = rand();
        out[i] = SLUG_CHARS[r % (int)(sizeof SLUG_CHARS - 1)];
    }
    out[SLUG_LEN] = '\0';
}

int link_create(sqlite3 *db, const char *target_url, char slug_out[SLUG_LEN + 1])
{
    sqlite3_stmt *st = NULL;
    make_slug(slug_out);
    // ok: injection.sql
    if (sqlite3_prepare_v2(db, "INSERT INTO links(slug, target, hits) VALUES(?, ?, 0)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, slug_out, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, target_url, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int copy_target(void *ctx, int n, char **vals, char **names)
{
    (void)names;
    if (n > 0 && vals[0])
        snprintf((char *)ctx, 1024, "%s", vals[0]);
    return 0;
}

int link_resolve(sqlite3 *db, const char *slug, char target[1024])
{
    char sql[256];
    char *err = NULL;

    target[0] = '\0';
    snprintf(sql, sizeof sql, "UPDATE links SET hits = hits + 1 WHERE slug = '%s';"
                              "SELECT target FROM links WHERE slug = '%s'", slug, slug);
    // expect: injection.sql
    if (sqlite3_exec(db, sql, copy_target, target, &err) != SQLITE_OK) {
        fprintf(stderr, "resolve %s: %s\n", slug, err);
        sqlite3_free(err);
        return -1;
    }
    return target[0] ? 0 : 1;
}

int link_stats(sqlite3 *db, const char *order_by, int desc)
{
    const char *column = strcmp(order_by, "hits") == 0 ? "hits" : "slug";
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT slug, hits FROM links ORDER BY %s %s LIMIT 20",
             column, desc ? "DESC" : "ASC");
    // ok: injection.sql
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}
