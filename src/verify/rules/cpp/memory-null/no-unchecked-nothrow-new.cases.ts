import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { Foo *p = new (std::nothrow) Foo(); if (!p) return; p->run(); }',
    'void f() { Foo *p = new Foo(); p->run(); }',
    'void f(size_t n) { char *b = new (std::nothrow) char[n]; if (b == nullptr) return; b[0] = 0; delete[] b; }',
    'void f() { auto p = std::make_unique<Foo>(); p->run(); /* new (std::nothrow) Foo()->run() */ }',
  ],
  invalid: [
    { code: 'void f() {\n  Foo *p = new (std::nothrow) Foo();\n  p->run();\n}', line: 3 },
    { code: 'void f(size_t n) {\n  char *b = new (std::nothrow) char[n];\n  memset(b, 0, n);\n}', line: 3 },
    { code: 'int f() {\n  int *v = new (std::nothrow) int[4];\n  v[0] = 1;\n  return v[0];\n}', line: 3 },
  ],
})
