import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *src) { char buf[64]; memcpy(buf, src, sizeof buf); }',
    'void f(const char *src, size_t n) { char buf[64]; if (n > sizeof buf) return; memcpy(buf, src, n); }',
    'void f(const char *src, size_t n) { char buf[64]; if (n <= sizeof(buf)) { memcpy(buf, src, n); } }',
    'void f(char *dst, const char *src, size_t n) { memcpy(dst, src, n); }',
    'void f(const char *src) { char buf[64]; /* memcpy(buf, src, n); */ }',
    'void f(const char *src) { char buf[64]; memcpy(buf, src, 16); }',
  ],
  invalid: [
    { code: 'void f(const char *src, size_t n) {\n  char buf[64];\n  memcpy(buf, src, n);\n}', line: 3 },
    { code: 'void f(int fd, const char *src) {\n  char out[32];\n  size_t len = strlen(src);\n  memmove(out, src, len);\n}', line: 4 },
    { code: 'void f(const char *src, size_t n) { char buf[8]; if (n > 0) { log(n); } memcpy(buf, src, n + 1); }' },
    { code: 'void f(const char *src, size_t n) {\n  char buf[8];\n  if (n > 0) {\n    memcpy(buf, src, n);\n  }\n}', line: 4 },
  ],
})
