using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Reporting
{
    [ApiController]
    [Route("api/export")]
    public class BulkExportController : ControllerBase
    {
        private const string ExportRoot = "/srv/acme/exports";
        private const int MaxRows = 10_000;

        [HttpGet("sample")]
        public IActionResult Sample([FromQuery] int rows)
        {
            var sb = new StringBuilder("id,value\n");
            // expect: resource.limits
            foreach (var i in Enumerable.Range(1, rows))
            {
                sb.Append(i).Append(',').Append(i * 3 % 17).Append('\n');
            }
            return File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv", "sample.csv");
        }

        [HttpGet("sample/v2")]
        public IActionResult SampleCapped([FromQuery] int rows)
        {
            var count = Math.Clamp(rows, 1, MaxRows);
            var sb = new StringBuilder("id,value\n");
            // ok: resource.limits
            foreach (var i in Enumerable.Range(1, count))
            {
                sb.Append(i).Append(',').Append(i * 3 % 17).Append('\n');
            }
            return File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv", "sample.csv");
        }

        [HttpPost("import")]
        public async Task<IActionResult> Import()
        {
            using var ms = new MemoryStream();
            // expect: resource.limits
            await Request.Body.CopyToAsync(ms);
            var lines = Encoding.UTF8.GetString(ms.ToArray()).Split('\n');
            return Ok(new { imported = lines.Length - 1 });
        }

        [HttpGet("download/{report}")]
        public IActionResult Download([FromRoute] string report)
        {
            var path = $"{ExportRoot}/{report}.csv";
            // expect: sandbox.fs
            var stream = System.IO.File.OpenRead(path);
            return File(stream, "text/csv", report + ".csv");
        }

        [HttpGet("download-safe/{report}")]
        public IActionResult DownloadSafe([FromRoute] string report)
        {
            var path = Path.Combine(ExportRoot, Path.GetFileName(report) + ".csv");
            // ok: sandbox.fs
            var stream = System.IO.File.OpenRead(path);
            return File(stream, "text/csv", Path.GetFileName(path));
        }
    }
}
