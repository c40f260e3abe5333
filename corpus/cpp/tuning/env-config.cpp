// Builds service settings from the container environment.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

struct ServiceSettings {
    std::string listen_addr;
    std::string data_dir;
    int workers = 4;
    bool debug = false;
};

static std::string env_or(const char* name, const std::string& fallback)
{
    // ok: memory.null
    const char* v = std::getenv(name);
    return v != nullptr ? std::string(v) : fallback;
}

ServiceSettings settings_from_env()
{
    ServiceSettings s;
    s.listen_addr = env_or("LISTEN_ADDR", "0.0.0.0:8080");

    const char* home = std::getenv("SERVICE_HOME");
    // expect: memory.null
    if (std::strlen(home) > 0)
        s.data_dir = std::string(home) + "/data";
    else
        s.data_dir = "/var/lib/service";

    // ok: memory.init
    const char* workers = std::getenv("WORKERS");
    if (workers && *workers)
        s.workers = std::atoi(workers);

    const char* debug = std::getenv("DEBUG");
    // expect: memory.null
    s.debug = debug[0] == '1' || std::strcmp(debug, "true") == 0;
    return s;
}

void print_settings(const ServiceSettings& s)
{
    std::cout << "listen=" << s.listen_addr << " data=" << s.data_dir
              << " workers=" << s.workers << " debug=" << std::boolalpha << s.debug << '\n';
}

char* copy_hostname()
{
    const char* host = std::getenv("HOSTNAME");
    if (host == nullptr)
        host = "localhost";
    // ok: memory.null
    return strdup(host);
}
