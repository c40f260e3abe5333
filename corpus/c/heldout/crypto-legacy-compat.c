/* Decrypts records exported by the old billing system and re-encrypts them with AES-GCM. */
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

int legacy_decrypt_record(const unsigned char key[24], const unsigned char iv[8],
                          const unsigned char *in, int in_len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    if (!ctx)
        return -1;
    // expect: crypto.hash
    if (EVP_DecryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv) != 1 ||
        EVP_DecryptUpdate(ctx, out, &len, in, in_len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    total = len;
    if (EVP_DecryptFinal_ex(ctx, out + total, &len) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return total + len;
}

int legacy_decrypt_card_token(const unsigned char key[16], const unsigned char *in, int in_len,
                              unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    if (!ctx)
        return -1;
    // expect: crypto.hash
    EVP_DecryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    int ok = EVP_DecryptUpdate(ctx, out, &len, in, in_len);
    EVP_CIPHER_CTX_free(ctx);
    return ok == 1 ? len : -1;
}

int modern_encrypt_record(const unsigned char key[32], const unsigned char *in, int in_len,
                          unsigned char *out, unsigned char iv[12], unsigned char tag[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0;
    if (!ctx || RAND_bytes(iv, 12) != 1)
        goto fail;
    // ok: crypto.hash
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1)
        goto fail;
    if (EVP_EncryptUpdate(ctx, out, &len, in, in_len) != 1)
        goto fail;
    total = len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1)
        goto fail;
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) != 1)
        goto fail;
    EVP_CIPHER_CTX_free(ctx);
    return total;
fail:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}
