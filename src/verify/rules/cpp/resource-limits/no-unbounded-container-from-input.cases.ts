import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'int main(int argc, char **argv) { size_t n = std::stoul(argv[1]); if (n > 10000) return 1; std::vector<int> v(n); return 0; }',
    'void f(size_t n) { std::vector<int> v(n); }',
    'void f(const std::string &s) { std::vector<char> v(s.size()); }',
    'int main(int argc, char **argv) { std::vector<std::string> args(argv, argv + argc); return 0; }',
    'void f() { std::vector<int> v{1, 2, 3}; v.reserve(64); /* v.resize(std::stoul(argv[1])) */ }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  size_t n = std::stoul(argv[1]);\n  std::vector<double> v(n);\n  return 0;\n}', line: 3 },
    { code: 'void f() {\n  size_t count;\n  std::cin >> count;\n  std::vector<int> items;\n  items.resize(count);\n}', line: 5 },
    { code: 'void f(int fd) {\n  uint32_t len;\n  read(fd, &len, sizeof len);\n  char *buf = new char[ntohl(len)];\n  delete[] buf;\n}', line: 4 },
  ],
})
