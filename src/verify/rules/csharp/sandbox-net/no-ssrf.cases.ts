import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Net.Http;\nclass A {\n  async System.Threading.Tasks.Task<string> F(HttpClient client) {\n    return await client.GetStringAsync("https://api.example.com/status");\n  }\n}',
    'using System.Net.Http;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  private readonly HttpClient _http = new HttpClient();\n  [HttpGet("user")]\n  public async System.Threading.Tasks.Task<string> F(string id) {\n    return await _http.GetStringAsync($"https://api.example.com/users/{id}");\n  }\n}',
    'using System.Net.Http;\nclass A {\n  System.Threading.Tasks.Task<string> Fetch(HttpClient client, string url) {\n    return client.GetStringAsync(url);\n  }\n}',
    'using System;\nusing System.Net.Http;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  static readonly string[] Allowed = { "api.example.com" };\n  [HttpGet("fetch")]\n  public async System.Threading.Tasks.Task<string> F(string url) {\n    var uri = new Uri(url);\n    if (!Allowed.Contains(uri.Host)) {\n      return "denied";\n    }\n    return await new HttpClient().GetStringAsync(uri);\n  }\n}',
    '// client.GetStringAsync(Request.Query["url"]) is SSRF\nclass A { string s = "client.GetAsync(url)"; }',
    'class A {\n  void F(Cache cache, Microsoft.AspNetCore.Http.HttpRequest request) {\n    cache.GetAsync(request.Query["key"]);\n  }\n}',
  ],
  invalid: [
    {
      code: 'using System.Net.Http;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  private readonly HttpClient _http;\n  [HttpGet("preview")]\n  public async System.Threading.Tasks.Task<string> Preview(string url) {\n    var html = await _http.GetStringAsync(url);\n    return html;\n  }\n}',
      line: 7,
    },
    {
      code: 'using System.Net;\nclass A {\n  void F(Microsoft.AspNetCore.Http.HttpRequest Request) {\n    var req = WebRequest.Create(Request.Query["target"]);\n    req.GetResponse();\n  }\n}',
      line: 4,
    },
    {
      code: 'using System.Net.Http;\nclass A {\n  System.Threading.Tasks.Task<HttpResponseMessage> F(HttpClient client, [FromQuery] string host) {\n    var msg = new HttpRequestMessage(HttpMethod.Get, "http://" + host + "/admin");\n    return client.SendAsync(msg);\n  }\n}',
      line: 4,
    },
    { code: 'using System.Net.Sockets;\nclass A {\n  static void Main(string[] args) {\n    var tcp = new TcpClient(args[0], 25);\n  }\n}', line: 4 },
    { code: 'var app = WebApplication.Create(args);\nvar http = new System.Net.Http.HttpClient();\napp.MapGet("/fetch", async (string url) =>\n    await http.GetStringAsync(url));\napp.Run();', line: 4 },
  ],
})
