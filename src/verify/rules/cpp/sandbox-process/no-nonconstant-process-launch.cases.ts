import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'namespace bp = boost::process;\nvoid f(const std::string &file) { bp::system("/usr/bin/gzip", "-9", file); }',
    'void f(const QString &file) { QProcess proc; proc.start("/usr/bin/convert", QStringList() << file << "out.png"); }',
    'void f(std::thread &t) { t.start(); }',
    'void f(Worker *w, const std::string &job) { w->start(job); }',
    '// bp::system(cmd)\nvoid f() { bp::system("uptime"); }',
  ],
  invalid: [
    { code: 'namespace bp = boost::process;\nvoid f(const std::string &cmd) {\n  bp::system(cmd);\n}', line: 3 },
    { code: 'void f(const QString &script) {\n  QProcess proc;\n  proc.start("sh", QStringList() << "-c" << script);\n}', line: 3 },
    { code: 'int main(int argc, char **argv) {\n  boost::process::child c(argv[1]);\n  return QProcess::execute(argv[2]);\n}', line: 3 },
  ],
})
