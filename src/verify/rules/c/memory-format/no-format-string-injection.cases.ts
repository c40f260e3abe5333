import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *name) { printf("hello %s\\n", name); }',
    'void f(const char *msg) { puts(msg); fputs(msg, stderr); }',
    'void log_msg(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(stderr, fmt, ap); va_end(ap); }',
    'void f(int verbose, int n) { const char *fmt = verbose ? "n=%d\\n" : "%d\\n"; printf(fmt, n); }',
    '#define FMT "%d items\\n"\nvoid f(int n) { printf(FMT, n); }',
    'void f(int n) { printf(_("%d files\\n"), n); /* printf(user, n); */ }',
    'void vlog(FILE *out, const char *fmt, va_list ap) { vfprintf(out, fmt, ap); }',
    'void log_msg(const char *fmt, ...);\nvoid f(const char *user) { log_msg("%s", user); }',
  ],
  invalid: [
    { code: 'void f(const char *user, int n) {\n  printf(user, n);\n}', line: 2 },
    { code: 'void f(int prio, va_list ap) {\n  vsyslog(prio, getenv("LOG_FORMAT"), ap);\n}', line: 2 },
    { code: 'void log_msg(const char *fmt, ...) {\n  va_list ap;\n  va_start(ap, fmt);\n  vfprintf(stderr, fmt, ap);\n  va_end(ap);\n}\nvoid f(const char *user) {\n  log_msg(user);\n}', line: 8 },
    { code: 'void f(char *out, size_t n, const char *tmpl, int v) {\n  snprintf(out, n, tmpl, v);\n}', line: 2 },
  ],
})
