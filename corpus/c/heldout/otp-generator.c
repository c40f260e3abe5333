/* One-time codes for login verification (SMS fallback and authenticator apps). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

/* SMS fallback: 6 digit code valid for 10 minutes. */
int sms_otp_generate(char out[7])
{
    // expect: crypto.random
    int otp = rand() % 1000000;
    return snprintf(out, 7, "%06d", otp) == 6 ? 0 : -1;
}

/* Long-lived recovery token shown once when MFA is enabled. */
void recovery_token_generate(char out[17])
{
    for (int i = 0; i < 16; i++) {
        // expect: crypto.random
        long r = random();
        out[i] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[r % 32];
    }
    out[16] = '\0';
}

/* RFC 6238 TOTP as expected by common authenticator apps. */
// ok: crypto.hash
uint32_t totp_sha1(const unsigned char *seed, size_t seed_len, time_t now)
{
    uint64_t counter = (uint64_t)now / 30;
    unsigned char msg[8];
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;

    for (int i = 7; i >= 0; i--) {
        msg[i] = (unsigned char)(counter & 0xff);
        counter >>= 8;
    }
    // expect: crypto.hash
    HMAC(EVP_sha1(), seed, (int)seed_len, msg, sizeof msg, mac, &mac_len);
    int offset = mac[mac_len - 1] & 0x0f;
    uint32_t bin = ((uint32_t)(mac[offset] & 0x7f) << 24) | ((uint32_t)mac[offset + 1] << 16) |
                   ((uint32_t)mac[offset + 2] << 8) | (uint32_t)mac[offset + 3];
    return bin % 1000000;
}

/* Same algorithm with SHA-256 for our own mobile app. */
uint32_t totp_sha256(const unsigned char *seed, size_t seed_len, time_t now)
{
    uint64_t counter = (uint64_t)now / 30;
    unsigned char msg[8];
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;

    for (int i = 7; i >= 0; i--) {
        msg[i] = (unsigned char)(counter & 0xff);
        counter >>= 8;
    }
    // ok: crypto.hash
    HMAC(EVP_sha256(), seed, (int)seed_len, msg, sizeof msg, mac, &mac_len);
    int offset = mac[mac_len - 1] & 0x0f;
    uint32_t bin = ((uint32_t)(mac[offset] & 0x7f) << 24) | ((uint32_t)mac[offset + 1] << 16) |
                   ((uint32_t)mac[offset + 2] << 8) | (uint32_t)mac[offset + 3];
    return bin % 1000000;
}
