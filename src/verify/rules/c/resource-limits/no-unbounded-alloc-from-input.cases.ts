import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int main(int argc, char **argv) { size_t n = strtoul(argv[1], NULL, 10); if (n > 4096) return 1; char *b = malloc(n); free(b); return 0; }',
    'char *dup(const char *s) { char *p = malloc(strlen(s) + 1); return p; }',
    'void f(size_t n) { char *b = malloc(n); free(b); }',
    'int main(int argc, char **argv) { char *b = malloc(sizeof(char *) * (size_t)argc); free(b); return 0; }',
    'int main(int argc, char **argv) { size_t n = MIN(strtoul(argv[1], NULL, 10), 4096); char *b = malloc(n); free(b); return 0; }',
    'void f(void) { char *b = malloc(4096); /* malloc(atoi(getenv("N"))) */ free(b); }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  size_t n = strtoul(argv[1], NULL, 10);\n  char *b = malloc(n);\n  free(b);\n  return 0;\n}', line: 3 },
    { code: 'void f(int fd) {\n  uint32_t len;\n  read(fd, &len, sizeof len);\n  len = ntohl(len);\n  char *body = malloc(len);\n  read(fd, body, len);\n}', line: 5 },
    { code: 'void f(void) {\n  int n;\n  scanf("%d", &n);\n  int vals[n];\n  vals[0] = 0;\n}', line: 4, lang: 'c' },
  ],
})
