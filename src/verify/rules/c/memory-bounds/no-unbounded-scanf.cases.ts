import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(void) { char name[32]; scanf("%31s", name); }',
    'void f(void) { int n; scanf("%d", &n); }',
    'void f(const char *line) { char word[16]; int n; sscanf(line, "%15[^,],%d", word, &n); }',
    'void f(void) { char *word = NULL; scanf("%ms", &word); }',
    'void f(void) { scanf("%*s"); /* scanf("%s", buf) */ }',
    'void f(void) { puts("use scanf(\\"%s\\") carefully"); }',
  ],
  invalid: [
    { code: 'void f(void) {\n  char name[32];\n  scanf("%s", name);\n}', line: 3 },
    { code: 'void f(FILE *fp) {\n  char key[16], val[64];\n  fscanf(fp, "%15s = %s", key, val);\n}', line: 3 },
    { code: 'void f(const char *line) {\n  char host[64];\n  int port;\n  sscanf(line, "%[^:]:%d", host, &port);\n}', line: 4 },
  ],
})
