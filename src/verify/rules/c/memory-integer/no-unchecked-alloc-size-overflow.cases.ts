import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int *f(size_t n) { return calloc(n, sizeof(int)); }',
    'int *f(size_t n) { if (n > SIZE_MAX / sizeof(int)) return NULL; return malloc(n * sizeof(int)); }',
    'int *f(void) { return malloc(sizeof(int) * 16); }',
    'char *f(const char *s) { return malloc(strlen(s) + 1); }',
    'int *f(size_t n) { size_t bytes; if (__builtin_mul_overflow(n, sizeof(int), &bytes)) return NULL; return malloc(bytes); }',
    'char *f(size_t len) { return malloc(len + 1); }',
    'int *f(size_t n) { if (n > 1024) return NULL; return malloc(n * sizeof(int)); }',
    'void *f(size_t n) { /* malloc(n * m) */ return malloc(64); }',
  ],
  invalid: [
    { code: 'int *f(size_t n) {\n  return malloc(n * sizeof(int));\n}', line: 2 },
    { code: 'struct item *f(size_t count, size_t each) {\n  size_t total = count * each;\n  struct item *v = malloc(total);\n  return v;\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  size_t len = strtoul(argv[1], NULL, 10);\n  char *b = malloc(len + 1);\n  return b != NULL;\n}', line: 3 },
    { code: 'void f(void **p, size_t n) {\n  *p = realloc(*p, n * 8);\n}', line: 2 },
  ],
})
