import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL); SSL_CTX_set_default_verify_paths(ctx); }',
    'void f(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL); }',
    'void f(SSL_CTX *ctx) { /* SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL); */ }',
    'void f(struct tls *t) { t->SSL_CTX_set_verify(SSL_VERIFY_NONE); }',
  ],
  invalid: [
    { code: 'void f(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n}', line: 2, output: 'void f(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n}' },
    { code: 'void f(SSL *ssl) {\n  SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);\n}', line: 2 },
    { code: 'void f(WOLFSSL_CTX *ctx) {\n  wolfSSL_CTX_set_verify(ctx, 0, NULL);\n}', line: 2 },
  ],
})
