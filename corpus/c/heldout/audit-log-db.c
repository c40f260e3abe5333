/* Audit trail persistence (PostgreSQL via libpq). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <postgresql/libpq-fe.h>

struct audit_db {
    PGconn *conn;
};

int audit_open(struct audit_db *db)
{
    const char *dsn = getenv("AUDIT_DSN");
    // ok: crypto.secrets
    const char *password = getenv("AUDIT_DB_PASSWORD");
    char conninfo[512];
    snprintf(conninfo, sizeof conninfo, "%s password=%s", dsn ? dsn : "dbname=audit", password ? password : "");
    db->conn = PQconnectdb(conninfo);
    return PQstatus(db->conn) == CONNECTION_OK ? 0 : -1;
}

int audit_record(struct audit_db *db, const char *actor, const char *action, const char *target)
{
    const char *params[3] = { actor, action, target };
    // ok: injection.sql
    PGresult *res = PQexecParams(db->conn,
                                 "INSERT INTO audit_log(actor, action, target, at) VALUES ($1, $2, $3, now())",
                                 3, NULL, params, NULL, NULL, 0);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    return ok ? 0 : -1;
}

int audit_search(struct audit_db *db, const char *actor, const char *since)
{
    char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT at, action, target FROM audit_log WHERE actor = '%s' AND at >= '%s' ORDER BY at",
             actor, since);
    // expect: injection.sql
    PGresult *res = PQexec(db->conn, sql);
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        fprintf(stderr, "audit search: %s", PQerrorMessage(db->conn));
        PQclear(res);
        return -1;
    }
    for (int i = 0; i < PQntuples(res); i++)
        printf("%s %s %s\n", PQgetvalue(res, i, 0), PQgetvalue(res, i, 1), PQgetvalue(res, i, 2));
    PQclear(res);
    return 0;
}

int audit_purge(struct audit_db *db, const char *table_suffix, int days)
{
    char sql[256];
    snprintf(sql, sizeof sql, "DELETE FROM audit_log_%s WHERE at < now() - interval '%d days'",
             table_suffix, days);
    // expect: injection.sql
    PGresult *res = PQexec(db->conn, sql);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    return ok ? 0 : -1;
}

void audit_close(struct audit_db *db)
{
    PQfinish(db->conn);
    db->conn = NULL;
}
