// Local SQLite cache of feature flags fetched from the flag service.
#include <sqlite3.h>

#include <optional>
#include <stdexcept>
#include <string>

class FlagCache {
public:
    explicit FlagCache(const std::string& path)
    {
        // ok: sandbox.fs
        if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK)
            throw std::runtime_error("cannot open flag cache");
        // ok: injection.sql
        sqlite3_exec(db_, "CREATE TABLE IF NOT EXISTS flags(name TEXT PRIMARY KEY, value TEXT, env TEXT)",
                     nullptr, nullptr, nullptr);
    }
    ~FlagCache() { sqlite3_close(db_); }

    void put(const std::string& env, const std::string& name, const std::string& value)
    {
        std::string sql = "INSERT OR REPLACE INTO flags(name, value, env) VALUES('" + name + "', '" + value +
                          "', '" + env + "')";
        // expect: injection.sql
        sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    }

    std::optional<std::string> get(const std::string& env, const std::string& name)
    {
        sqlite3_stmt* st = nullptr;
        // ok: injection.sql
        sqlite3_prepare_v2(db_, "SELECT value FROM flags WHERE env = ?1 AND name = ?2", -1, &st, nullptr);
        sqlite3_bind_text(st, 1, env.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, name.c_str(), -1, SQLITE_TRANSIENT);
        std::optional<std::string> out;
        if (sqlite3_step(st) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return out;
    }

    void clearEnvironment(const std::string& env)
    {
        const std::string sql = "DELETE FROM flags WHERE env = '" + env + "'";
        char* err = nullptr;
        // expect: injection.sql
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "?";
            sqlite3_free(err);
            throw std::runtime_error(msg);
        }
    }

private:
    sqlite3* db_ = nullptr;
};
