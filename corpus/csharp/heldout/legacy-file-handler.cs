using System;
using System.IO;
using System.Web;

namespace Acme.Legacy.Handlers
{
    /// <summary>
    /// Serves help articles from App_Data for the old WebForms site.
    /// </summary>
    public class HelpArticleHandler : IHttpHandler
    {
        private const string ArticleRoot = @"C:\inetpub\acme\App_Data\help";

        public bool IsReusable => true;

        public void ProcessRequest(HttpContext context)
        {
            var topic = context.Request.QueryString["topic"];
            if (string.IsNullOrEmpty(topic))
            {
                context.Response.StatusCode = 400;
                // ok: injection.xss
                context.Response.Write("<p>Missing topic</p>");
                return;
            }

            var articlePath = Path.Combine(ArticleRoot, topic + ".html");
            try
            {
                // expect: sandbox.fs
                using var article = File.OpenRead(articlePath);
                context.Response.ContentType = "text/html";
                article.CopyTo(context.Response.OutputStream);
            }
            catch (FileNotFoundException)
            {
                context.Response.StatusCode = 404;
                // expect: injection.xss
                context.Response.Write("<p>No article named " + topic + "</p>");
            }
        }
    }

    public class PrintPreviewHandler : IHttpHandler
    {
        public bool IsReusable => false;

        public void ProcessRequest(HttpContext context)
        {
            var title = context.Request.Form["title"];
            var body = context.Request.Form["body"];
            context.Response.ContentType = "text/html";
            // ok: injection.xss
            context.Response.Write("<h1>" + HttpUtility.HtmlEncode(title) + "</h1>");
            // expect: injection.xss
            context.Response.Write("<article>" + body + "</article>");
        }
    }
}
