import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { SSL_CTX *ctx = SSL_CTX_new(TLS_client_method()); SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION); }',
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2); }',
    'void f(void) { /* SSLv3_method() */ puts("TLSv1_method is deprecated"); }',
    'void f(gnutls_session_t s) { gnutls_priority_set_direct(s, "SECURE256:-VERS-TLS1.0:-VERS-TLS1.1", NULL); }',
    'int f(int v) { return v == TLS1_VERSION; }',
  ],
  invalid: [
    { code: 'void f(void) {\n  SSL_CTX *ctx = SSL_CTX_new(TLSv1_method());\n}', line: 2 },
    { code: 'void f(SSL_CTX *ctx) {\n  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n}', line: 2 },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);\n}', line: 2 },
    { code: 'void f(gnutls_session_t s) {\n  gnutls_priority_set_direct(s, "NORMAL:+VERS-TLS1.0", NULL);\n}', line: 2 },
  ],
})
