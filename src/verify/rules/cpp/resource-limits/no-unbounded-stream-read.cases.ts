import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'std::string f(std::ifstream &file) { return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>()); }',
    'void f(tcp::socket &sock, std::string &line) { boost::asio::read_until(sock, boost::asio::dynamic_buffer(line, 4096), "\\n"); }',
    'void f(tcp::socket &sock) { boost::asio::streambuf buf(65536); boost::asio::read_until(sock, buf, "\\r\\n\\r\\n"); }',
    'void f(http::request_parser<http::string_body> &p) { p.body_limit(1024 * 1024); }',
    'void f() { std::string line; std::getline(std::cin, line); /* std::cin.rdbuf() */ }',
  ],
  invalid: [
    { code: 'int main() {\n  std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());\n  return input.size() > 0;\n}', line: 2 },
    { code: 'void f(tcp::socket &sock, std::string &line) {\n  boost::asio::read_until(sock, boost::asio::dynamic_buffer(line), "\\n");\n}', line: 2 },
    { code: 'void f(http::request_parser<http::string_body> &parser) {\n  parser.body_limit(boost::none);\n}', line: 2 },
    { code: 'std::string f() {\n  std::stringstream ss;\n  ss << std::cin.rdbuf();\n  return ss.str();\n}', line: 3 },
  ],
})
