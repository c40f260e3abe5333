// Test fixture helpers for the TLS integration suite; loads the signing key for local runs.
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace fixtures {

// expect: crypto.secrets
static const char* kStagingSigningKey = R"(-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm
-----END RSA PRIVATE KEY-----
)";

EVP_PKEY* load_signing_key()
{
    std::string pem;
    // ok: crypto.secrets
    if (const char* from_env = std::getenv("SIGNING_KEY_PEM"))
        pem = from_env;
    else
        pem = kStagingSigningKey;

    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    if (!bio)
        throw std::runtime_error("BIO_new_mem_buf");
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        throw std::runtime_error("invalid signing key");
    return key;
}

struct ClientCredentials {
    std::string client_id;
    std::string client_secret;
};

ClientCredentials staging_credentials()
{
    ClientCredentials c;
    c.client_id = "tls-suite";
    // expect: crypto.secrets
    c.client_secret = "st4g1ng-cl13nt-s3cr3t-9921";
    return c;
}

ClientCredentials placeholder_credentials()
{
    // ok: crypto.secrets
    return ClientCredentials{"tls-suite", "<your-client-secret>"};
}

}  // namespace fixtures
