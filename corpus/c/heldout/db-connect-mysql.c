/* Inventory service: MySQL connection and stock queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <mysql/mysql.h>

#define DB_HOST "db.internal"
#define DB_USER "inventory"
#define DB_NAME "inventory"

MYSQL *inventory_connect(void)
{
    MYSQL *conn = mysql_init(NULL);
    if (conn == NULL)
        return NULL;

    const char *pass = getenv("INVENTORY_DB_PASS");
    // expect: crypto.secrets
    if (!mysql_real_connect(conn, DB_HOST, DB_USER, pass ? pass : "Inv3ntory!2023",
                            DB_NAME, 3306, NULL, 0)) {
        fprintf(stderr, "mysql: %s\n", mysql_error(conn));
        mysql_close(conn);
        return NULL;
    }
    return conn;
}

int stock_for_sku(MYSQL *conn, const char *sku, long *qty)
{
    char query[256];
    snprintf(query, sizeof query,
             "SELECT quantity FROM stock WHERE sku = '%s'", sku);

    // expect: injection.sql
    if (mysql_query(conn, query) != 0)
        return -1;
    MYSQL_RES *res = mysql_store_result(conn);
    if (res == NULL)
        return -1;
    MYSQL_ROW row = mysql_fetch_row(res);
    *qty = (row && row[0]) ? atol(row[0]) : 0;
    mysql_free_result(res);
    return 0;
}

int stock_low_report(MYSQL *conn)
{
    // ok: injection.sql
    if (mysql_query(conn, "SELECT sku, quantity FROM stock WHERE quantity < reorder_level") != 0)
        return -1;
    MYSQL_RES *res = mysql_store_result(conn);
    if (res == NULL)
        return -1;
    MYSQL_ROW row;
    while ((row = mysql_fetch_row(res)) != NULL)
        printf("%-16s %s\n", row[0], row[1]);
    mysql_free_result(res);
    return 0;
}
