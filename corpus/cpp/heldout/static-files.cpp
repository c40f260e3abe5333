// Static file handler for the docs site: serves files below a fixed root only.
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

static const fs::path kDocsRoot = "/srv/docs/public";

static bool is_within(const fs::path& root, const fs::path& candidate)
{
    auto rel = candidate.lexically_relative(root);
    return !rel.empty() && rel.native().rfind("..", 0) != 0;
}

static std::string mime_for(const fs::path& p)
{
    const auto ext = p.extension().string();
    if (ext == ".html") return "text/html";
    if (ext == ".css") return "text/css";
    if (ext == ".js") return "application/javascript";
    if (ext == ".png") return "image/png";
    return "application/octet-stream";
}

void register_static(httplib::Server& server)
{
    server.Get(R"(/docs/(.+))", [](const httplib::Request& req, httplib::Response& res) {
        const fs::path requested = req.path.substr(6);
        std::error_code ec;
        const fs::path resolved = fs::weakly_canonical(kDocsRoot / requested, ec);
        if (ec || !is_within(kDocsRoot, resolved)) {
            res.status = 403;
            return;
        }
        // ok: sandbox.fs
        std::ifstream in(resolved, std::ios::binary);
        if (!in) {
            res.status = 404;
            return;
        }
        std::ostringstream buf;
        buf << in.rdbuf();
        res.set_content(buf.str(), mime_for(resolved));
    });

    server.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
        // ok: sandbox.fs
        std::ifstream in(kDocsRoot / "robots.txt");
        std::ostringstream buf;
        buf << in.rdbuf();
        res.set_content(buf.str(), "text/plain");
    });

    server.Get("/download", [](const httplib::Request& req, httplib::Response& res) {
        // only the last path component is used, so "../" cannot escape the root
        const fs::path name = fs::path(req.get_param_value("file")).filename();
        // ok: sandbox.fs
        std::ifstream in(kDocsRoot / "downloads" / name, std::ios::binary);
        if (!in) {
            res.status = 404;
            return;
        }
        std::ostringstream buf;
        buf << in.rdbuf();
        res.set_content(buf.str(), "application/octet-stream");
    });
}
