import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'extern crate serde;\nfn f() {}',
    '// extern "C" { fn abs(x: i32) -> i32; }\nfn f() -> i32 {\n    (-3i32).abs()\n}',
    'fn f() -> &\'static str {\n    "extern \\"C\\" { fn system(); }"\n}',
    'mod external {\n    pub fn call() {}\n}',
  ],
  invalid: [
    { code: 'extern "C" {\n    fn abs(x: i32) -> i32;\n}\nfn main() {}', line: 1 },
    { code: '#[link(name = "ssl")]\nextern "C" {\n    fn SSL_library_init() -> i32;\n}', line: 2 },
    { code: 'use std::os::raw::c_char;\n\nextern {\n    fn puts(s: *const c_char) -> i32;\n}', line: 3 },
  ],
})
