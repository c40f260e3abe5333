import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void shuffle(int *a, int n) { for (int i = n - 1; i > 0; i--) { int j = rand() % (i + 1); int t = a[i]; a[i] = a[j]; a[j] = t; } }',
    'int roll_dice(void) { return rand() % 6 + 1; }',
    'void make_token(unsigned char *buf, size_t n) { getrandom(buf, n, 0); }',
    'void backoff(void) { usleep(1000 + rand() % 500); /* token = rand(); */ }',
    'void f(struct gen *g, char *token) { token[0] = g->rand(); }',
  ],
  invalid: [
    { code: 'void make_session_id(char *out, size_t n) {\n  for (size_t i = 0; i < n; i++)\n    out[i] = "0123456789abcdef"[rand() % 16];\n}', line: 3 },
    { code: 'void f(char *buf) {\n  unsigned int token = rand();\n  sprintf(buf, "%u", token);\n}', line: 2 },
    { code: 'void f(struct user *u) {\n  snprintf(u->reset_code, sizeof u->reset_code, "%06d", rand() % 1000000);\n}', line: 2 },
    { code: 'long new_nonce(void) {\n  return random();\n}', line: 2 },
  ],
})
