import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(int fd) { char buf[256]; read(fd, buf, sizeof buf); }',
    'void f(int s) { char buf[256]; ssize_t n = recv(s, buf, sizeof(buf) - 1, 0); }',
    'void f(FILE *fp) { char line[128]; fgets(line, sizeof line, fp); }',
    'void f(FILE *fp) { unsigned char hdr[16]; fread(hdr, 1, sizeof hdr, fp); }',
    'void f(int fd, char *dst, size_t n) { read(fd, dst, n); }',
    'void f(int fd, uint32_t len) { char body[512]; if (len > sizeof body) return; read(fd, body, len); }',
    'void f(int fd) { char buf[64]; /* read(fd, buf, 1024); */ }',
  ],
  invalid: [
    { code: 'void f(int fd, size_t len) {\n  char buf[256];\n  read(fd, buf, len);\n}', line: 3 },
    { code: 'void f(int s) {\n  char buf[64];\n  recv(s, buf, 1024, 0);\n}', line: 3 },
    { code: 'void f(FILE *fp) {\n  char line[64];\n  fgets(line, 128, fp);\n}', line: 3 },
    { code: 'void f(FILE *fp, size_t count) {\n  int vals[16];\n  fread(vals, sizeof(int), count, fp);\n}', line: 3 },
  ],
})
