import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task<string> F(HttpRequest Request) {\n    if (Request.ContentLength > 65536) throw new System.InvalidOperationException();\n    using var r = new System.IO.StreamReader(Request.Body);\n    return await r.ReadToEndAsync();\n  }\n}',
    'class A {\n  string F() {\n    using var r = new System.IO.StreamReader("/etc/app.conf");\n    return r.ReadToEnd();\n  }\n}',
    'class A {\n  string F(System.IO.TextReader r) => r.ReadToEnd();\n}',
    '// new StreamReader(Request.Body).ReadToEndAsync() is unbounded\nclass A { string s = "ReadToEndAsync()"; }',
  ],
  invalid: [
    {
      code: 'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpPost("hook")]\n  public async System.Threading.Tasks.Task<IActionResult> Hook() {\n    using var reader = new System.IO.StreamReader(Request.Body);\n    var body = await reader.ReadToEndAsync();\n    return Ok(body.Length);\n  }\n}',
      line: 6,
    },
    {
      code: 'using Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task F(HttpContext context) {\n    var ms = new System.IO.MemoryStream();\n    await context.Request.Body.CopyToAsync(ms);\n  }\n}',
      line: 5,
    },
    { code: 'using System.Net.Sockets;\nclass A {\n  string F(TcpClient client) {\n    return new System.IO.StreamReader(client.GetStream()).ReadToEnd();\n  }\n}', line: 4 },
  ],
})
