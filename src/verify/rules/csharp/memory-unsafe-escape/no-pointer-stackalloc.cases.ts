import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void F() {\n    System.Span<byte> buf = stackalloc byte[64];\n  }\n}',
    'class A {\n  void F() {\n    ReadOnlySpan<int> xs = stackalloc int[] { 1, 2, 3 };\n  }\n}',
    '// int* p = stackalloc int[4]; is not allowed\nclass A { string s = "stackalloc"; }',
    'class A {\n  int F() {\n    return Sum(stackalloc int[] { 1, 2 });\n  }\n  int Sum(System.Span<int> s) => s[0];\n}',
  ],
  invalid: [
    {
      code: 'class A {\n  unsafe void F() {\n    int* p = stackalloc int[16];\n  }\n}',
      line: 3,
      output: 'class A {\n  unsafe void F() {\n    Span<int> p = stackalloc int[16];\n  }\n}',
    },
    {
      code: 'class A {\n  unsafe void F(int n) {\n    var buf = stackalloc byte[n];\n  }\n}',
      line: 3,
      output: 'class A {\n  unsafe void F(int n) {\n    Span<byte> buf = stackalloc byte[n];\n  }\n}',
    },
    { code: 'class A {\n  unsafe void F() {\n    char* name = stackalloc char[32];\n    name[0] = (char)0;\n  }\n}', line: 3 },
  ],
})
