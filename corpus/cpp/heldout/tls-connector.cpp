// TLS connection factory for the message bus client (OpenSSL).
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace bus {

struct SslCtxDeleter {
    void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
};
using SslCtxPtr = std::unique_ptr<SSL_CTX, SslCtxDeleter>;

struct TlsOptions {
    bool verify_peer = true;
    bool allow_legacy_brokers = false;
    std::string ca_file = "/etc/ssl/certs/ca-certificates.crt";
};

SslCtxPtr make_client_context(const TlsOptions& opts)
{
    SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx)
        throw std::runtime_error("SSL_CTX_new failed");

    if (opts.allow_legacy_brokers) {
        // old brokers in the DR site only speak TLS 1.0
        // expect: crypto.tls
        SSL_CTX_set_min_proto_version(ctx.get(), TLS1_VERSION);
    } else {
        // ok: crypto.tls
        SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    }

    if (opts.verify_peer) {
        if (SSL_CTX_load_verify_locations(ctx.get(), opts.ca_file.c_str(), nullptr) != 1)
            throw std::runtime_error("cannot load CA bundle");
        // ok: crypto.tls
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr);
    } else {
        // expect: crypto.tls
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
    }
    return ctx;
}

SSL* attach(SSL_CTX* ctx, int fd, const std::string& host)
{
    SSL* ssl = SSL_new(ctx);
    if (!ssl)
        throw std::runtime_error("SSL_new failed");
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host.c_str());
    // ok: crypto.tls
    SSL_set1_host(ssl, host.c_str());
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        throw std::runtime_error("TLS handshake with " + host + " failed");
    }
    return ssl;
}

}  // namespace bus
