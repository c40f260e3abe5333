import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'void f() { std::string name; std::cin >> name; }',
    'void f() { char name[32]; std::cin >> std::setw(sizeof name) >> name; }',
    'void f() { int n; std::cin >> n; }',
    'unsigned f(unsigned x) { char buf[8]; return x >> 2; }',
    'void f() { char name[32]; // std::cin >> name;\n}',
  ],
  invalid: [
    { code: 'void f() {\n  char name[32];\n  std::cin >> name;\n}', line: 3 },
    { code: 'void f(std::istream &in) {\n  int id;\n  char user[16];\n  in >> id >> user;\n}', line: 4 },
    { code: 'void f() {\n  char a[8], b[8];\n  std::cin >> std::setw(8) >> a >> b;\n}', line: 3 },
  ],
})
