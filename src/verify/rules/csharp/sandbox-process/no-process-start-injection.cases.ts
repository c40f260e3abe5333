import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Diagnostics;\nclass A {\n  void F() {\n    Process.Start("notepad.exe");\n  }\n}',
    'using System.Diagnostics;\nclass A {\n  void F(string file) {\n    var psi = new ProcessStartInfo("git") { UseShellExecute = false };\n    psi.ArgumentList.Add("log");\n    psi.ArgumentList.Add(file);\n    Process.Start(psi);\n  }\n}',
    'using System.Diagnostics;\nclass A {\n  void F(string name) {\n    Process.Start("ping", "-n 1 " + name);\n  }\n}',
    '// Process.Start("cmd.exe", "/c " + input) is injection\nclass A { string s = "Process.Start(cmd)"; }',
    'class A {\n  void F(Upload upload, string name) {\n    upload.FileName = name;\n  }\n}',
    'using System.Diagnostics;\nclass A {\n  void F() {\n    var psi = new ProcessStartInfo { FileName = "cmd.exe", Arguments = "/c dir" };\n  }\n}',
  ],
  invalid: [
    { code: 'using System.Diagnostics;\nclass A {\n  void F(string host) {\n    Process.Start("cmd.exe", "/c ping " + host);\n  }\n}', line: 4 },
    {
      code: 'using System.Diagnostics;\nclass A {\n  void F(string script) {\n    var psi = new ProcessStartInfo\n    {\n      FileName = "/bin/bash",\n      Arguments = $"-c \\"{script}\\"",\n      UseShellExecute = false,\n    };\n    Process.Start(psi);\n  }\n}',
      line: 4,
    },
    { code: 'using System.Diagnostics;\nclass A {\n  void F(string tool) {\n    var p = new Process();\n    p.StartInfo.FileName = tool;\n    p.Start();\n  }\n}', line: 5 },
    { code: 'using System.Diagnostics;\nclass A {\n  static void Main(string[] args) {\n    Process.Start(args[0]);\n  }\n}', line: 4 },
    {
      code: 'using System.Diagnostics;\nclass A {\n  void F(string q) {\n    var psi = new ProcessStartInfo();\n    psi.FileName = "powershell.exe";\n    psi.Arguments = "-Command Get-Item " + q;\n  }\n}',
      line: 6,
    },
  ],
})
