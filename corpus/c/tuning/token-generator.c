/* Credential generation for the developer portal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <openssl/rand.h>

static const char ALNUM[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

void portal_rng_init(void)
{
    srandom((unsigned)time(NULL));
}

void generate_api_key(char *out, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        // expect: crypto.random
        long r = random();
        out[i] = ALNUM[r % (long)(sizeof ALNUM - 1)];
    }
    out[len - 1] = '\0';
}

unsigned int make_reset_code(void)
{
    /* six digit code mailed to the user */
    // expect: crypto.random
    return (unsigned int)(rand() % 1000000);
}

int generate_webhook_secret(char *out, size_t len)
{
    unsigned char raw[32];
    if (len < 2 * sizeof raw + 1)
        return -1;
    // ok: crypto.random
    if (RAND_bytes(raw, sizeof raw) != 1)
        return -1;
    for (size_t i = 0; i < sizeof raw; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
    return 0;
}

unsigned int retry_delay_ms(unsigned int attempt)
{
    unsigned int base = 100u << (attempt > 6 ? 6 : attempt);
    // ok: crypto.random
    return base + (unsigned int)(rand() % 50);
}
