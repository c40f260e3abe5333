import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(Widget *w) { delete w; w = nullptr; if (w) w->draw(); }',
    'void f(Widget *w, bool e) { if (e) { delete w; return; } w->draw(); delete w; }',
    'void f() { auto w = std::make_unique<Widget>(); w->draw(); w.reset(); }',
    'void f(Widget *w) { w->draw(); delete w; // w->draw();\n}',
    'void f(int *a) { delete[] a; a = new int[4]; a[0] = 1; }',
  ],
  invalid: [
    { code: 'void f(Widget *w) {\n  delete w;\n  w->draw();\n}', line: 3 },
    { code: 'int f(int *a) {\n  delete[] a;\n  return a[0];\n}', line: 3 },
    { code: 'void f(Node *n, bool last) {\n  if (last)\n    delete n;\n  log(n->name);\n}', line: 4 },
  ],
})
