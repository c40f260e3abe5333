using System.Net;
using Markdig;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Acme.Docs
{
    public static class MarkdownPreviewEndpoints
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseAutoLinks()
            .Build();

        public static void MapMarkdownPreview(this WebApplication app)
        {
            app.MapPost("/docs/preview", async (HttpContext ctx) =>
            {
                var form = await ctx.Request.ReadFormAsync();
                var source = form["markdown"].ToString();
                if (source.Length > 50_000)
                {
                    return Results.BadRequest("document too large");
                }
                var html = Markdown.ToHtml(source, Pipeline);
                // ok: injection.xss
                return Results.Json(new { html });
            });

            app.MapPost("/docs/preview/plain", async (HttpContext ctx) =>
            {
                var form = await ctx.Request.ReadFormAsync();
                var text = form["markdown"].ToString();
                ctx.Response.ContentType = "text/html; charset=utf-8";
                // ok: injection.xss
                await ctx.Response.WriteAsync("<pre class=\"md-source\">" + WebUtility.HtmlEncode(text) + "</pre>");
            });

            app.MapGet("/docs/preview/help", async (HttpContext ctx) =>
            {
                ctx.Response.ContentType = "text/html; charset=utf-8";
                // ok: injection.xss
                await ctx.Response.WriteAsync("<p>Paste Markdown and press <kbd>Ctrl</kbd>+<kbd>Enter</kbd>. Raw HTML is stripped.</p>");
            });
        }
    }
}
