using System.Collections.Generic;
using System.Data;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Scriban;

namespace Acme.Marketing
{
    public record Subscriber(string FirstName, string Email);

    public class NewsletterRenderer
    {
        private const string UnsubscribeFooter = "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a></p>";
        private readonly IDbConnection _db;

        public NewsletterRenderer(IDbConnection db) => _db = db;

        public string RenderIssue(int issueId, Subscriber subscriber)
        {
            var body = LoadIssueBody(issueId);
            // expect: injection.template
            var template = Template.Parse(body);
            // ok: injection.template
            var footer = Template.Parse(UnsubscribeFooter);
            var model = new { first_name = subscriber.FirstName, unsubscribe_url = "https://acme.example/u?e=" + subscriber.Email };
            return template.Render(model) + footer.Render(model);
        }

        private string LoadIssueBody(int issueId)
        {
            using var cmd = _db.CreateCommand();
            // ok: injection.sql
            cmd.CommandText = "SELECT Body FROM NewsletterIssues WHERE Id = @id";
            var p = cmd.CreateParameter();
            p.ParameterName = "@id";
            p.Value = issueId;
            cmd.Parameters.Add(p);
            return (string)cmd.ExecuteScalar()!;
        }
    }

    [Route("marketing/newsletter")]
    public class NewsletterPreviewController : Controller
    {
        [HttpPost("preview")]
        public async Task<IActionResult> Preview()
        {
            var form = await Request.ReadFormAsync();
            string draft = form["draft"];
            // expect: injection.template
            var template = Template.Parse(draft);
            var html = await template.RenderAsync(new { first_name = "Preview" });
            return Content(html, "text/html");
        }

        [HttpPost("subject")]
        public IActionResult Subject([FromForm] string subjectLine)
        {
            // expect: injection.template
            var rendered = DotLiquid.Template.Parse(subjectLine).Render(DotLiquid.Hash.FromAnonymousObject(new { month = "June" }));
            return Ok(new { rendered });
        }
    }
}
