import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { // boost::dll::shared_library lib("x.so");\n}',
    'void f() { std::string s = "QLibrary lib(\\"x\\")"; }',
    'void f(Library &library) { library.load("x"); }',
  ],
  invalid: [
    { code: 'void f() {\n  boost::dll::shared_library lib("/opt/app/plugins/libext.so");\n}', line: 2 },
    { code: 'void f(const QString &path) {\n  QLibrary lib(path);\n  lib.load();\n}', line: 2 },
    { code: 'void f() {\n  auto creator = boost::dll::import_symbol<Plugin()>("libplugin.so", "create");\n}', line: 2 },
  ],
})
