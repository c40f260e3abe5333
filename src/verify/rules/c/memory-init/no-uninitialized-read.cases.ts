import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int f(void) { int x = 0; return x + 1; }',
    'int f(void) { int n; if (scanf("%d", &n) != 1) return -1; return n; }',
    'int f(int k) { int x; switch (k) { case 1: x = 1; break; default: x = 2; } return x; }',
    'void f(void) { char buf[64]; snprintf(buf, sizeof buf, "%d", 3); puts(buf); }',
    'void f(void) { char buf[64] = {0}; puts(buf); }',
    'int f(void) { static int calls; return calls++; }',
    'void f(void) { struct stat st; stat("/tmp", &st); }',
    'int f(void) { int x; /* return x; */ x = 4; return x; }',
    'void f(void) { char buf[32]; fill(buf); puts(buf); }',
  ],
  invalid: [
    { code: 'int f(void) {\n  int total;\n  total += 5;\n  return total;\n}', line: 3 },
    { code: 'int f(const int *a, int n) {\n  int max;\n  for (int i = 0; i < n; i++)\n    if (a[i] > max) max = a[i];\n  return max;\n}', line: 4 },
    { code: 'void f(void) {\n  char name[32];\n  printf("hello %s\\n", name);\n}', line: 3 },
    { code: 'void f(void) {\n  char *p;\n  strcpy(p, "x");\n}', line: 3 },
    { code: 'size_t f(void) {\n  char buf[16];\n  strcat(buf, "abc");\n  return strlen(buf);\n}', line: 3 },
  ],
})
