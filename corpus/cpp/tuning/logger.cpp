// Process-wide logger with printf-style helpers and an audit channel to syslog.
#include <syslog.h>

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace util {

enum class Level { Debug, Info, Warn, Error };

class Logger {
public:
    static Logger& instance()
    {
        static Logger logger;
        return logger;
    }

    void log(Level level, const char* fmt, ...)
    {
        char message[2048];
        va_list ap;
        va_start(ap, fmt);
        // expect: memory.format
        std::vsnprintf(message, sizeof message, fmt, ap);
        va_end(ap);
        write(level, message);
    }

    void audit(const std::string& who, const std::string& action)
    {
        std::string line = who + " " + action;
        // expect: memory.format
        syslog(LOG_AUTHPRIV | LOG_NOTICE, line.c_str());
        // ok: memory.format
        syslog(LOG_AUTHPRIV | LOG_INFO, "audit %s", line.c_str());
    }

    void raw(const std::string& text)
    {
        std::lock_guard<std::mutex> lock(mu_);
        // ok: memory.format
        std::fputs(text.c_str(), stderr);
    }

private:
    Logger() { openlog("svc", LOG_PID, LOG_DAEMON); }

    void write(Level level, const char* message)
    {
        static const char* names[] = {"DEBUG", "INFO", "WARN", "ERROR"};
        char stamp[32];
        std::time_t now = std::time(nullptr);
        std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", std::gmtime(&now));
        std::lock_guard<std::mutex> lock(mu_);
        // ok: memory.format
        std::fprintf(stderr, "%s %-5s %s\n", stamp, names[static_cast<int>(level) & 3], message);
    }

    std::mutex mu_;
};

void log_request(const std::string& method, const std::string& path, int status)
{
    Logger::instance().log(Level::Info, "%s %s -> %d", method.c_str(), path.c_str(), status);
}

void log_client_error(const std::string& client_message)
{
    Logger::instance().raw("client error: ");
    // expect: memory.format
    std::fprintf(stderr, client_message.c_str());
}

}  // namespace util
