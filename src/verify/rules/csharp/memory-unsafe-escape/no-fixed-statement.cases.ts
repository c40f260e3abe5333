import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void F(byte[] b) {\n    var span = b.AsSpan();\n    span[0] = 1;\n  }\n}',
    '// fixed (byte* p = buf) is forbidden\nclass A { string s = "fixed (byte* p = b)"; }',
    'class A {\n  void F(Bug bug) {\n    bug.fixedIn = "1.2";\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  unsafe void F(byte[] b) {\n    fixed (byte* p = b) {\n      p[0] = 1;\n    }\n  }\n}', line: 3 },
    { code: 'class A {\n  unsafe int F(string s) {\n    fixed (char* c = s) { return c[0]; }\n  }\n}', line: 3 },
    { code: 'class A {\n  unsafe void F(int[] a, int[] b) {\n    fixed (int* pa = a, pb = b) { *pa = *pb; }\n  }\n}', line: 3 },
  ],
})
