using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Geo
{
    [ApiController]
    [Route("api/geo")]
    public class GeoIpController : ControllerBase
    {
        private static readonly HashSet<string> AllowedProviders = new(StringComparer.OrdinalIgnoreCase)
        {
            "ipapi.example.net", "geo.acme-mirror.example",
        };

        [HttpGet("lookup")]
        public IActionResult Lookup([FromQuery] string ip, [FromQuery] string provider)
        {
            using var web = new WebClient();
            var endpoint = "https://" + provider + "/json/" + Uri.EscapeDataString(ip);
            // expect: sandbox.net
            var json = web.DownloadString(endpoint);
            return Content(json, "application/json");
        }

        [HttpGet("lookup/v2")]
        public IActionResult LookupChecked([FromQuery] string ip, [FromQuery] string provider)
        {
            if (!AllowedProviders.Contains(provider))
            {
                return BadRequest("unknown provider");
            }
            using var web = new WebClient();
            // ok: sandbox.net
            var json = web.DownloadString($"https://{provider}/json/{Uri.EscapeDataString(ip)}");
            return Content(json, "application/json");
        }

        [HttpGet("asn")]
        public IActionResult Asn([FromQuery] string ip)
        {
            // ok: sandbox.net
            var request = WebRequest.Create("https://asn.acme-mirror.example/v1/" + Uri.EscapeDataString(ip));
            using var response = request.GetResponse();
            using var reader = new StreamReader(response.GetResponseStream());
            return Content(reader.ReadToEnd(), "application/json");
        }

        [HttpPost("batch")]
        public IActionResult Batch([FromBody] JsonElement body)
        {
            var callback = body.GetProperty("callbackUrl").GetString()!;
            // expect: sandbox.net
            var request = (HttpWebRequest)WebRequest.Create(callback);
            request.Method = "POST";
            request.ContentType = "application/json";
            using (var writer = new StreamWriter(request.GetRequestStream()))
            {
                writer.Write("{\"status\":\"queued\"}");
            }
            request.GetResponse().Dispose();
            return Accepted();
        }
    }
}
