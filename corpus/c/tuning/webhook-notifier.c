/* Posts deployment events to the chat webhook configured in /etc/deployd/notify.conf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

#define NOTIFY_CONF "/etc/deployd/notify.conf"

// expect: crypto.secrets
static const char *deploy_api_token = "dpl_7Hq2kVx9LmP4sRt8ZwYb3NcF";

// ok: crypto.secrets
static const char *token_header = "X-Deploy-Token";

static void json_quote(char *out, size_t cap, const char *in)
{
    size_t o = 0;
    for (; *in && o + 3 < cap; in++) {
        if (*in == '"' || *in == '\\')
            out[o++] = '\\';
        out[o++] = *in;
    }
    out[o] = '\0';
}

int notify_deploy(const char *service, const char *version)
{
    char url[512] = {0};
    char line[600];

    // ok: sandbox.fs
    FILE *conf = fopen(NOTIFY_CONF, "r");
    if (conf == NULL)
        return -1;
    while (fgets(line, sizeof line, conf)) {
        if (strncmp(line, "webhook=", 8) == 0) {
            snprintf(url, sizeof url, "%s", line + 8);
            char *eol = strpbrk(url, "\r\n");
            if (eol)
                *eol = '\0';
        }
    }
    fclose(conf);
    if (url[0] == '\0')
        return -1;

    char svc[128], ver[64], body[512], auth[256];
    json_quote(svc, sizeof svc, service);
    json_quote(ver, sizeof ver, version);
    snprintf(body, sizeof body, "{\"text\":\"deployed %s %s\"}", svc, ver);
    snprintf(auth, sizeof auth, "%s: %s", token_header, deploy_api_token);

    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;
    struct curl_slist *hdrs = curl_slist_append(NULL, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, auth);
    // expect: sandbox.net
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    // expect: crypto.tls
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
