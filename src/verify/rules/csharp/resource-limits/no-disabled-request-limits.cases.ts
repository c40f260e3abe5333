import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpPost("upload")]\n  [RequestSizeLimit(10_000_000)]\n  public IActionResult Upload() => Ok();\n}',
    'class A {\n  void F(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions o) {\n    o.Limits.MaxRequestBodySize = 10 * 1024 * 1024;\n  }\n}',
    '// [DisableRequestSizeLimit] is not allowed\nclass A { string s = "MaxRequestBodySize = null"; }',
    'class A {\n  void F(Cache c) {\n    c.MaxItems = int.MaxValue;\n  }\n}',
  ],
  invalid: [
    { code: 'using Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpPost("upload")]\n  [DisableRequestSizeLimit]\n  public IActionResult Upload() => Ok();\n}', line: 4 },
    { code: 'class A {\n  void F(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions o) {\n    o.Limits.MaxRequestBodySize = null;\n  }\n}', line: 3 },
    { code: 'class A {\n  void F(Microsoft.AspNetCore.Http.Features.FormOptions o) {\n    o.MultipartBodyLengthLimit = long.MaxValue;\n  }\n}', line: 3 },
  ],
})
