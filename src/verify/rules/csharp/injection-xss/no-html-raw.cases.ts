import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.AspNetCore.Html;\nclass A {\n  IHtmlContent F() => new HtmlString("<br/>");\n}',
    'using Microsoft.AspNetCore.Html;\nusing System.Text.Encodings.Web;\nclass A {\n  IHtmlContent F(string name) => new HtmlString("<b>" + HtmlEncoder.Default.Encode(name) + "</b>");\n}',
    '// @Html.Raw(Model.Bio) would be XSS\nclass A { string s = "Html.Raw(x)"; }',
    'class A {\n  string F(Parser p, string s) => p.Raw(s, 1);\n}',
  ],
  invalid: [
    { code: 'using Microsoft.AspNetCore.Mvc.Rendering;\nclass A {\n  object F(IHtmlHelper Html, string bio) {\n    return Html.Raw(bio);\n  }\n}', line: 4 },
    { code: 'using Microsoft.AspNetCore.Html;\nclass A {\n  IHtmlContent F(string comment) {\n    return new HtmlString($"<p>{comment}</p>");\n  }\n}', line: 4 },
    { code: 'using Microsoft.AspNetCore.Components;\nclass A {\n  MarkupString F(string html) => (MarkupString)html;\n}', line: 3 },
  ],
})
