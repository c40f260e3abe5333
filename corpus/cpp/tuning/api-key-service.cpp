// Issues API keys and signed download links for the partner portal.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <string>

namespace portal {

// expect: crypto.secrets
constexpr const char* kLinkSigningSecret = "f2c9d3a1-77e4-4b8a-9a51-0c6de3e8b2aa";

std::string generate_api_key()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    std::string key = "pk_";
    for (int i = 0; i < 40; ++i)
        // expect: crypto.random
        key += alphabet[std::rand() % (sizeof(alphabet) - 1)];
    return key;
}

std::string generate_client_id()
{
    unsigned char raw[16];
    // ok: crypto.random
    if (RAND_bytes(raw, sizeof raw) != 1)
        throw std::runtime_error("RAND_bytes failed");
    std::string out;
    char hex[3];
    for (unsigned char b : raw) {
        std::snprintf(hex, sizeof hex, "%02x", b);
        out += hex;
    }
    return out;
}

std::string sign_download_link(const std::string& path, std::time_t expires)
{
    std::string payload = path + "|" + std::to_string(expires);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    // ok: crypto.hash
    HMAC(EVP_sha256(), kLinkSigningSecret, static_cast<int>(std::char_traits<char>::length(kLinkSigningSecret)),
         reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), mac, &mac_len);
    std::string sig;
    char hex[3];
    for (unsigned int i = 0; i < mac_len; ++i) {
        std::snprintf(hex, sizeof hex, "%02x", mac[i]);
        sig += hex;
    }
    return path + "?exp=" + std::to_string(expires) + "&sig=" + sig;
}

int pick_shard(int shard_count)
{
    // ok: crypto.random
    return std::rand() % shard_count;
}

}  // namespace portal
