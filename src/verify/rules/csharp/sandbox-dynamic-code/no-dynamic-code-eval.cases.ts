import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.CodeAnalysis.CSharp.Scripting;\nclass A {\n  async System.Threading.Tasks.Task<int> F() {\n    return await CSharpScript.EvaluateAsync<int>("1 + 2");\n  }\n}',
    'using System.Management.Automation;\nclass A {\n  void F(string name) {\n    using var ps = PowerShell.Create();\n    ps.AddScript("param($n) Get-Service $n").AddParameter("n", name);\n  }\n}',
    'class A {\n  void F(Job job, string payload) {\n    job.Execute(payload);\n  }\n}',
    '// CSharpScript.EvaluateAsync(userCode) is RCE\nclass A { string s = "CSharpScript.EvaluateAsync(code)"; }',
    'class A {\n  int F(string s) {\n    return int.Parse(s);\n  }\n}',
  ],
  invalid: [
    {
      code: 'using Microsoft.CodeAnalysis.CSharp.Scripting;\nclass A {\n  async System.Threading.Tasks.Task<object> F(string expr) {\n    return await CSharpScript.EvaluateAsync(expr);\n  }\n}',
      line: 4,
    },
    { code: 'using System.Management.Automation;\nclass A {\n  void F(string cmd) {\n    var ps = PowerShell.Create();\n    ps.AddScript("Get-Item " + cmd).Invoke();\n  }\n}', line: 5 },
    { code: 'using Jint;\nclass A {\n  object F(string js) {\n    var engine = new Engine();\n    return engine.Evaluate(js).ToObject();\n  }\n}', line: 5 },
    { code: 'using Microsoft.CodeAnalysis.CSharp;\nclass A {\n  object F(string source) {\n    var tree = CSharpSyntaxTree.ParseText(source);\n    return tree;\n  }\n}', line: 4 },
  ],
})
