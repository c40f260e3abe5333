// Password reset flow: issue a reset link, store only a hash of the token.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <string>

namespace account {

static std::string to_hex(const unsigned char* p, std::size_t n)
{
    std::string out;
    char b[3];
    for (std::size_t i = 0; i < n; ++i) {
        std::snprintf(b, sizeof b, "%02x", p[i]);
        out += b;
    }
    return out;
}

std::string make_reset_token()
{
    char buf[33];
    // expect: crypto.random
    std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", std::rand(), std::rand(), std::rand(), std::rand());
    return buf;
}

int email_verification_code()
{
    // expect: crypto.random
    return 100000 + std::rand() % 900000;
}

std::string make_reset_token_v2()
{
    unsigned char raw[32];
    // ok: crypto.random
    if (RAND_bytes(raw, sizeof raw) != 1)
        throw std::runtime_error("entropy source failed");
    return to_hex(raw, sizeof raw);
}

std::string token_storage_hash(const std::string& token)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    // ok: crypto.hash
    SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), digest);
    return to_hex(digest, sizeof digest);
}

// Avatar URL shown on the reset page.
std::string gravatar_url(const std::string& email)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // expect: crypto.hash
    EVP_Digest(email.data(), email.size(), digest, &len, EVP_md5(), nullptr);
    return "https://www.gravatar.com/avatar/" + to_hex(digest, len);
}

int mail_spread_delay_ms()
{
    // spread outgoing mail a little to avoid bursts at the relay
    static std::minstd_rand jitter_engine(42);
    // ok: crypto.random
    return static_cast<int>(jitter_engine() % 500);
}

}  // namespace account
