/* Pushes nightly backups to object storage using a signed PUT. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <openssl/hmac.h>
#include <openssl/md5.h>
#include <openssl/evp.h>
#include <curl/curl.h>


// expect: crypto.secrets
static const char *ACCESS_KEY_ID = "AKIAZ4RTQ7MX2PLK9WEN";
// expect: crypto.secrets
static const char *SECRET_ACCESS_KEY = "wJa9rXUtnF3MI7K+bPxRfiCYqH2bq8vLp0Ee4sTz";

static void hmac_sha256(const void *key, int key_len, const char *msg,
                        unsigned char out[32], unsigned int *out_len)
{
    // ok: crypto.hash
    HMAC(EVP_sha256(), key, key_len, (const unsigned char *)msg, strlen(msg), out, out_len);
}

static void hex(const unsigned char *in, unsigned int n, char *out)
{
    for (unsigned int i = 0; i < n; i++)
        sprintf(out + 2 * i, "%02x", in[i]);
}

int upload_backup(const char *object_name, const char *body, size_t body_len)
{
    char url[512];
    char date[32];
    char string_to_sign[512];
    unsigned char sig[32];
    unsigned int sig_len = 0;
    char sig_hex[65] = {0};
    time_t now = time(NULL);

    strftime(date, sizeof date, "%Y%m%dT%H%M%SZ", gmtime(&now));
    snprintf(string_to_sign, sizeof string_to_sign, "PUT\n/%s\n%s", object_name, date);
    hmac_sha256(SECRET_ACCESS_KEY, (int)strlen(SECRET_ACCESS_KEY), string_to_sign, sig, &sig_len);
    hex(sig, sig_len, sig_hex);

    snprintf(url, sizeof url, "https://backups-prod.s3.eu-west-1.amazonaws.com/%s", object_name);
    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;

    unsigned char content_md5[16];
    // expect: crypto.hash
    MD5((const unsigned char *)body, body_len, content_md5);
    char md5_hex[33] = {0};
    hex(content_md5, sizeof content_md5, md5_hex);
    char md5_header[64];
    snprintf(md5_header, sizeof md5_header, "Content-MD5: %s", md5_hex);

    char auth[256];
    snprintf(auth, sizeof auth, "Authorization: AWS %s:%s", ACCESS_KEY_ID, sig_hex);
    struct curl_slist *headers = curl_slist_append(NULL, auth);
    headers = curl_slist_append(headers, md5_header);

    // ok: sandbox.net
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);

    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
