import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *src) { char buf[64]; memcpy(buf, src, sizeof buf); }',
    'void f(const char *src, size_t n) { char buf[64]; if (n > sizeof buf) return; memcpy(buf, src, n); }',
    'void f(const char *src, size_t n) { char buf[64]; if (n <= sizeof(buf)) { memcpy(buf, src, n); } }',
    'void f(char *dst, const char *src, size_t n) { memcpy(dst, src, n); }',
    'void f(const char *src) { char buf[64]; /* memcpy(buf, src, n); */ }',
    'void f(const char *src) { char buf[64]; memcpy(buf, src, 16); }',
    'void f(const char *src) { char buf[64]; strncpy(buf, src, sizeof(buf) - 1); buf[sizeof(buf) - 1] = 0; }',
    'void f(const char *src, size_t len) { char buf[64]; size_t n = len < sizeof buf ? len : sizeof buf; memcpy(buf, src, n); }',
    'void f(const char *src, size_t len) { char buf[64]; memcpy(buf, src, MIN(len, sizeof buf)); }',
    '#define N 32\nvoid f(const char *src) { char buf[N]; memcpy(buf, src, N); }',
    'struct pkt { char data[16]; };\nvoid f(struct pkt *p, const char *src, size_t n) { if (n >= sizeof p->data) return; memcpy(p->data, src, n); }',
  ],
  invalid: [
    { code: 'void f(const char *src, size_t n) {\n  char buf[64];\n  memcpy(buf, src, n);\n}', line: 3 },
    { code: 'void f(int fd, const char *src) {\n  char out[32];\n  size_t len = strlen(src);\n  memmove(out, src, len);\n}', line: 4 },
    { code: 'void f(const char *src, size_t n) { char buf[8]; if (n > 0) { log(n); } memcpy(buf, src, n + 1); }' },
    { code: 'void f(const char *src, size_t n) {\n  char buf[8];\n  if (n > 0) {\n    memcpy(buf, src, n);\n  }\n}', line: 4 },
    { code: 'void f(const char *src) {\n  char buf[8];\n  memcpy(buf, src, 16);\n}', line: 3 },
    { code: 'struct pkt { char data[16]; };\nvoid f(struct pkt *p, const char *src, size_t n) {\n  memcpy(p->data, src, n);\n}', line: 3 },
    { code: 'void f(const char *src) {\n  char name[16];\n  strncpy(name, src, strlen(src));\n}', line: 3 },
  ],
})
