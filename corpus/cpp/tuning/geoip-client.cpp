// Geo lookup for login events, backed by the internal geo service and an optional custom resolver.
#include <httplib.h>

#include <curl/curl.h>

#include <string>

namespace geo {

static size_t collect(char* p, size_t s, size_t n, void* out)
{
    static_cast<std::string*>(out)->append(p, s * n);
    return s * n;
}

static std::string http_get(CURL* curl, const std::string& url)
{
    std::string body;
    // ok: sandbox.net
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 3L);
    // expect: crypto.tls
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    return curl_easy_perform(curl) == CURLE_OK ? body : std::string();
}

void register_routes(httplib::Server& server)
{
    server.Get("/geo", [](const httplib::Request& req, httplib::Response& res) {
        const std::string ip = req.get_param_value("ip");
        CURL* curl = curl_easy_init();
        if (!curl) {
            res.status = 500;
            return;
        }
        std::string url = "https://geo.internal.example.com/v2/lookup?ip=" + ip;
        std::string body;
        // ok: sandbox.net
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_perform(curl);
        curl_easy_cleanup(curl);
        res.set_content(body, "application/json");
    });

    server.Get("/geo/custom", [](const httplib::Request& req, httplib::Response& res) {
        const std::string resolver = req.get_param_value("resolver");
        const std::string ip = req.get_param_value("ip");
        std::string url = "https://" + resolver + "/lookup/" + ip;
        CURL* curl = curl_easy_init();
        if (!curl) {
            res.status = 500;
            return;
        }
        std::string body;
        // expect: sandbox.net
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_perform(curl);
        curl_easy_cleanup(curl);
        res.set_content(body, "application/json");
    });

    server.Get("/geo/self", [](const httplib::Request&, httplib::Response& res) {
        CURL* curl = curl_easy_init();
        if (!curl)
            return;
        res.set_content(http_get(curl, "https://geo.internal.example.com/v2/self"), "application/json");
        curl_easy_cleanup(curl);
    });
}

}  // namespace geo
