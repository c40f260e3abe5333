import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) { EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, k, iv); }',
    'void f(void) { const EVP_CIPHER *c = EVP_get_cipherbyname("aes-256-gcm"); (void)c; }',
    'void f(void) { /* EVP_des_cbc() */ puts("RC4 is broken"); }',
    'void f(struct engine *e) { e->RC4(); }',
    'void f(gcry_cipher_hd_t *h) { gcry_cipher_open(h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0); }',
  ],
  invalid: [
    { code: 'void f(EVP_CIPHER_CTX *c, const unsigned char *k) {\n  EVP_EncryptInit_ex(c, EVP_aes_128_ecb(), NULL, k, NULL);\n}', line: 2 },
    { code: 'void f(const unsigned char *key, int n) {\n  RC4_KEY k;\n  RC4_set_key(&k, n, key);\n}', line: 3 },
    { code: 'void f(gcry_cipher_hd_t *h) {\n  gcry_cipher_open(h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_ECB, 0);\n}', line: 2 },
    { code: 'void f(DES_cblock *key) {\n  DES_key_schedule ks;\n  DES_set_key_checked(key, &ks);\n}', line: 3 },
  ],
})
