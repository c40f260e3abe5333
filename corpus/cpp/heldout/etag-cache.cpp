// HTTP ETag computation for the static asset server.
#include <openssl/evp.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

class EtagCache {
public:
    std::string etagFor(const std::string& path)
    {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = cache_.find(path);
        if (it != cache_.end())
            return it->second;
        // expect: crypto.hash
        std::string tag = "\"" + digestFile(path, weak_ ? EVP_md5() : EVP_sha256()) + "\"";
        cache_[path] = tag;
        return tag;
    }

    void setWeak(bool weak) { weak_ = weak; }

private:
    static std::string digestFile(const std::string& path, const EVP_MD* md)
    {
        // ok: sandbox.fs
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw std::runtime_error("cannot read " + path);
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        EVP_DigestInit_ex(ctx.get(), md, nullptr);
        char buf[8192];
        while (in.read(buf, sizeof buf) || in.gcount() > 0)
            EVP_DigestUpdate(ctx.get(), buf, static_cast<std::size_t>(in.gcount()));
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx.get(), out, &len);
        std::string hex;
        char byte[3];
        for (unsigned int i = 0; i < len; ++i) {
            std::snprintf(byte, sizeof byte, "%02x", out[i]);
            hex += byte;
        }
        return hex;
    }

    std::mutex mu_;
    bool weak_ = true;
    std::map<std::string, std::string> cache_;
};

std::string fast_etag(const std::string& body)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // expect: crypto.hash
    EVP_Digest(body.data(), body.size(), out, &len, EVP_md5(), nullptr);
    std::string tag = "W/\"";
    char byte[3];
    for (unsigned int i = 0; i < len; ++i) {
        std::snprintf(byte, sizeof byte, "%02x", out[i]);
        tag += byte;
    }
    return tag + "\"";
}
