import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(char *p) { free(p); p = NULL; free(p); }',
    'void f(char *p, int e) { if (e) free(p); else free(p); }',
    'void f(char *p, int e) { if (e) { free(p); return; } free(p); }',
    'void f(char *a, char *b) { free(a); free(b); }',
    'void f(char *p) { free(p); /* free(p); */ }',
    'void f(char **v, int n) { for (int i = 0; i < n; i++) free(v[i]); free(v); }',
  ],
  invalid: [
    { code: 'void f(char *p) {\n  free(p);\n  free(p);\n}', line: 3 },
    { code: 'int f(char *buf, int err) {\n  if (err)\n    free(buf);\n  log_msg("done");\n  free(buf);\n  return 0;\n}', line: 5 },
    { code: 'void f(struct s *o) {\n  g_free(o->name);\n  cleanup(o);\n  g_free(o->name);\n}', line: 4 },
  ],
})
