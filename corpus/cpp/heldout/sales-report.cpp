// Monthly sales report generator (MySQL Connector/C++).
#include <mysql_driver.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <iostream>
#include <memory>
#include <set>
#include <string>

namespace reports {

std::unique_ptr<sql::Connection> connect_reporting()
{
    sql::mysql::MySQL_Driver* driver = sql::mysql::get_mysql_driver_instance();
    std::unique_ptr<sql::Connection> conn(
        // expect: crypto.secrets
        driver->connect("tcp://reporting-db:3306", "report_ro", "R3p0rt!ng-ro-2024"));
    conn->setSchema("sales");
    return conn;
}

void print_region_totals(sql::Connection& conn, const std::string& region, const std::string& month)
{
    std::unique_ptr<sql::Statement> stmt(conn.createStatement());
    // expect: injection.sql
    std::unique_ptr<sql::ResultSet> rs(stmt->executeQuery(
        "SELECT store, SUM(amount) AS total FROM sales WHERE region = '" + region +
        "' AND month = '" + month + "' GROUP BY store"));
    while (rs->next())
        std::cout << rs->getString("store") << '\t' << rs->getDouble("total") << '\n';
}

void print_top_products(sql::Connection& conn, const std::string& month, int limit)
{
    std::unique_ptr<sql::PreparedStatement> ps(conn.prepareStatement(
        "SELECT sku, SUM(qty) AS units FROM sales WHERE month = ? GROUP BY sku ORDER BY units DESC LIMIT ?"));
    ps->setString(1, month);
    ps->setInt(2, limit);
    // ok: injection.sql
    std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
    while (rs->next())
        std::cout << rs->getString("sku") << '\t' << rs->getInt64("units") << '\n';
}

void print_sorted(sql::Connection& conn, const std::string& sort_column)
{
    static const std::set<std::string> allowed = {"store", "region", "amount"};
    const std::string column = allowed.count(sort_column) ? sort_column : "store";
    std::unique_ptr<sql::Statement> stmt(conn.createStatement());
    // ok: injection.sql
    std::unique_ptr<sql::ResultSet> rs(stmt->executeQuery("SELECT store, region, amount FROM sales ORDER BY " + column));
    while (rs->next())
        std::cout << rs->getString(1) << '\n';
}

void purge_month(sql::Connection& conn, int year, int month)
{
    std::unique_ptr<sql::Statement> stmt(conn.createStatement());
    // expect: injection.sql
    stmt->execute("DELETE FROM sales_staging WHERE year = " + std::to_string(year) +
                  " AND month = " + std::to_string(month));
}

}  // namespace reports
