import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(const std::string &a) { std::string s = a + "x"; const char *p = s.c_str(); puts(p); }',
    'void f(const std::string &a) { puts((a + "x").c_str()); }',
    'void f(const std::string &name) { const char *p = name.c_str(); puts(p); }',
    'const char *f(const Config &c) { return c.name.c_str(); }',
    'void f(int n) { std::string s = std::to_string(n); /* const char *p = std::to_string(n).c_str(); */ }',
  ],
  invalid: [
    { code: 'void f(const std::string &a) {\n  const char *p = (a + ".tmp").c_str();\n  puts(p);\n}', line: 2 },
    { code: 'void f(int n) {\n  const char *p;\n  p = std::to_string(n).c_str();\n  puts(p);\n}', line: 3 },
    { code: 'const char *label(std::ostringstream &os) {\n  return os.str().c_str();\n}', line: 2 },
    { code: 'void f(const std::string &s) {\n  const char *tail = s.substr(1).c_str();\n  puts(tail);\n}', line: 2 },
  ],
})
