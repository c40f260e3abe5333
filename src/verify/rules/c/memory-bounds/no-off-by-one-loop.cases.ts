import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    '#define N 10\nvoid f(void) { int a[N]; for (int i = 0; i < N; i++) a[i] = 0; }',
    '#define N 10\nvoid f(void) { int a[N + 1]; for (int i = 0; i <= N; i++) a[i] = i; }',
    'void f(int *a, int n) { for (int i = 0; i <= n; i++) a[i] = 0; }',
    'void f(void) { int a[10]; int s = 0; for (int i = 0; i <= 9; i++) a[i] = 0; }',
    '#define N 10\nvoid f(void) { int a[N]; int s = 0; for (int i = 1; i <= N; i++) s += a[i - 1]; }',
    '/* for (i = 0; i <= N; i++) a[i] = 0; */\nvoid f(void) {}',
  ],
  invalid: [
    { code: '#define N 10\nvoid f(void) {\n  int a[N];\n  for (int i = 0; i <= N; i++)\n    a[i] = 0;\n}', line: 4 },
    { code: 'void f(void) {\n  char buf[8];\n  int i;\n  for (i = 0; i <= 8; i++) {\n    buf[i] = \'x\';\n  }\n}', line: 4 },
    { code: 'int vals[5];\nvoid f(void) {\n  for (int i = 0; i <= sizeof vals / sizeof vals[0]; i++) vals[i] = -1;\n}', line: 3 },
  ],
})
