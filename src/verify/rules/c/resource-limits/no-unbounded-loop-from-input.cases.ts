import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int main(int argc, char **argv) { for (int i = 1; i < argc; i++) puts(argv[i]); return 0; }',
    'int main(int argc, char **argv) { int n = atoi(argv[1]); if (n > 1000) return 1; for (int i = 0; i < n; i++) work(i); return 0; }',
    'void f(int n) { for (int i = 0; i < n; i++) work(i); }',
    'void f(const char *s) { size_t len = strlen(s); for (size_t i = 0; i < len; i++) putchar(s[i]); }',
    'void f(int fd) { char buf[256]; ssize_t n = read(fd, buf, sizeof buf); for (ssize_t i = 0; i < n; i++) putchar(buf[i]); }',
    'void f(void) { for (int i = 0; i < 10; i++) work(i); /* for (i = 0; i < atoi(getenv("N")); i++) */ }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  int count = atoi(argv[1]);\n  for (int i = 0; i < count; i++)\n    work(i);\n  return 0;\n}', line: 3 },
    { code: 'void f(FILE *fp) {\n  unsigned n;\n  fscanf(fp, "%u", &n);\n  unsigned i = 0;\n  while (i < n) {\n    item(i++);\n  }\n}', line: 5 },
    { code: 'void f(int fd) {\n  uint16_t hdr[2];\n  read(fd, hdr, sizeof hdr);\n  uint16_t records = ntohs(hdr[1]);\n  for (uint16_t r = 0; r < records; r++) handle(fd);\n}', line: 5 },
  ],
})
