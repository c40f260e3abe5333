using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Ops
{
    [ApiController]
    [Route("healthz")]
    public class HealthCheckController : ControllerBase
    {
        private readonly IHttpClientFactory _factory;

        public HealthCheckController(IHttpClientFactory factory) => _factory = factory;

        [HttpGet]
        public IActionResult Live() => Ok(new { status = "live", at = DateTimeOffset.UtcNow });

        [HttpGet("ready")]
        public async Task<IActionResult> Ready()
        {
            var client = _factory.CreateClient();
            client.Timeout = TimeSpan.FromSeconds(3);
            try
            {
                // ok: sandbox.net
                using var resp = await client.GetAsync("http://localhost:5005/internal/ping");
                return resp.IsSuccessStatusCode ? Ok(new { status = "ready" }) : StatusCode(503);
            }
            catch (HttpRequestException)
            {
                return StatusCode(503);
            }
        }

        [HttpGet("disk")]
        public async Task<IActionResult> Disk()
        {
            var psi = new ProcessStartInfo("df", "-h /var/lib/acme")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            // ok: sandbox.process
            using var proc = Process.Start(psi)!;
            var output = await proc.StandardOutput.ReadToEndAsync();
            await proc.WaitForExitAsync();
            return Ok(new { df = output.Split('\n', StringSplitOptions.RemoveEmptyEntries) });
        }

        [HttpGet("version")]
        public IActionResult Version()
        {
            var asm = typeof(HealthCheckController).Assembly.GetName();
            // ok: sandbox.dynamic-code
            var runtime = Type.GetType("System.Runtime.GCSettings")?.Assembly.GetName().Version;
            return Ok(new { app = asm.Version?.ToString(), runtime = runtime?.ToString() });
        }
    }
}
