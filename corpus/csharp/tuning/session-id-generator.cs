using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Acme.Web.Security
{
    public class SessionIdGenerator
    {
        private const string Chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        private readonly Random _random = new Random(Environment.TickCount);

        public string CreateSessionId()
        {
            // expect: crypto.random
            return new string(Enumerable.Range(0, 32).Select(_ => Chars[_random.Next(Chars.Length)]).ToArray());
        }

        public void IssueCsrfCookie(HttpResponse response)
        {
            var buffer = new byte[16];
            // expect: crypto.random
            _random.NextBytes(buffer);
            var csrfToken = Convert.ToBase64String(buffer);
            response.Cookies.Append("XSRF-TOKEN", csrfToken, new CookieOptions { HttpOnly = false, Secure = true });
        }

        public string CreateSecureSessionId()
        {
            // ok: crypto.random
            var bytes = RandomNumberGenerator.GetBytes(32);
            return Convert.ToHexString(bytes).ToLowerInvariant();
        }

        public string PickLoadBalancerNode(string[] nodes)
        {
            // ok: crypto.random
            var index = _random.Next(nodes.Length);
            return nodes[index];
        }

        public string BuildNonceHeader()
        {
            // expect: crypto.random
            var nonce = _random.NextInt64().ToString("x16");
            return $"script-src 'nonce-{nonce}' 'strict-dynamic'";
        }

        public static string Describe()
        {
            var sb = new StringBuilder();
            // ok: crypto.random
            sb.Append("Session ids use System.Random for speed");
            return sb.ToString();
        }
    }
}
