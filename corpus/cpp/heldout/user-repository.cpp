// SQLite-backed user repository for the desktop sync client.
#include <sqlite3.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct User {
    long long id = 0;
    std::string login;
    std::string display_name;
};

class UserRepository {
public:
    explicit UserRepository(sqlite3* db) : db_(db) {}

    std::optional<User> findByLogin(const std::string& login)
    {
        sqlite3_stmt* stmt = nullptr;
        // ok: injection.sql
        if (sqlite3_prepare_v2(db_, "SELECT id, login, display_name FROM users WHERE login = ?1",
                               -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
        sqlite3_bind_text(stmt, 1, login.c_str(), -1, SQLITE_TRANSIENT);
        std::optional<User> result;
        if (sqlite3_step(stmt) == SQLITE_ROW)
            result = readRow(stmt);
        sqlite3_finalize(stmt);
        return result;
    }

    std::vector<User> search(const std::string& term)
    {
        std::vector<User> out;
        std::string sql = "SELECT id, login, display_name FROM users WHERE display_name LIKE '%" + term + "%'";
        // expect: injection.sql
        sqlite3_exec(db_, sql.c_str(), &UserRepository::collect, &out, nullptr);
        return out;
    }

    void rename(long long id, const std::string& display_name)
    {
        const std::string sql = "UPDATE users SET display_name = '" + display_name +
                                "' WHERE id = " + std::to_string(id);
        char* err = nullptr;
        // expect: injection.sql
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "unknown";
            sqlite3_free(err);
            throw std::runtime_error(msg);
        }
    }

    void vacuum()
    {
        // ok: injection.sql
        sqlite3_exec(db_, "VACUUM", nullptr, nullptr, nullptr);
    }

private:
    static User readRow(sqlite3_stmt* stmt)
    {
        User u;
        u.id = sqlite3_column_int64(stmt, 0);
        u.login = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        u.display_name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2));
        return u;
    }

    static int collect(void* ctx, int ncols, char** values, char** /*names*/)
    {
        auto* out = static_cast<std::vector<User>*>(ctx);
        if (ncols >= 3)
            out->push_back(User{std::stoll(values[0]), values[1] ? values[1] : "", values[2] ? values[2] : ""});
        return 0;
    }

    sqlite3* db_;
};
