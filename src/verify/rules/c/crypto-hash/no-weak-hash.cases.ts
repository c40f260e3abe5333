import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const unsigned char *d, size_t n, unsigned char *out) { SHA256(d, n, out); }',
    'void f(void) { const EVP_MD *md = EVP_get_digestbyname("sha256"); (void)md; }',
    'void f(void) { unsigned char out[MD5_DIGEST_LENGTH]; /* MD5(d, n, out) */ puts("MD5"); }',
    'void f(struct hasher *h) { h->MD5(); }',
    'void f(gcry_md_hd_t *h) { gcry_md_open(h, GCRY_MD_SHA256, 0); }',
  ],
  invalid: [
    { code: 'void f(const unsigned char *d, size_t n, unsigned char *out) {\n  MD5(d, n, out);\n}', line: 2 },
    { code: 'void f(const void *d, size_t n, unsigned char *out) {\n  SHA_CTX c;\n  SHA1_Init(&c);\n  SHA1_Update(&c, d, n);\n  SHA1_Final(out, &c);\n}', line: 3 },
    { code: 'void f(gcry_md_hd_t *h) {\n  gcry_md_open(h, GCRY_MD_MD5, 0);\n}', line: 2 },
    { code: 'void f(void) {\n  const EVP_MD *md = EVP_get_digestbyname("sha1");\n  (void)md;\n}', line: 2 },
  ],
})
