import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { char buf[64]; fgets(buf, sizeof buf, stdin); }',
    'void f(void) { char buf[64]; /* gets(buf) would overflow */ puts("gets(buf)"); }',
    'struct reader { int (*gets)(char *); };\nvoid f(struct reader *r, char *b) { r->gets(b); }',
    'void f(char *line, size_t n) { getline(&line, &n, stdin); }',
  ],
  invalid: [
    { code: 'void f(void) {\n  char buf[64];\n  gets(buf);\n}', line: 3, output: 'void f(void) {\n  char buf[64];\n  fgets(buf, sizeof buf, stdin);\n}' },
    { code: 'int main(void) {\n  char name[16];\n  if (gets(name) == NULL) return 1;\n  return 0;\n}', line: 3 },
    { code: 'void f(char *dst) {\n  gets(dst);\n}', line: 2 },
  ],
})
