import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L); }',
    'void f(CURL *c) { curl_easy_setopt(c, CURLOPT_VERBOSE, 0L); }',
    'void f(CURL *c) { /* CURLOPT_SSL_VERIFYHOST, 0L */ }',
    'void f(CURL *c, long v) { curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, v ? 2L : 2L); }',
  ],
  invalid: [
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);\n}', line: 2, output: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);\n}' },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c,\n                   CURLOPT_SSL_VERIFYHOST, 0);\n}', line: 3, output: 'void f(CURL *c) {\n  curl_easy_setopt(c,\n                   CURLOPT_SSL_VERIFYHOST, 2L);\n}' },
    { code: 'void f(CURL *c) {\n  curl_easy_setopt(c, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);\n}', line: 2 },
  ],
})
