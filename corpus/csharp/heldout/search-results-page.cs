using System.Linq;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Acme.Web
{
    public static class SearchEndpoints
    {
        private static readonly string[] Catalog =
        {
            "Blue widget", "Red widget", "Green gadget", "Steel bracket", "Copper fitting",
        };

        public static void MapSearch(this WebApplication app)
        {
            app.MapGet("/search", async (HttpContext ctx) =>
            {
                string q = ctx.Request.Query["q"].ToString();
                var hits = Catalog.Where(c => c.Contains(q, System.StringComparison.OrdinalIgnoreCase)).ToList();

                ctx.Response.ContentType = "text/html; charset=utf-8";
                // expect: injection.xss
                await ctx.Response.WriteAsync("<h1>Results for " + q + "</h1>");

                var sb = new StringBuilder("<ul>");
                foreach (var hit in hits)
                {
                    sb.Append("<li>").Append(HtmlEncoder.Default.Encode(hit)).Append("</li>");
                }
                sb.Append("</ul>");
                // ok: injection.xss
                await ctx.Response.WriteAsync(sb.ToString());
            });

            app.MapGet("/search/v2", async (HttpContext ctx) =>
            {
                var term = WebUtility.HtmlEncode(ctx.Request.Query["q"].ToString());
                ctx.Response.ContentType = "text/html; charset=utf-8";
                // ok: injection.xss
                await ctx.Response.WriteAsync($"<h1>Results for {term}</h1>");
            });

            app.MapGet("/search/suggest", async (HttpContext ctx) =>
            {
                var prefix = ctx.Request.Query["prefix"].ToString();
                var first = Catalog.FirstOrDefault(c => c.StartsWith(prefix)) ?? prefix;
                ctx.Response.ContentType = "text/html";
                // expect: injection.xss
                await ctx.Response.WriteAsync($"<div class=\"suggest\">Did you mean <b>{first}</b>?</div>");
            });

            app.MapGet("/search/count", (HttpContext ctx) =>
            {
                var q = ctx.Request.Query["q"].ToString();
                // ok: injection.xss
                return Results.Json(new { query = q, count = Catalog.Count(c => c.Contains(q)) });
            });
        }
    }
}
