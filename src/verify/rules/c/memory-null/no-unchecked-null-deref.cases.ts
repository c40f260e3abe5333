import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'char *f(size_t n) { char *p = malloc(n); if (!p) return NULL; p[0] = 0; return p; }',
    'void f(void) { FILE *fp = fopen("a.txt", "r"); if (fp == NULL) { perror("fopen"); return; } char b[64]; fgets(b, sizeof b, fp); fclose(fp); }',
    'const char *f(void) { const char *h = getenv("HOME"); return h ? h : "/"; }',
    'void f(void) { char *p = malloc(8); free(p); }',
    'char *f(const char *s) { char *d = strdup(s); assert(d != NULL); d[0] = 0; return d; }',
    'void f(struct ctx *c) { c->malloc(8)->x = 1; /* strlen(getenv("X")) */ }',
    { code: 'void f() { const char *h = std::getenv("HOME"); std::string home = h ? h : "/"; }', lang: 'cpp' },
    'int *f(size_t n) { int *v = malloc(n * sizeof *v); return v; }',
  ],
  invalid: [
    { code: 'char *f(size_t n) {\n  char *p = malloc(n);\n  p[0] = 0;\n  return p;\n}', line: 3 },
    { code: 'void f(void) {\n  char line[128];\n  FILE *fp = fopen("/etc/app.conf", "r");\n  fgets(line, sizeof line, fp);\n}', line: 4 },
    { code: 'size_t f(void) {\n  return strlen(getenv("HOME"));\n}', line: 2 },
    { code: 'struct node *f(int v) {\n  struct node *n = (struct node *)malloc(sizeof *n);\n  n->value = v;\n  if (!n) return NULL;\n  return n;\n}', line: 3 },
    { code: 'void f(const char *s) {\n  char *copy = strdup(s);\n  printf("%s\\n", copy);\n}', line: 3 },
    { code: 'void f() {\n  std::string home = std::getenv("HOME");\n}', line: 2, lang: 'cpp' },
    { code: 'void f() {\n  const char *tok = getenv("API_TOKEN");\n  std::cout << tok << "\\n";\n}', line: 3, lang: 'cpp' },
  ],
})
