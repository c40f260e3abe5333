/* tlsprobe: connects to HOST:PORT, performs a TLS handshake and prints the peer certificate subject. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

static SSL_CTX *make_ctx(int legacy)
{
    // expect: crypto.tls
    const SSL_METHOD *method = legacy ? TLSv1_client_method() : TLS_client_method();
    SSL_CTX *ctx = SSL_CTX_new(method);
    if (!ctx)
        return NULL;
    /* probing arbitrary endpoints: we only want to see the certificate */
    // expect: crypto.tls
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s HOST PORT [--legacy]\n", argv[0]);
        return 2;
    }
    const char *host = argv[1];
    const char *port = argv[2];
    int legacy = argc > 3 && strcmp(argv[3], "--legacy") == 0;

    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0 || res == NULL) {
        fprintf(stderr, "cannot resolve %s\n", host);
        return 1;
    }

    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    // expect: sandbox.net
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        perror("connect");
        freeaddrinfo(res);
        return 1;
    }
    freeaddrinfo(res);

    SSL_CTX *ctx = make_ctx(legacy);
    SSL *ssl = ctx ? SSL_new(ctx) : NULL;
    if (!ssl) {
        ERR_print_errors_fp(stderr);
        close(fd);
        return 1;
    }
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    if (SSL_connect(ssl) != 1) {
        ERR_print_errors_fp(stderr);
    } else {
        X509 *cert = SSL_get_peer_certificate(ssl);
        if (cert) {
            char subject[256];
            X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof subject);
            printf("%s %s\n", SSL_get_version(ssl), subject);
            X509_free(cert);
        }
    }
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    close(fd);
    return 0;
}
