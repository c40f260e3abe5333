import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Scriban;\nclass A {\n  string F(string name) {\n    var t = Template.Parse("Hello {{ name }}!");\n    return t.Render(new { name });\n  }\n}',
    'using HandlebarsDotNet;\nclass A {\n  object F() => Handlebars.Compile("<p>{{title}}</p>");\n}',
    '// Template.Parse(userInput) is SSTI\nclass A { string s = "Razor.Parse(body)"; }',
    'class A {\n  int F(string s) => int.Parse(s);\n}',
    'class A {\n  object F(System.Xml.Linq.XDocument d, string s) => System.Xml.Linq.XDocument.Parse(s);\n}',
  ],
  invalid: [
    { code: 'using Scriban;\nclass A {\n  string F(string body, object model) {\n    var t = Template.Parse(body);\n    return t.Render(model);\n  }\n}', line: 4 },
    { code: 'using RazorEngine;\nclass A {\n  string F(string tpl) {\n    return Razor.Parse(tpl, new { Name = "x" });\n  }\n}', line: 4 },
    {
      code: 'using RazorEngine;\nusing RazorEngine.Templating;\nclass A {\n  string F(Microsoft.AspNetCore.Http.HttpRequest Request) {\n    string src = Request.Form["template"];\n    return Engine.Razor.RunCompile(src, "k", null, new { });\n  }\n}',
      line: 6,
    },
    { code: 'using HandlebarsDotNet;\nclass A {\n  object F(string layout) => Handlebars.Compile("<div>" + layout + "</div>");\n}', line: 3 },
  ],
})
