// Attachment upload service for the helpdesk (cpp-httplib).
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

static const fs::path kUploadRoot = "/srv/helpdesk/uploads";
static constexpr size_t kMaxUpload = 10 * 1024 * 1024;

static bool write_file(const fs::path& target, const std::string& content)
{
    // ok: sandbox.fs
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return static_cast<bool>(out);
}

int main()
{
    httplib::Server server;
    server.set_payload_max_length(kMaxUpload);

    server.Post("/tickets/:id/attachments", [](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_file("file")) {
            res.status = 400;
            return;
        }
        const auto file = req.get_file_value("file");
        const std::string ticket = req.path_params.at("id");

        fs::path target = kUploadRoot / (ticket + "-" + file.filename);
        // expect: sandbox.fs
        std::ofstream out(target, std::ios::binary);
        out << file.content;
        res.set_content("stored\n", "text/plain");
    });

    server.Post("/avatars", [](const httplib::Request& req, httplib::Response& res) {
        const auto file = req.get_file_value("avatar");
        // basename only: strips any directory components the client sent
        fs::path name = fs::path(file.filename).filename();
        if (name.empty() || name == "." || name == "..") {
            res.status = 400;
            return;
        }
        fs::path target = kUploadRoot / "avatars" / name;
        if (!write_file(target, file.content)) {
            res.status = 500;
            return;
        }
        res.set_content("ok\n", "text/plain");
    });

    server.Delete("/tickets/:id/attachments/:name", [](const httplib::Request& req, httplib::Response& res) {
        fs::path p = kUploadRoot / (req.path_params.at("id") + "-" + req.path_params.at("name"));
        std::error_code ec;
        // expect: sandbox.fs
        if (!fs::remove(p, ec)) {
            res.status = 404;
            return;
        }
        res.set_content("deleted\n", "text/plain");
    });

    std::cout << "helpdesk uploads on :8081" << std::endl;
    server.listen("0.0.0.0", 8081);
}
