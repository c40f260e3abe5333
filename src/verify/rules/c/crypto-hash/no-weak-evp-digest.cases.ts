import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(EVP_MD_CTX *c) { EVP_DigestInit_ex(c, EVP_sha256(), NULL); }',
    'void f(void) { /* EVP_md5() */ const char *n = "EVP_md5()"; (void)n; }',
    'void f(struct suite *s) { s->EVP_md5(); }',
    'void f(EVP_MD_CTX *c) { EVP_DigestInit_ex(c, EVP_sha3_256(), NULL); }',
  ],
  invalid: [
    { code: 'void f(EVP_MD_CTX *c) {\n  EVP_DigestInit_ex(c, EVP_md5(), NULL);\n}', line: 2, output: 'void f(EVP_MD_CTX *c) {\n  EVP_DigestInit_ex(c, EVP_sha256(), NULL);\n}' },
    { code: 'unsigned char *f(const void *k, int kl, const unsigned char *d, size_t n, unsigned char *out, unsigned int *ol) {\n  return HMAC(EVP_sha1(), k, kl, d, n, out, ol);\n}', line: 2, output: 'unsigned char *f(const void *k, int kl, const unsigned char *d, size_t n, unsigned char *out, unsigned int *ol) {\n  return HMAC(EVP_sha256(), k, kl, d, n, out, ol);\n}' },
    { code: 'const EVP_MD *f(void) {\n  return EVP_md4();\n}', line: 2, output: 'const EVP_MD *f(void) {\n  return EVP_sha256();\n}' },
  ],
})
