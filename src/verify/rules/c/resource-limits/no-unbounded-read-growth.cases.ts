import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    '#define MAX_BODY (1 << 20)\nchar *slurp(int fd, size_t *out) { char *buf = NULL, tmp[4096]; size_t len = 0; ssize_t n; while ((n = read(fd, tmp, sizeof tmp)) > 0) { if (len + n > MAX_BODY) { free(buf); return NULL; } char *nb = realloc(buf, len + n + 1); if (!nb) { free(buf); return NULL; } buf = nb; memcpy(buf + len, tmp, n); len += n; } *out = len; return buf; }',
    'char *grow(char *p, size_t cap) { return realloc(p, cap * 2); }',
    'void f(FILE *fp) { char line[256]; while (fgets(line, sizeof line, fp)) puts(line); }',
    'int **rows(int n) { int **r = NULL; for (int i = 0; i < n; i++) { int **nr = realloc(r, (i + 1) * sizeof *r); if (!nr) break; r = nr; } return r; }',
  ],
  invalid: [
    { code: 'char *slurp(void) {\n  char *buf = NULL, tmp[4096];\n  size_t len = 0, n;\n  while ((n = fread(tmp, 1, sizeof tmp, stdin)) > 0) {\n    buf = realloc(buf, len + n + 1);\n    memcpy(buf + len, tmp, n);\n    len += n;\n  }\n  return buf;\n}', line: 5 },
    { code: 'char *read_all(int s) {\n  char *body = NULL;\n  size_t cap = 0, len = 0;\n  char chunk[1024];\n  ssize_t n;\n  while ((n = recv(s, chunk, sizeof chunk, 0)) > 0) {\n    if (len + n > cap) {\n      cap = (len + n) * 2;\n      body = realloc(body, cap);\n    }\n    memcpy(body + len, chunk, n);\n    len += n;\n  }\n  return body;\n}', line: 9 },
    { code: 'char *line_in(void) {\n  char *s = NULL;\n  size_t len = 0;\n  int c;\n  while ((c = getchar()) != EOF && c != \'\\n\') {\n    s = realloc(s, len + 2);\n    s[len++] = (char)c;\n  }\n  return s;\n}', line: 6 },
  ],
})
