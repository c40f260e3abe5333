/* Client-credentials OAuth2 flow for the reporting exporter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

struct oauth_config {
    const char *token_url;
    const char *client_id;
    const char *client_secret;
    const char *scope;
};

static const struct oauth_config DEFAULT_OAUTH = {
    // ok: crypto.secrets
    .token_url = "https://login.reporting.example.net/oauth2/token",
    .client_id = "exporter-svc",
    // expect: crypto.secrets
    .client_secret = "9f3Kq2vXbLm81RzT0pWcYe5N",
    .scope = "reports.read",
};

struct buffer {
    char data[8192];
    size_t len;
};

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct buffer *b = userdata;
    size_t n = size * nmemb;
    if (n > sizeof b->data - 1 - b->len)
        return 0;
    // ok: memory.bounds
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return n;
}

int oauth_fetch_token(const struct oauth_config *cfg, struct buffer *out)
{
    if (cfg == NULL)
        cfg = &DEFAULT_OAUTH;
    const char *secret = getenv("EXPORTER_CLIENT_SECRET");
    if (secret == NULL)
        secret = cfg->client_secret;

    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;
    char *id = curl_easy_escape(curl, cfg->client_id, 0);
    char *sec = curl_easy_escape(curl, secret, 0);
    char form[1024];
    snprintf(form, sizeof form, "grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s",
             id ? id : "", sec ? sec : "", cfg->scope);
    curl_free(id);
    curl_free(sec);

    out->len = 0;
    out->data[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, cfg->token_url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, form);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    // ok: crypto.tls
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
