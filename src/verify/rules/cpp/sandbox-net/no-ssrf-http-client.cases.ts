import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { auto r = cpr::Get(cpr::Url{"https://api.example.com/health"}); }',
    'int main(int argc, char **argv) { auto r = cpr::Get(cpr::Url{std::string("https://api.example.com/users/") + argv[1]}); return 0; }',
    'void f(const std::string &url) { auto r = cpr::Get(cpr::Url{url}); }',
    'void f(Job &job, const std::string &host) { job.resolve(host); }',
    'int main(int argc, char **argv) { std::string h = argv[1]; if (!is_allowed_host(h)) return 1; httplib::Client cli(h); return 0; }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  auto r = cpr::Get(cpr::Url{argv[1]});\n  return r.status_code;\n}', line: 2 },
    { code: 'int main(int argc, char **argv) {\n  std::string host = argv[1];\n  httplib::Client cli(host);\n  return 0;\n}', line: 3 },
    { code: 'void f(boost::asio::io_context &io) {\n  std::string host;\n  std::getline(std::cin, host);\n  boost::asio::ip::tcp::resolver resolver(io);\n  auto eps = resolver.resolve(host, "443");\n}', line: 5 },
  ],
})
