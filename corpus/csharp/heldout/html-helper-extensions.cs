using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Acme.Web.Helpers
{
    public static class HtmlHelperExtensions
    {
        public static IHtmlContent Badge(this IHtmlHelper html, string label, string cssClass)
        {
            var encoded = HtmlEncoder.Default.Encode(label);
            // ok: injection.xss
            return html.Raw($"<span class=\"badge badge-{HtmlEncoder.Default.Encode(cssClass)}\">{encoded}</span>");
        }

        public static IHtmlContent UserBio(this IHtmlHelper html, string bioMarkup)
        {
            // expect: injection.xss
            return html.Raw("<div class=\"bio\">" + bioMarkup + "</div>");
        }

        public static IHtmlContent Divider(this IHtmlHelper html)
        {
            // ok: injection.xss
            return html.Raw("<hr class=\"divider\" />");
        }

        public static IHtmlContent SearchEcho(this IHtmlHelper html)
        {
            var query = html.ViewContext.HttpContext.Request.Query["q"];
            // expect: injection.xss
            return html.Raw($"<p>You searched for <em>{query}</em></p>");
        }

        public static IHtmlContent Tooltip(this IHtmlHelper html, string text)
        {
            var builder = new TagBuilder("span");
            builder.AddCssClass("tooltip");
            // ok: injection.xss
            builder.InnerHtml.Append(text);
            return builder;
        }
    }
}
