import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(Widget *w) { delete w; w = nullptr; delete w; }',
    'void f(Widget *w, bool e) { if (e) delete w; else delete w; }',
    'void f(Widget *a, Widget *b) { delete a; delete b; }',
    'void f(Widget *w) { delete w; /* delete w; */ }',
  ],
  invalid: [
    { code: 'void f(Widget *w) {\n  delete w;\n  delete w;\n}', line: 3 },
    { code: 'void f(char *buf, bool err) {\n  if (err)\n    delete[] buf;\n  flush();\n  delete[] buf;\n}', line: 5 },
    { code: 'void f(Widget *w) {\n  delete w;\n  notify();\n  free(w);\n}', line: 4 },
  ],
})
