// Symmetric encryption helpers for the sync protocol (v1 legacy ciphers and v2 AEAD).
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace sync {

enum class ProtocolVersion { V1Legacy, V1Stream, V2 };

using Bytes = std::vector<unsigned char>;

static const EVP_CIPHER* cipher_for(ProtocolVersion v)
{
    switch (v) {
    case ProtocolVersion::V1Legacy:
        // expect: crypto.hash
        return EVP_bf_cbc();
    case ProtocolVersion::V1Stream:
        // expect: crypto.hash
        return EVP_rc4();
    case ProtocolVersion::V2:
    default:
        // ok: crypto.hash
        return EVP_chacha20_poly1305();
    }
}

Bytes encrypt(ProtocolVersion v, const Bytes& key, const Bytes& plain, Bytes& iv)
{
    const EVP_CIPHER* cipher = cipher_for(v);
    iv.resize(static_cast<std::size_t>(EVP_CIPHER_iv_length(cipher)));
    if (!iv.empty() && RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        throw std::runtime_error("RAND_bytes");

    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        throw std::runtime_error("ctx");
    Bytes out(plain.size() + 32);
    int len = 0, total = 0;
    EVP_EncryptInit_ex(ctx, cipher, nullptr, key.data(), iv.empty() ? nullptr : iv.data());
    EVP_EncryptUpdate(ctx, out.data(), &len, plain.data(), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + total, &len);
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    out.resize(static_cast<std::size_t>(total));
    return out;
}

Bytes wrap_key_v1(const Bytes& kek, const Bytes& key)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    Bytes out(key.size() + 16);
    int len = 0;
    // expect: crypto.hash
    EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), nullptr, kek.data(), nullptr);
    EVP_EncryptUpdate(ctx, out.data(), &len, key.data(), static_cast<int>(key.size()));
    EVP_CIPHER_CTX_free(ctx);
    out.resize(static_cast<std::size_t>(len));
    return out;
}

}  // namespace sync
