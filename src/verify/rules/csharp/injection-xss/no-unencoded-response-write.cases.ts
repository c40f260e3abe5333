import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task F(HttpContext context) {\n    await context.Response.WriteAsync("<h1>OK</h1>");\n  }\n}',
    'using System.Net;\nusing Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task F(HttpContext context) {\n    var q = context.Request.Query["q"].ToString();\n    await context.Response.WriteAsync("<p>" + WebUtility.HtmlEncode(q) + "</p>");\n  }\n}',
    'using Microsoft.AspNetCore.Mvc;\nclass A : Controller {\n  public IActionResult F(string name) => Content("Hello " + name, "text/plain");\n}',
    'using Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task F(HttpContext ctx, string body) {\n    ctx.Response.ContentType = "application/json";\n    await ctx.Response.WriteAsync(body);\n  }\n}',
    '// Response.Write(Request["name"]) is XSS\nclass A { string s = "Response.Write(name)"; }',
    'class A {\n  void F(System.IO.TextWriter log, string msg) {\n    log.Write(msg);\n  }\n}',
  ],
  invalid: [
    {
      code: 'using Microsoft.AspNetCore.Http;\nclass A {\n  async System.Threading.Tasks.Task F(HttpContext context) {\n    string name = context.Request.Query["name"];\n    await context.Response.WriteAsync($"<h1>Hello {name}</h1>");\n  }\n}',
      line: 5,
    },
    { code: 'using Microsoft.AspNetCore.Mvc;\nclass A : Controller {\n  public IActionResult Search(string q) {\n    return Content("<p>No results for " + q + "</p>", "text/html");\n  }\n}', line: 4 },
    { code: 'class A : System.Web.UI.Page {\n  void Page_Load() {\n    Response.Write("<div>" + Request.QueryString["msg"] + "</div>");\n  }\n}', line: 3 },
  ],
})
