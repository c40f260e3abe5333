import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'char *f(void) { static char buf[32]; return buf; }',
    'char *f(size_t n) { char *p = malloc(n); return p; }',
    'char *f(char *out) { out[0] = 0; return out; }',
    'int f(void) { int x = 3; return x; }',
    'const char *f(void) { return "constant"; /* return buf; */ }',
    'char g[16];\nchar *f(void) { return g; }',
    'char *f(char buf[16]) { return buf; }',
    { code: 'std::string f(double v) { char buf[32]; std::snprintf(buf, sizeof buf, "%.2f", v); return buf; }', lang: 'cpp' },
  ],
  invalid: [
    { code: 'char *f(void) {\n  char buf[32];\n  snprintf(buf, sizeof buf, "%d", 3);\n  return buf;\n}', line: 4 },
    { code: 'int *f(void) {\n  int x = 3;\n  return &x;\n}', line: 3 },
    { code: 'const char *name(int id) {\n  char tmp[16] = "user";\n  if (id) return (const char *)tmp;\n  return "none";\n}', line: 3 },
    { code: 'int &f() {\n  int x = 3;\n  return x;\n}', line: 3, lang: 'cpp' },
  ],
})
