// Parses the agent's TOML-ish configuration file (sections, key = value).
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>

class Config {
public:
    static Config load(const std::string& path)
    {
        // ok: sandbox.fs
        std::ifstream in(path);
        if (!in)
            throw std::runtime_error("cannot open " + path);

        // ok: resource.limits
        static const std::regex kSection(R"(^\s*\[([A-Za-z0-9_.-]+)\]\s*$)");
        static const std::regex kPair(R"re(^\s*([A-Za-z0-9_]+)\s*=\s*"?([^"]*)"?\s*$)re");

        Config cfg;
        std::string section;
        std::string line;
        std::smatch m;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            if (std::regex_match(line, m, kSection))
                section = m[1];
            else if (std::regex_match(line, m, kPair))
                cfg.values_[section.empty() ? m[1].str() : section + "." + m[1].str()] = m[2];
        }
        return cfg;
    }

    std::optional<std::string> get(const std::string& key) const
    {
        std::string env_name = "AGENT_" + key;
        for (char& c : env_name)
            c = (c == '.') ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        // ok: memory.null
        if (const char* v = std::getenv(env_name.c_str()))
            return std::string(v);
        auto it = values_.find(key);
        if (it == values_.end())
            return std::nullopt;
        return it->second;
    }

    int get_int(const std::string& key, int fallback) const
    {
        auto v = get(key);
        if (!v)
            return fallback;
        try {
            return std::stoi(*v);
        } catch (const std::exception&) {
            return fallback;
        }
    }

private:
    std::map<std::string, std::string> values_;
};
