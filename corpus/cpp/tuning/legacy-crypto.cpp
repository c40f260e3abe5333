// Compatibility layer for data written by the 2012 desktop client.
#include <openssl/des.h>
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

#include <array>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace legacy {

std::string hex(const unsigned char* p, std::size_t n)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(digits[(p[i] >> 4) & 0xf]);
        out.push_back(digits[p[i] & 0xf]);
    }
    return out;
}

// Old clients authenticate with md5(username + ":" + password).
std::string client_auth_digest(const std::string& username, const std::string& password)
{
    std::string material = username + ":" + password;
    std::array<unsigned char, 16> out{};
    // expect: crypto.hash
    MD5(reinterpret_cast<const unsigned char*>(material.data()), material.size(), out.data());
    return hex(out.data(), out.size());
}

std::vector<unsigned char> decrypt_profile_blob(const std::vector<unsigned char>& blob,
                                                const unsigned char key[8], const unsigned char iv[8])
{
    std::vector<unsigned char> out(blob.size() + 8);
    int len1 = 0, len2 = 0;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        throw std::runtime_error("cipher ctx");
    // expect: crypto.hash
    EVP_DecryptInit_ex(ctx, EVP_des_cbc(), nullptr, key, iv);
    EVP_DecryptUpdate(ctx, out.data(), &len1, blob.data(), static_cast<int>(blob.size()));
    int ok = EVP_DecryptFinal_ex(ctx, out.data() + len1, &len2);
    EVP_CIPHER_CTX_free(ctx);
    if (ok != 1)
        throw std::runtime_error("bad padding");
    out.resize(static_cast<std::size_t>(len1 + len2));
    return out;
}

// New storage format uses SHA-256 for integrity.
std::string content_fingerprint(const std::string& data)
{
    unsigned char out[SHA256_DIGEST_LENGTH];
    // ok: crypto.hash
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), out);
    return hex(out, sizeof out);
}

}  // namespace legacy
