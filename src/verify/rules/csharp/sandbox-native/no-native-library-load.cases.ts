import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Reflection;\nclass A {\n  Assembly F() => Assembly.Load("MyPlugins");\n}',
    '// NativeLibrary.Load("libfoo.so") is forbidden\nclass A { string s = "NativeLibrary.Load(path)"; }',
    'class A {\n  void F(Settings settings) {\n    settings.Load("app.json");\n  }\n}',
  ],
  invalid: [
    { code: 'using System.Runtime.InteropServices;\nclass A {\n  System.IntPtr F() {\n    return NativeLibrary.Load("libsodium.so");\n  }\n}', line: 4 },
    { code: 'using System.Runtime.InteropServices;\nclass A {\n  void F(string path) {\n    if (NativeLibrary.TryLoad(path, out var h)) { }\n  }\n}', line: 4 },
    {
      code: 'using System;\nusing System.Runtime.InteropServices;\nclass A {\n  delegate int Add(int a, int b);\n  int F(IntPtr fn) {\n    var add = Marshal.GetDelegateForFunctionPointer<Add>(fn);\n    return add(1, 2);\n  }\n}',
      line: 6,
    },
  ],
})
