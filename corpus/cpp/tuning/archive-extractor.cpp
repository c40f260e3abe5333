// Unpacks customer-supplied theme bundles (simple length-prefixed archive format).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct Entry {
    std::string name;
    std::vector<char> data;
};

static std::vector<Entry> read_bundle(std::istream& in)
{
    std::vector<Entry> entries;
    std::uint32_t name_len = 0, data_len = 0;
    while (in.read(reinterpret_cast<char*>(&name_len), 4)) {
        if (name_len == 0 || name_len > 255)
            throw std::runtime_error("bad entry name");
        Entry e;
        e.name.resize(name_len);
        in.read(&e.name[0], name_len);
        in.read(reinterpret_cast<char*>(&data_len), 4);
        if (data_len > (16u << 20))
            throw std::runtime_error("entry too large");
        // ok: resource.limits
        e.data.resize(data_len);
        in.read(e.data.data(), data_len);
        entries.push_back(std::move(e));
    }
    return entries;
}

void extract_upload(const std::string& bundle_path)
{
    static const fs::path kThemes = "/srv/cms/themes/incoming";
    // ok: sandbox.fs
    std::ifstream in(bundle_path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open bundle");
    const fs::path root = fs::weakly_canonical(kThemes);
    for (const auto& e : read_bundle(in)) {
        fs::path resolved = fs::weakly_canonical(root / e.name);
        auto rel = resolved.lexically_relative(root);
        if (rel.empty() || *rel.begin() == "..")
            throw std::runtime_error("entry escapes theme dir: " + e.name);
        // ok: sandbox.fs
        std::ofstream out(resolved, std::ios::binary);
        out.write(e.data.data(), static_cast<std::streamsize>(e.data.size()));
    }
}

void extract_legacy(const std::string& bundle_path)
{
    std::ifstream in(bundle_path, std::ios::binary);
    for (const auto& e : read_bundle(in)) {
        fs::path target = fs::path("/srv/cms/themes/legacy") / e.name;
        // expect: sandbox.fs
        std::ofstream out(target, std::ios::binary);
        out.write(e.data.data(), static_cast<std::streamsize>(e.data.size()));
    }
}
