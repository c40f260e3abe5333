// Verifies signed callbacks from the payment provider (HMAC-SHA256, constant-time compare).
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace payments {

class SignatureVerifier {
public:
    SignatureVerifier()
    {
        // ok: crypto.secrets
        const char* secret = std::getenv("PAYMENT_WEBHOOK_SECRET");
        if (secret == nullptr || *secret == '\0')
            throw std::runtime_error("PAYMENT_WEBHOOK_SECRET is not set");
        secret_ = secret;
    }

    bool verify(const std::string& timestamp, const std::string& body, const std::string& signature_hex) const
    {
        const std::string signed_payload = timestamp + "." + body;
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int mac_len = 0;
        // ok: crypto.hash
        HMAC(EVP_sha256(), secret_.data(), static_cast<int>(secret_.size()),
             reinterpret_cast<const unsigned char*>(signed_payload.data()), signed_payload.size(), mac, &mac_len);
        const std::string expected = to_hex(mac, mac_len);
        if (expected.size() != signature_hex.size())
            return false;
        return CRYPTO_memcmp(expected.data(), signature_hex.data(), expected.size()) == 0;
    }

private:
    static std::string to_hex(const unsigned char* p, unsigned int n)
    {
        std::string s;
        char byte[3];
        for (unsigned int i = 0; i < n; ++i) {
            std::snprintf(byte, sizeof byte, "%02x", p[i]);
            s += byte;
        }
        return s;
    }

    std::string secret_;
};

// The provider documents "md5" and "sha1" signature schemes as deprecated; we only accept v2.
bool scheme_supported(const std::string& scheme)
{
    // ok: crypto.hash
    return scheme == "v2-sha256";
}

}  // namespace payments
