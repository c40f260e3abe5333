import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'fn swap_them(a: &mut i32, b: &mut i32) {\n    std::mem::swap(a, b);\n}',
    '// unsafe { ptr::read(p) } would be wrong here\nfn f() -> &\'static str {\n    "unsafe { }"\n}',
    'fn f(v: &[u8]) -> Option<u8> {\n    v.get(3).copied()\n}',
    '#![forbid(unsafe_code)]\nfn is_unsafe(name: &str) -> bool {\n    name == "unsafe"\n}',
  ],
  invalid: [
    { code: 'fn read(p: *const u8) -> u8 {\n    let v = unsafe { *p };\n    v\n}', line: 2 },
    { code: 'pub unsafe fn from_raw(p: *mut u8, n: usize) -> Vec<u8> {\n    Vec::from_raw_parts(p, n, n)\n}', line: 1 },
    { code: 'struct Handle(*mut u8);\nunsafe impl Send for Handle {}', line: 2 },
    { code: 'fn cast(b: [u8; 4]) -> u32 {\n    unsafe {\n        std::mem::transmute(b)\n    }\n}', line: 2 },
    { code: '#[inline]\npub(crate) unsafe fn get(v: &[u8], i: usize) -> u8 {\n    *v.get_unchecked(i)\n}', line: 2 },
  ],
})
