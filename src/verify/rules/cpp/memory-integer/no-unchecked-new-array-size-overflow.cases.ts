import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int *f(size_t n) { return new int[n]; }',
    'int *f(size_t w, size_t h) { if (h != 0 && w > SIZE_MAX / h) throw std::length_error("too big"); return new int[w * h]; }',
    'int *f() { return new int[16 * 4]; }',
    'std::vector<int> f(size_t w, size_t h) { std::vector<int> v; v.reserve(64); /* new int[w * h] */ return v; }',
  ],
  invalid: [
    { code: 'int *f(size_t w, size_t h) {\n  return new int[w * h];\n}', line: 2 },
    { code: 'char *f(int argc, char **argv) {\n  size_t n = std::stoul(argv[1]);\n  size_t bytes = n * 4;\n  char *b = new char[bytes];\n  return b;\n}', line: 4 },
    { code: 'Pixel *f(const Header &hdr) {\n  Pixel *p = new Pixel[hdr.width * hdr.height];\n  return p;\n}', line: 2 },
  ],
})
