import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'struct Library { books: Vec<String> }\nimpl Library { fn new() -> Self { Library { books: vec![] } } }\nfn f() {\n    let l = Library::new();\n}',
    '// libloading::Library::new("plugin.so") is not used\nfn f() {}',
    'fn f() -> &\'static str {\n    "dlopen(path)"\n}',
    'use std::fs::File;\nfn f() {\n    let x = File::open("a.txt");\n}',
  ],
  invalid: [
    { code: 'use libloading::Library;\nfn load(path: &str) {\n    let lib = unsafe { Library::new(path) }.unwrap();\n}', line: 3 },
    { code: 'fn load() {\n    let lib = unsafe { libloading::Library::new("libplugin.so") };\n}', line: 2 },
    { code: 'use std::ffi::CString;\nfn open(p: &CString) {\n    let h = unsafe { libc::dlopen(p.as_ptr(), libc::RTLD_NOW) };\n}', line: 3 },
  ],
})
