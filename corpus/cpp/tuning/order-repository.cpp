// Order persistence for the checkout service (libpqxx).
#include <pqxx/pqxx>

#include <cstdlib>
#include <string>
#include <vector>

namespace checkout {

// expect: crypto.secrets
static const std::string kDbPassword = "Ch3ck0ut-Prod-2024!";

static std::string connection_string()
{
    // ok: crypto.secrets
    const char* pw = std::getenv("CHECKOUT_DB_PASSWORD");
    // ok: crypto.secrets
    return std::string("host=pg-checkout dbname=orders user=checkout password=") + (pw ? pw : kDbPassword);
}

struct OrderLine {
    long long order_id;
    std::string sku;
    int quantity;
};

class OrderRepository {
public:
    OrderRepository() : conn_(connection_string()) {}

    std::vector<OrderLine> linesForOrder(long long order_id)
    {
        pqxx::work tx(conn_);
        // ok: injection.sql
        pqxx::result r = tx.exec_params("SELECT order_id, sku, quantity FROM order_lines WHERE order_id = $1",
                                        order_id);
        std::vector<OrderLine> lines;
        for (const auto& row : r)
            lines.push_back({row[0].as<long long>(), row[1].as<std::string>(), row[2].as<int>()});
        return lines;
    }

    std::vector<long long> ordersForCustomer(const std::string& email, const std::string& status)
    {
        pqxx::work tx(conn_);
        std::string q = "SELECT id FROM orders WHERE customer_email = '" + email + "'";
        if (!status.empty())
            q += " AND status = '" + status + "'";
        // expect: injection.sql
        pqxx::result r = tx.exec(q);
        std::vector<long long> ids;
        for (const auto& row : r)
            ids.push_back(row[0].as<long long>());
        return ids;
    }

    void cancel(long long order_id, const std::string& reason)
    {
        pqxx::work tx(conn_);
        tx.exec_params("UPDATE orders SET status = 'cancelled', cancel_reason = $2 WHERE id = $1",
                       order_id, reason);
        tx.commit();
    }

    void archiveOld()
    {
        pqxx::work tx(conn_);
        // ok: injection.sql
        tx.exec("INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < now() - interval '365 days'");
        tx.commit();
    }

private:
    pqxx::connection conn_;
};

}  // namespace checkout
