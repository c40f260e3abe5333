using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Social
{
    [ApiController]
    [Route("api/preview")]
    public class UrlPreviewController : ControllerBase
    {
        private static readonly Regex TitlePattern = new("<title>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
        private readonly IHttpClientFactory _httpFactory;

        public UrlPreviewController(IHttpClientFactory httpFactory)
        {
            _httpFactory = httpFactory;
        }

        [HttpGet]
        public async Task<IActionResult> Get()
        {
            var target = Request.Query["url"].ToString();
            var client = _httpFactory.CreateClient("preview");
            // expect: sandbox.net
            var html = await client.GetStringAsync(target);
            var match = TitlePattern.Match(html);
            return Ok(new { url = target, title = match.Success ? match.Groups[1].Value.Trim() : null });
        }

        [HttpGet("oembed")]
        public async Task<IActionResult> OEmbed([FromQuery] string videoId)
        {
            var client = _httpFactory.CreateClient();
            // ok: sandbox.net
            var json = await client.GetStringAsync("https://www.youtube.com/oembed?format=json&url=https://youtu.be/" + Uri.EscapeDataString(videoId));
            return Content(json, "application/json");
        }

        [HttpGet("favicon")]
        public async Task<IActionResult> Favicon([FromQuery] string site)
        {
            var client = _httpFactory.CreateClient();
            var iconUrl = $"{site.TrimEnd('/')}/favicon.ico";
            // expect: sandbox.net
            using var response = await client.GetAsync(iconUrl);
            if (!response.IsSuccessStatusCode)
            {
                return NotFound();
            }
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return File(bytes, "image/x-icon");
        }

        internal async Task<string> FetchRawAsync(string absoluteUrl)
        {
            var client = _httpFactory.CreateClient();
            // ok: sandbox.net
            return await client.GetStringAsync(absoluteUrl);
        }
    }
}
