import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    // The environment is configuration, not external input (docs/semantics.md).
    'void f(void) {\n  const char *h = getenv("TARGET_HOST");\n  struct hostent *he = gethostbyname(h);\n  (void)he;\n}',
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_URL, "https://api.example.com/status"); }',
    'int main(int argc, char **argv) { CURL *c = curl_easy_init(); char url[256]; snprintf(url, sizeof url, "https://api.example.com/users/%s", argv[1]); curl_easy_setopt(c, CURLOPT_URL, url); return 0; }',
    'void f(CURL *c, const char *url) { curl_easy_setopt(c, CURLOPT_URL, url); }',
    'int main(int argc, char **argv) { CURL *c = curl_easy_init(); if (!is_allowed_host(argv[1])) return 1; curl_easy_setopt(c, CURLOPT_URL, argv[1]); return 0; }',
    'int main(int argc, char **argv) { CURL *c = curl_easy_init(); curl_easy_setopt(c, CURLOPT_POSTFIELDS, argv[1]); return 0; }',
    'void f(int s, struct sockaddr_in *a) { inet_pton(AF_INET, "10.0.0.1", &a->sin_addr); connect(s, (struct sockaddr *)a, sizeof *a); }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  CURL *c = curl_easy_init();\n  curl_easy_setopt(c, CURLOPT_URL, argv[1]);\n  return curl_easy_perform(c);\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  struct addrinfo hints = {0}, *res;\n  int s = socket(AF_INET, SOCK_STREAM, 0);\n  getaddrinfo(argv[1], "80", &hints, &res);\n  connect(s, res->ai_addr, res->ai_addrlen);\n  return 0;\n}', line: 5 },
    { code: 'void f(CURL *c) {\n  char url[512];\n  fgets(url, sizeof url, stdin);\n  curl_easy_setopt(c, CURLOPT_URL, url);\n}', line: 4 },
    { code: 'void f(void) {\n  char h[256];\n  fgets(h, sizeof h, stdin);\n  struct hostent *he = gethostbyname(h);\n  (void)he;\n}', line: 4 },
  ],
})
