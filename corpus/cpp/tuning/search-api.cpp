// Product search endpoint with user-defined filters (cpp-httplib).
#include <httplib.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

struct Product {
    std::string sku;
    std::string title;
    double price;
};

static std::vector<Product> g_catalog = {
    {"A-100", "Walnut desk", 349.0},
    {"A-101", "Oak desk", 299.0},
    {"B-200", "Desk lamp", 39.5},
};

static std::string to_json(const std::vector<const Product*>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ",";
        out += "{\"sku\":\"" + items[i]->sku + "\",\"price\":" + std::to_string(items[i]->price) + "}";
    }
    return out + "]";
}

int main()
{
    httplib::Server server;

    server.Get("/search", [](const httplib::Request& req, httplib::Response& res) {
        const std::string q = req.get_param_value("q");
        std::vector<const Product*> hits;
        for (const auto& p : g_catalog)
            if (p.title.find(q) != std::string::npos)
                hits.push_back(&p);
        res.set_content(to_json(hits), "application/json");
    });

    server.Get("/search/regex", [](const httplib::Request& req, httplib::Response& res) {
        // expect: resource.limits
        std::regex pattern(req.get_param_value("pattern"), std::regex::icase);
        std::vector<const Product*> hits;
        for (const auto& p : g_catalog)
            if (std::regex_search(p.title, pattern))
                hits.push_back(&p);
        res.set_content(to_json(hits), "application/json");
    });

    server.Get("/search/sku", [](const httplib::Request& req, httplib::Response& res) {
        // ok: resource.limits
        static const std::regex sku_format("^[A-Z]-[0-9]{3}$");
        const std::string sku = req.get_param_value("sku");
        if (!std::regex_match(sku, sku_format)) {
            res.status = 400;
            return;
        }
        auto it = std::find_if(g_catalog.begin(), g_catalog.end(), [&](const Product& p) { return p.sku == sku; });
        res.set_content(it == g_catalog.end() ? "null" : to_json({&*it}), "application/json");
    });

    server.Get("/search/padded", [](const httplib::Request& req, httplib::Response& res) {
        const std::size_t width = std::stoul(req.get_param_value("width"));
        // expect: resource.limits
        std::string pad(width, ' ');
        res.set_content(pad + "|", "text/plain");
    });

    server.listen("127.0.0.1", 8090);
}
