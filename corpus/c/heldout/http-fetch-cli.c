/* fetch: tiny curl-based downloader used in CI scripts.
 * usage: fetch URL [OUTFILE [MIRROR]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

struct sink {
    FILE *fp;
    size_t total;
};

static size_t write_cb(char *data, size_t size, size_t nmemb, void *userp)
{
    struct sink *s = userp;
    size_t n = size * nmemb;
    s->total += n;
    return fwrite(data, 1, n, s->fp);
}

static int fetch(const char *url, FILE *out, int insecure)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;

    struct sink s = { out, 0 };
    // ok: sandbox.net
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    if (insecure) {
        /* self-signed staging hosts */
        // expect: crypto.tls
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    }
    // ok: crypto.tls
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);

    CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "fetch: %s\n", curl_easy_strerror(rc));
    else
        fprintf(stderr, "fetch: %zu bytes\n", s.total);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s URL [OUTFILE [MIRROR]]\n", argv[0]);
        return 2;
    }
    FILE *out = stdout;
    if (argc > 2) {
        // expect: sandbox.fs
        out = fopen(argv[2], "wb");
        if (!out) {
            perror(argv[2]);
            return 1;
        }
    }
    const char *flag = getenv("FETCH_INSECURE");
    int insecure = flag != NULL && strcmp(flag, "1") == 0;

    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (argc > 3) {
        /* optional reachability probe of a mirror before the real download */
        CURL *probe = curl_easy_init();
        if (probe) {
            // expect: sandbox.net
            curl_easy_setopt(probe, CURLOPT_URL, argv[3]);
            curl_easy_setopt(probe, CURLOPT_TIMEOUT, 5L);
            if (curl_easy_perform(probe) != CURLE_OK)
                fprintf(stderr, "fetch: mirror %s unreachable\n", argv[3]);
            curl_easy_cleanup(probe);
        }
    }
    int rc = fetch(argv[1], out, insecure);
    curl_global_cleanup();
    if (out != stdout)
        fclose(out);
    return rc == 0 ? 0 : 1;
}
