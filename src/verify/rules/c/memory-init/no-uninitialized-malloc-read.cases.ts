import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'char *f(const char *a) { char *p = malloc(64); if (!p) return NULL; strcpy(p, a); strcat(p, "!"); return p; }',
    'char *f(void) { char *p = malloc(64); if (p == NULL) return NULL; p[0] = 0; strcat(p, "x"); return p; }',
    'char *f(void) { char *p = calloc(64, 1); strcat(p, "x"); return p; }',
    'void f(int fd) { char *p = malloc(64); ssize_t n = read(fd, p, 63); if (n > 0) puts(p); free(p); }',
    'char *f(void) { char *p = malloc(64); fill(p); return p; /* strlen(p) */ }',
  ],
  invalid: [
    { code: 'char *f(const char *a) {\n  char *p = malloc(64);\n  if (!p) return NULL;\n  strcat(p, a);\n  return p;\n}', line: 4 },
    { code: 'size_t f(void) {\n  char *buf = (char *)malloc(32);\n  return strlen(buf);\n}', line: 3 },
    { code: 'void f(void) {\n  char *msg;\n  msg = malloc(128);\n  printf("%s\\n", msg);\n  free(msg);\n}', line: 4 },
  ],
})
