import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  int Sum(System.Span<int> xs) {\n    int s = 0;\n    foreach (var x in xs) s += x;\n    return s;\n  }\n}',
    '// unsafe { *p = 0; } is not allowed here\nclass A { string s = "unsafe { }"; }',
    'class A {\n  bool IsUnsafe(string path) => path.Contains("..");\n}',
    'class A {\n  void F() {\n    System.Span<byte> buf = stackalloc byte[16];\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  void F(byte[] b) {\n    unsafe {\n      fixed (byte* p = b) { *p = 0; }\n    }\n  }\n}', line: 3 },
    { code: 'class A {\n  public static unsafe void Copy(byte* dst, byte* src, int n) {\n    for (int i = 0; i < n; i++) dst[i] = src[i];\n  }\n}', line: 2 },
    { code: 'unsafe struct Header {\n  public int Length;\n}', line: 1 },
  ],
})
