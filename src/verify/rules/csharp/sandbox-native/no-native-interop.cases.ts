import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.IO;\nclass A {\n  long Size(string p) => new FileInfo(p).Length;\n}',
    '// [DllImport("user32.dll")] is not allowed\nclass A { string s = "[DllImport(\\"kernel32\\")]"; }',
    'using System.Text.Json.Serialization;\nclass A {\n  [JsonPropertyName("dll")]\n  public string Dll { get; set; }\n}',
  ],
  invalid: [
    { code: 'using System.Runtime.InteropServices;\nclass A {\n  [DllImport("kernel32.dll", SetLastError = true)]\n  static extern bool Beep(uint f, uint d);\n}', line: 3 },
    { code: 'using System.Runtime.InteropServices;\npartial class A {\n  [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]\n  private static partial int puts(string s);\n}', line: 3 },
    { code: 'class A {\n  [System.Runtime.InteropServices.DllImport("user32.dll")]\n  static extern int MessageBox(System.IntPtr h, string t, string c, uint type);\n}', line: 2 },
  ],
})
