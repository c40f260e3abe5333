using System.Collections.Generic;
using System.Threading.Tasks;
using HandlebarsDotNet;

namespace Acme.Notifications
{
    public interface ITemplateStore
    {
        Task<string> GetBodyAsync(string templateId);
    }

    public class EmailTemplateRenderer
    {
        private const string FooterTemplate =
            "<p style=\"color:#888\">You received this because you are subscribed to {{listName}}.</p>";

        private readonly ITemplateStore _store;
        private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new();

        public EmailTemplateRenderer(ITemplateStore store)
        {
            _store = store;
        }

        public async Task<string> RenderAsync(string templateId, object model)
        {
            if (!_compiled.TryGetValue(templateId, out var template))
            {
                var source = await _store.GetBodyAsync(templateId);
                // expect: injection.template
                template = Handlebars.Compile(source);
                _compiled[templateId] = template;
            }

            // ok: injection.template
            var footer = Handlebars.Compile(FooterTemplate);
            return template(model) + footer(model);
        }

        public string RenderPreview(string draftBody, string subject)
        {
            var wrapped = "<h2>" + subject + "</h2>\n" + draftBody;
            // expect: injection.template
            var preview = Handlebars.Compile(wrapped);
            return preview(new { listName = "Preview", firstName = "Ada" });
        }

        public string RenderGreeting(string firstName)
        {
            // ok: injection.template
            var greeting = Handlebars.Compile("<p>Hello {{firstName}},</p>");
            return greeting(new { firstName });
        }
    }
}
