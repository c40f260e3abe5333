/* statuscheck FILE: probes every URL listed in FILE and pushes results to the status page API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

// expect: crypto.secrets
static const char *status_api_key = "sp_9c1f7e2ab84d4f0e93c6d5a1b7e2f480";

static size_t discard(void *p, size_t s, size_t n, void *u)
{
    (void)p; (void)u;
    return s * n;
}

static long probe(CURL *curl)
{
    long code = 0;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
    // expect: crypto.tls
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    if (curl_easy_perform(curl) != CURLE_OK)
        return -1;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

static void publish(CURL *curl, const char *component_id, long status)
{
    char url[256], body[128], hdr[128];
    snprintf(url, sizeof url, "https://api.statuspage.example.com/v1/components/%s", component_id);
    snprintf(body, sizeof body, "{\"status\":\"%s\"}", status == 200 ? "operational" : "major_outage");
    snprintf(hdr, sizeof hdr, "Authorization: OAuth %s", status_api_key);
    struct curl_slist *h = curl_slist_append(NULL, hdr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
    // ok: sandbox.net
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_perform(curl);
    curl_slist_free_all(h);
}

int main(int argc, char **argv)
{
    char line[1024];
    char id[64], target[900];

    if (argc < 2) {
        fprintf(stderr, "usage: statuscheck FILE\n");
        return 2;
    }
    // expect: sandbox.fs
    FILE *fp = fopen(argv[1], "r");
    if (!fp)
        return 1;
    CURL *curl = curl_easy_init();
    if (!curl) {
        fclose(fp);
        return 1;
    }
    while (fgets(line, sizeof line, fp)) {
        if (sscanf(line, "%63s %899s", id, target) != 2)
            continue;
        // expect: sandbox.net
        curl_easy_setopt(curl, CURLOPT_URL, target);
        long status = probe(curl);
        printf("%-20s %ld\n", id, status);
        publish(curl, id, status);
    }
    curl_easy_cleanup(curl);
    fclose(fp);
    return 0;
}
