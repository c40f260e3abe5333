import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const char *name) { printf("hello %s\\n", name); }',
    'void f(const char *msg) { puts(msg); fputs(msg, stderr); }',
    'void f(int verbose, int n) { const char *fmt = verbose ? "n=%d\\n" : "%d\\n"; printf(fmt, n); }',
    '#define FMT "%d items\\n"\nvoid f(int n) { printf(FMT, n); }',
    'void f(int n) { printf(_("%d files\\n"), n); /* printf(user, n); */ }',
    'void log_msg(const char *fmt, ...);\nvoid f(const char *user) { log_msg("%s", user); }',
    'void f(const char *fmt, int n) { log_info(fmt, n); }',
  ],
  invalid: [
    { code: 'void f(const char *user, int n) {\n  printf(user, n);\n}', line: 2 },
    { code: 'void f(int prio, va_list ap) {\n  vsyslog(prio, getenv("LOG_FORMAT"), ap);\n}', line: 2 },
    { code: 'void log_msg(const char *fmt, ...) {\n  va_list ap;\n  va_start(ap, fmt);\n  vfprintf(stderr, fmt, ap);\n  va_end(ap);\n}', line: 4 },
    { code: 'void log_msg(const char *fmt, ...);\nvoid f(const char *user) {\n  log_msg(user);\n}', line: 3 },
    { code: 'void f(char *out, size_t n, const char *tmpl, int v) {\n  snprintf(out, n, tmpl, v);\n}', line: 2 },
  ],
})
