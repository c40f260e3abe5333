using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using RazorEngine;
using RazorEngine.Templating;

namespace Acme.Cms.Controllers
{
    public class PageModel
    {
        public string Title { get; set; } = "";
        public string Editor { get; set; } = "";
    }

    [Route("cms/preview")]
    public class RazorPreviewController : Controller
    {
        private const string CardTemplate = "<div class=\"card\"><h3>@Model.Title</h3><small>@Model.Editor</small></div>";

        [HttpPost("page")]
        public IActionResult PreviewPage([FromForm] string templateBody, [FromForm] string title)
        {
            var model = new PageModel { Title = title, Editor = User.Identity?.Name ?? "guest" };
            // expect: injection.template
            var html = Razor.Parse(templateBody, model);
            return Content(html, "text/html");
        }

        [HttpGet("card")]
        public IActionResult PreviewCard([FromQuery] string title)
        {
            var model = new PageModel { Title = title, Editor = "cms" };
            // ok: injection.template
            var html = Engine.Razor.RunCompile(CardTemplate, "card", typeof(PageModel), model);
            return Content(html, "text/html");
        }

        [HttpPost("snippet")]
        public async Task<IActionResult> PreviewSnippet()
        {
            var form = await Request.ReadFormAsync();
            var snippet = "<section>" + form["snippet"] + "</section>";
            // expect: injection.template
            var html = Engine.Razor.RunCompile(snippet, "snippet-" + snippet.GetHashCode(), null, new { });
            return Content(html, "text/html");
        }
    }
}
