import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *name) { char buf[32]; snprintf(buf, sizeof buf, "hi %s", name); }',
    'void f(const char *name) { char buf[32]; sprintf(buf, "hi %.20s", name); }',
    'void f(int n) { char buf[32]; sprintf(buf, "count=%d", n); }',
    'void f(void) { char buf[32]; sprintf(buf, "%s-%s", "a", "b"); }',
    'void f(const char *name) { char buf[32]; /* sprintf(buf, "%s", name); */ puts("sprintf(buf, \\"%s\\", name)"); }',
    '#define TAG "app"\nvoid f(void) { char buf[32]; sprintf(buf, "[%s]", TAG); }',
  ],
  invalid: [
    { code: 'void f(const char *name) {\n  char buf[32];\n  sprintf(buf, "hello %s!", name);\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  char msg[64];\n  sprintf(msg, "%d: %s", argc, argv[1]);\n  return 0;\n}', line: 3 },
    { code: 'void f(char *out, const char *fmt_arg, va_list ap) {\n  vsprintf(out, "%s\\n", ap);\n}', line: 2 },
    { code: 'void f(void) {\n  char line[128], out[64];\n  fgets(line, sizeof line, stdin);\n  sprintf(out, "got %s", line);\n}', line: 4 },
  ],
})
