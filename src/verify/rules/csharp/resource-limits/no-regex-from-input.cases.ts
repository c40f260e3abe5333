import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("q")]\n  public bool F(string term, string text) => Regex.IsMatch(text, Regex.Escape(term));\n}',
    'using System;\nusing System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("q")]\n  public bool F(string pattern, string text) => new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)).IsMatch(text);\n}',
    'using System.Text.RegularExpressions;\nclass A {\n  bool F(string input) => Regex.IsMatch(input, "^[a-z0-9_]{3,16}$");\n}',
    '// new Regex(Request.Query["re"]) enables ReDoS\nclass A { string s = "new Regex(pattern)"; }',
    'using System.Text.RegularExpressions;\nclass A {\n  Regex F(string pattern) => new Regex(pattern);\n}',
  ],
  invalid: [
    { code: 'using System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Mvc;\nclass A : ControllerBase {\n  [HttpGet("filter")]\n  public bool F(string pattern, string text) {\n    return Regex.IsMatch(text, pattern);\n  }\n}', line: 6 },
    {
      code: 'using System.Text.RegularExpressions;\nusing Microsoft.AspNetCore.Http;\nclass A {\n  Regex F(HttpRequest request) {\n    var re = new Regex(request.Query["re"]);\n    return re;\n  }\n}',
      line: 5,
    },
    { code: 'var app = WebApplication.Create(args);\napp.MapGet("/grep", (string pattern, string text) =>\n    System.Text.RegularExpressions.Regex.Matches(text, pattern).Count);\napp.Run();', line: 3 },
  ],
})
