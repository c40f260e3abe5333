import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("buf")]\n  public IActionResult F(int size) {\n    if (size > 4096) return BadRequest();\n    var buf = new byte[size];\n    return Ok(buf.Length);\n  }\n}',
    'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("buf")]\n  public IActionResult F(int size) {\n    var buf = new byte[System.Math.Min(size, 4096)];\n    return Ok(buf.Length);\n  }\n}',
    'class A {\n  byte[] F(int n) => new byte[n];\n}',
    'class A {\n  byte[] F() => new byte[8192];\n}',
    '// new byte[int.Parse(Request.Query["n"])] is unbounded\nclass A { string s = "new byte[n]"; }',
    'using System.Collections.Generic;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpPost("tags")]\n  public IActionResult F(List<string> tags) {\n    var copy = new List<string>(tags);\n    return Ok(copy);\n  }\n}',
  ],
  invalid: [
    { code: 'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("buf")]\n  public IActionResult F(int size) {\n    var buf = new byte[size];\n    return Ok(buf.Length);\n  }\n}', line: 5 },
    {
      code: 'using System.Linq;\nclass A {\n  static void Main(string[] args) {\n    int count = int.Parse(args[0]);\n    var items = Enumerable.Repeat("x", count).ToList();\n  }\n}',
      line: 5,
    },
    {
      code: 'using Microsoft.AspNetCore.Http;\nclass A {\n  void F(HttpContext ctx) {\n    int n = int.Parse(ctx.Request.Query["n"]);\n    for (int i = 0; i < n; i++) {\n      System.Console.WriteLine(i);\n    }\n  }\n}',
      line: 5,
    },
    { code: 'using System.Text;\nclass A {\n  static void Main(string[] args) {\n    var sb = new StringBuilder(int.Parse(args[1]));\n  }\n}', line: 4 },
  ],
})
