import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f(char *p) { free(p); p = NULL; if (p) puts(p); }',
    'void f(char *p, int e) { if (e) { free(p); return; } puts(p); free(p); }',
    'void f(char *p, int e) { if (e) free(p); else puts(p); }',
    'void f(struct node *n) { struct node *next = n->next; free(n); n = next; n->v = 1; }',
    'void f(char *p) { size_t s = sizeof(p); free(p); /* puts(p); */ }',
    'void f(char *p) { free(p); p = malloc(8); p[0] = 0; }',
    'void f(struct s *o) { free(o->buf); o->buf = NULL; o->len = 0; }',
  ],
  invalid: [
    { code: 'void f(char *p) {\n  free(p);\n  printf("%s\\n", p);\n}', line: 3 },
    { code: 'void f(struct s *o) {\n  free(o);\n  o->len = 0;\n}', line: 3 },
    { code: 'void f(struct node *head) {\n  struct node *p;\n  for (p = head; p != NULL; p = p->next)\n    free(p);\n}', line: 3 },
    { code: 'int f(char *buf, int err) {\n  if (err) {\n    free(buf);\n  }\n  return buf[0];\n}', line: 5 },
    { code: 'void f(struct s *o) {\n  free(o->name);\n  log_msg(o->name);\n}', line: 3 },
  ],
})
