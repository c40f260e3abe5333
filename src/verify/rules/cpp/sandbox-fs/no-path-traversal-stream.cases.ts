import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { std::ifstream in("/etc/app.conf"); }',
    'void f(const std::string &path) { std::ifstream in(path); }',
    'void f(const std::string &name) { if (name.find("..") != std::string::npos || name.find(\'/\') != std::string::npos) return; std::ofstream out("/var/data/" + name); }',
    'void f(const std::string &name) { namespace fs = std::filesystem; fs::path p = fs::weakly_canonical(fs::path("/srv/files") / name); if (p.string().rfind("/srv/files/", 0) != 0) return; std::ifstream in(p); }',
    'void f(Door &d, const std::string &name) { d.open(name); }',
    'void f(int id) { std::ofstream out("/tmp/job-" + std::to_string(id)); }',
  ],
  invalid: [
    { code: 'int main(int argc, char **argv) {\n  std::ifstream in(argv[1]);\n  return in.good();\n}', line: 2 },
    { code: 'void f(const std::string &name) {\n  std::ofstream out("/var/www/uploads/" + name, std::ios::binary);\n}', line: 2 },
    { code: 'void f(const std::string &name) {\n  std::filesystem::remove(std::string("/srv/cache/") + name);\n}', line: 2 },
    { code: 'void f() {\n  std::string name;\n  std::getline(std::cin, name);\n  std::ifstream in;\n  in.open(name);\n}', line: 5 },
  ],
})
