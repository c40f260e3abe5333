import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { char buf[16]; strcpy(buf, "hello"); }',
    '#define GREETING "hi there"\nvoid f(void) { char buf[16]; strcpy(buf, GREETING); strcat(buf, "!"); }',
    'void f(const char *src) { char buf[16]; snprintf(buf, sizeof buf, "%s", src); }',
    'void f(const char *src) { char buf[16]; strlcpy(buf, src, sizeof buf); /* strcpy(buf, src); */ }',
    'char *dup(const char *s) { char *p = malloc(strlen(s) + 1); if (!p) return NULL; strcpy(p, s); return p; }',
    'void f(struct table *t, const char *k) { t->strcpy(k, k); }',
  ],
  invalid: [
    { code: 'void f(const char *name) {\n  char buf[16];\n  strcpy(buf, name);\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  char path[64] = "/tmp/";\n  strcat(path, argv[1]);\n  return 0;\n}', line: 3 },
    { code: 'void f(void) {\n  char small[4];\n  strcpy(small, "too long for it");\n}', line: 3 },
    { code: 'void f(char *dst, const char *src) {\n  wcscpy(dst, src);\n}', line: 2 },
  ],
})
