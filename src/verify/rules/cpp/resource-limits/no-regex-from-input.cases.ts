import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'bool f(const std::string &s) { static const std::regex re("^[a-z]{1,16}$"); return std::regex_match(s, re); }',
    'bool f(const std::string &pat, const std::string &s) { std::regex re(pat); return std::regex_search(s, re); }',
    'int main(int argc, char **argv) { std::regex re("^[0-9]+$"); return std::regex_match(argv[1], re); }',
    'void f() { // std::regex re(argv[1]);\n}',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  std::regex re(argv[1]);\n  return 0;\n}', line: 2 },
    { code: 'void f() {\n  std::string pattern;\n  std::getline(std::cin, pattern);\n  auto re = std::regex(pattern, std::regex::ECMAScript);\n}', line: 4 },
    { code: 'void f() {\n  std::string p;\n  std::getline(std::cin, p);\n  boost::regex re{p};\n}', line: 4 },
  ],
})
