/* Downloads the latest firmware image and verifies its digest before flashing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <curl/curl.h>

#define FIRMWARE_URL "https://updates.example-devices.com/fw/latest.bin"
// ok: crypto.hash
#define DIGEST_URL   "https://updates.example-devices.com/fw/latest.sha1"
#define IMAGE_PATH   "/tmp/fw-latest.bin"

static size_t to_file(void *data, size_t sz, size_t nm, void *fp)
{
    return fwrite(data, sz, nm, (FILE *)fp);
}

static int download(const char *url, const char *dest)
{
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    FILE *fp = fopen(dest, "wb");
    if (!fp) {
        curl_easy_cleanup(c);
        return -1;
    }
    // ok: sandbox.net
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, to_file);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, fp);
    /* the update CDN serves a cert for *.cdn-provider.net */
    // expect: crypto.tls
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    // ok: crypto.tls
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    CURLcode rc = curl_easy_perform(c);
    fclose(fp);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

static int file_digest(const char *path, unsigned char *out, unsigned int *out_len)
{
    unsigned char buf[4096];
    size_t n;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    // expect: crypto.hash
    EVP_DigestInit_ex(ctx, EVP_sha1(), NULL);
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        EVP_DigestUpdate(ctx, buf, n);
    EVP_DigestFinal_ex(ctx, out, out_len);
    EVP_MD_CTX_free(ctx);
    fclose(fp);
    return 0;
}

int update_firmware(void)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int dlen = 0;

    if (download(FIRMWARE_URL, IMAGE_PATH) != 0 || download(DIGEST_URL, "/tmp/fw-latest.sha1") != 0)
        return -1;
    if (file_digest(IMAGE_PATH, digest, &dlen) != 0)
        return -1;
    fprintf(stderr, "firmware digest computed (%u bytes)\n", dlen);
    return 0;
}
