// Append-only audit trail written as JSON lines to a fixed location.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <mutex>
#include <string>

namespace audit {

static std::string json_escape(const std::string& s)
{
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

class Trail {
public:
    // ok: sandbox.fs
    Trail() : out_("/var/log/app/audit.jsonl", std::ios::app) {}

    void record(const std::string& actor, const std::string& action, const std::string& target)
    {
        const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%FT%TZ", std::gmtime(&now));
        std::lock_guard<std::mutex> lock(mu_);
        out_ << "{\"at\":\"" << stamp << "\",\"actor\":\"" << json_escape(actor)
             << "\",\"action\":\"" << json_escape(action) << "\",\"target\":\"" << json_escape(target)
             << "\"}\n";
        out_.flush();
    }

    void note(const std::string& text)
    {
        std::lock_guard<std::mutex> lock(mu_);
        // ok: memory.format
        std::fprintf(stderr, "audit note: %s\n", text.c_str());
    }

private:
    std::mutex mu_;
    std::ofstream out_;
};

Trail& trail()
{
    static Trail t;
    return t;
}

}  // namespace audit
