// Link previews for chat messages: fetches the page title for URLs users paste.
#include <httplib.h>
#include <curl/curl.h>

#include <regex>
#include <string>

namespace preview {

static size_t collect(char* p, size_t s, size_t n, void* out)
{
    auto* body = static_cast<std::string*>(out);
    if (body->size() + s * n > 512 * 1024)
        return 0;
    body->append(p, s * n);
    return s * n;
}

static std::string extract_title(const std::string& html)
{
    // ok: resource.limits
    static const std::regex title_re("<title>([^<]{0,200})</title>", std::regex::icase);
    std::smatch m;
    return std::regex_search(html, m, title_re) ? m[1].str() : std::string();
}

void register_routes(httplib::Server& server)
{
    server.Get("/preview", [](const httplib::Request& req, httplib::Response& res) {
        const std::string target = req.get_param_value("url");
        CURL* curl = curl_easy_init();
        if (!curl) {
            res.status = 500;
            return;
        }
        std::string body;
        // expect: sandbox.net
        curl_easy_setopt(curl, CURLOPT_URL, target.c_str());
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 4L);
        CURLcode rc = curl_easy_perform(curl);
        curl_easy_cleanup(curl);
        if (rc != CURLE_OK) {
            res.status = 502;
            return;
        }
        res.set_content("{\"title\":\"" + extract_title(body) + "\"}", "application/json");
    });

    server.Get("/preview/oembed", [](const httplib::Request& req, httplib::Response& res) {
        const std::string video = req.get_param_value("id");
        // ok: sandbox.net
        auto r = httplib::Client("https://www.youtube.com").Get("/oembed?format=json&url=https://youtu.be/" + video);
        if (!r) {
            res.status = 502;
            return;
        }
        res.set_content(r->body, "application/json");
    });

    server.Get("/preview/raw", [](const httplib::Request& req, httplib::Response& res) {
        const std::string host = req.get_header_value("X-Preview-Host");
        // expect: sandbox.net
        auto r = httplib::Client(host).Get(req.get_param_value("path"));
        res.set_content(r ? r->body : std::string(), "text/plain");
    });
}

}  // namespace preview
