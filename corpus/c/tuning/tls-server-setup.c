/* TLS context construction for the metrics gateway (mutual TLS towards agents). */
#include <stdio.h>
#include <openssl/ssl.h>
#include <openssl/err.h>

#define CERT_FILE "/etc/gateway/tls/server.crt"
#define KEY_FILE  "/etc/gateway/tls/server.key"
#define CA_FILE   "/etc/gateway/tls/agents-ca.pem"

static void log_ssl_error(const char *what)
{
    unsigned long e = ERR_get_error();
    char msg[256] = {0};
    ERR_error_string_n(e, msg, sizeof msg);
    fprintf(stderr, "tls: %s: %s\n", what, msg);
}

SSL_CTX *gateway_tls_context(int require_client_cert)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL) {
        log_ssl_error("SSL_CTX_new");
        return NULL;
    }

    // ok: crypto.tls
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
        log_ssl_error("min proto");
        goto fail;
    }
    if (SSL_CTX_use_certificate_chain_file(ctx, CERT_FILE) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, KEY_FILE, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        log_ssl_error("certificate");
        goto fail;
    }

    /* Never fall back to SSL_VERIFY_NONE here: agents must present a cert. */
    if (require_client_cert) {
        if (SSL_CTX_load_verify_locations(ctx, CA_FILE, NULL) != 1) {
            log_ssl_error("CA bundle");
            goto fail;
        }
        // ok: crypto.tls
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
        SSL_CTX_set_verify_depth(ctx, 4);
    }

    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // ok: crypto.hash
    if (SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4:!3DES") != 1) {
        log_ssl_error("cipher list");
        goto fail;
    }
    return ctx;

fail:
    SSL_CTX_free(ctx);
    return NULL;
}
