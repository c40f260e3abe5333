import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'static int cb(int ok, X509_STORE_CTX *x) { if (!ok) log_err(x); return ok; }\nvoid f(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, cb); }',
    'void f(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL); }',
    'void f(mbedtls_ssl_config *c) { mbedtls_ssl_conf_authmode(c, MBEDTLS_SSL_VERIFY_REQUIRED); }',
    'static int cb(void *d, mbedtls_x509_crt *c, int depth, uint32_t *flags) { if (depth == 0 && !pinned(c)) *flags |= MBEDTLS_X509_BADCERT_NOT_TRUSTED; return 0; }\nvoid f(mbedtls_ssl_config *conf) { mbedtls_ssl_conf_verify(conf, cb, NULL); }',
    'void f(mbedtls_ssl_config *c) { /* mbedtls_ssl_conf_authmode(c, MBEDTLS_SSL_VERIFY_NONE); */ }',
  ],
  invalid: [
    { code: 'static int always_ok(int preverify, X509_STORE_CTX *x) {\n  return 1;\n}\nvoid f(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, always_ok);\n}', line: 5 },
    { code: 'void f(mbedtls_ssl_config *conf) {\n  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);\n}', line: 2 },
    { code: 'static int skip(void *d, mbedtls_x509_crt *c, int depth, uint32_t *flags) {\n  *flags = 0;\n  return 0;\n}\nvoid f(mbedtls_ssl_config *conf) {\n  mbedtls_ssl_conf_verify(conf, skip, NULL);\n}', line: 6 },
    { code: 'void f(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });\n}', line: 2, lang: 'cpp' },
  ],
})
