using System;
using System.Collections;
using System.IO;
using System.Text;
using System.Web;
using System.Web.UI;

namespace Acme.Legacy.Diagnostics
{
    /// <summary>Support tool: decodes the __VIEWSTATE field posted by the old portal.</summary>
    public class ViewStateInspectorHandler : IHttpHandler
    {
        public bool IsReusable => true;

        public void ProcessRequest(HttpContext context)
        {
            var raw = context.Request.Form["__VIEWSTATE"];
            if (string.IsNullOrEmpty(raw))
            {
                context.Response.StatusCode = 400;
                return;
            }

            var formatter = new LosFormatter();
            // expect: sandbox.deserialization
            var graph = formatter.Deserialize(raw);

            var sb = new StringBuilder();
            Describe(graph, sb, 0);
            context.Response.ContentType = "text/plain";
            // expect: injection.xss
            context.Response.Write(sb.ToString());
        }

        private static void Describe(object? node, StringBuilder sb, int depth)
        {
            var indent = new string(' ', depth * 2);
            switch (node)
            {
                case null:
                    sb.Append(indent).AppendLine("(null)");
                    break;
                case Pair pair:
                    sb.Append(indent).AppendLine("Pair");
                    Describe(pair.First, sb, depth + 1);
                    Describe(pair.Second, sb, depth + 1);
                    break;
                case IEnumerable list when node is not string:
                    sb.Append(indent).AppendLine(node.GetType().Name);
                    foreach (var item in list) Describe(item, sb, depth + 1);
                    break;
                default:
                    sb.Append(indent).AppendLine(HttpUtility.HtmlEncode(node.ToString()));
                    break;
            }
        }
    }

    public static class ViewStateText
    {
        public static string Preview(string base64)
        {
            // ok: sandbox.deserialization
            var bytes = Convert.FromBase64String(base64);
            return Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64));
        }
    }
}
