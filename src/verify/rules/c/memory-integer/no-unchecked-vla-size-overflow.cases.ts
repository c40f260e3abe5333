import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    '#define N 16\nvoid f(void) { int grid[N * N]; grid[0] = 0; }',
    'void f(size_t w, size_t h) { if (w > 64 || h > 64) return; char px[w * h]; px[0] = 0; }',
    'void f(size_t n) { char buf[n]; buf[0] = 0; }',
    'void f(int rows, int cols, int m[rows][cols]) { m[0][0] = 0; }',
    'void f(void) { char b[sizeof(int) * 4]; /* char c[n * m]; */ b[0] = 0; }',
  ],
  invalid: [
    { code: 'void f(size_t w, size_t h) {\n  unsigned char pixels[w * h];\n  pixels[0] = 0;\n}', line: 2, lang: 'c' },
    { code: 'int main(int argc, char **argv) {\n  int n = atoi(argv[1]);\n  char line[n + 2];\n  line[0] = 0;\n  return 0;\n}', line: 3, lang: 'c' },
    { code: 'void f(int count) {\n  double vals[count * 2];\n  vals[0] = 0;\n}', line: 2 },
  ],
})
