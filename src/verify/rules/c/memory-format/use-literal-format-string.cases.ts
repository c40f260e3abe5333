import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *msg) { printf("%s", msg); }',
    'void f(void) { printf("ready\\n"); fprintf(stderr, "done\\n"); }',
    'void f(const char *msg) { puts(msg); /* printf(msg); */ }',
    'void f(struct logger *l, const char *msg) { l->printf(msg); }',
    '#define BANNER "v1.0\\n"\nvoid f(void) { printf(BANNER); }',
    'void f(const char *msg, int n) { printf(msg, n); }',
  ],
  invalid: [
    { code: 'void f(const char *msg) {\n  printf(msg);\n}', line: 2, output: 'void f(const char *msg) {\n  printf("%s", msg);\n}' },
    { code: 'void f(FILE *fp, const char *line) {\n  fprintf(fp, line);\n}', line: 2, output: 'void f(FILE *fp, const char *line) {\n  fprintf(fp, "%s", line);\n}' },
    { code: 'int main(int argc, char **argv) {\n  syslog(LOG_INFO, argv[1]);\n  return 0;\n}', line: 2, output: 'int main(int argc, char **argv) {\n  syslog(LOG_INFO, "%s", argv[1]);\n  return 0;\n}' },
    { code: 'void f(char *out, size_t n, const char *s) {\n  snprintf(out, n, s);\n}', line: 2, output: 'void f(char *out, size_t n, const char *s) {\n  snprintf(out, n, "%s", s);\n}' },
  ],
})
