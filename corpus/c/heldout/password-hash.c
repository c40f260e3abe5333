/* Password hashing helpers for the legacy account service. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/md5.h>
#include <openssl/sha.h>
#include <openssl/rand.h>

#define SALT_LEN 16

static void to_hex(const unsigned char *in, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", in[i]);
    out[2 * n] = '\0';
}

/* Old format: md5(salt || password). Kept for accounts not yet migrated. */
void legacy_password_hash(const char *salt, const char *password, char out_hex[33])
{
    unsigned char digest[16];
    char material[256];

    snprintf(material, sizeof material, "%s%s", salt, password);
    // expect: crypto.hash
    MD5((const unsigned char *)material, strlen(material), digest);
    to_hex(digest, sizeof digest, out_hex);
}

void make_salt(char out[SALT_LEN + 1])
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < SALT_LEN; i++) {
        // expect: crypto.random
        out[i] = alphabet[rand() % (int)(sizeof alphabet - 1)];
    }
    out[SALT_LEN] = '\0';
}

int make_salt_v2(unsigned char out[SALT_LEN])
{
    // ok: crypto.random
    return RAND_bytes(out, SALT_LEN) == 1 ? 0 : -1;
}

void password_hash_v2(const unsigned char salt[SALT_LEN], const char *password, char out_hex[65])
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_CTX ctx;

    SHA256_Init(&ctx);
    SHA256_Update(&ctx, salt, SALT_LEN);
    SHA256_Update(&ctx, password, strlen(password));
    // ok: crypto.hash
    SHA256_Final(digest, &ctx);
    to_hex(digest, sizeof digest, out_hex);
}
