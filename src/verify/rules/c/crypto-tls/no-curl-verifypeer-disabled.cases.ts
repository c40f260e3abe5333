import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L); }',
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_CAINFO, "/etc/ssl/ca.pem"); }',
    'void f(CURL *c) { /* curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L); */ curl_easy_setopt(c, CURLOPT_TIMEOUT, 0L); }',
    'void f(struct cfg *c) { c->setopt(CURLOPT_SSL_VERIFYPEER, 0L); }',
  ],
  invalid: [
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);\n}', line: 2, output: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);\n}' },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0);\n}', line: 2, output: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);\n}' },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_PROXY_SSL_VERIFYPEER, FALSE);\n}', line: 2, output: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);\n}' },
  ],
})
