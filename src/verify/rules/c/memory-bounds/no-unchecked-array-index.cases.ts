import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int table[16];\nint get(int i) { if (i < 0 || i >= 16) return -1; return table[i]; }',
    'int table[16];\nint get(unsigned i) { return table[i % 16]; }',
    'int get(const int *table, int i) { return table[i]; }',
    'void f(void) { int a[8]; for (int i = 0; i < 8; i++) a[i] = 0; }',
    'int counts[256];\nvoid f(const char *s, size_t n) { for (size_t k = 0; k < n; k++) counts[(unsigned char)s[k]]++; }',
    'int table[16];\nint get(int i) { /* table[i] */ return table[3]; }',
    'int table[16];\nint get(int i) { if (i >= 0 && i < 16) { return table[i]; } return 0; }',
  ],
  invalid: [
    { code: 'int table[16];\nint get(int i) {\n  return table[i];\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  int slots[10] = {0};\n  int idx = atoi(argv[1]);\n  slots[idx] = 1;\n  return slots[idx];\n}', line: 4 },
    { code: 'static char names[4][32];\nvoid set(int i, const char *n) {\n  if (i < 0) return;\n  names[i][0] = n[0];\n}', line: 4 },
  ],
})
