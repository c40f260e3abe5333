using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Acme.Web.Controllers
{
    [ApiController]
    [Route("api/files")]
    public class UploadController : ControllerBase
    {
        private const string UploadRoot = "/var/acme/uploads";
        private const long MaxUploadBytes = 10 * 1024 * 1024;
        private readonly ILogger<UploadController> _logger;

        public UploadController(ILogger<UploadController> logger)
        {
            _logger = logger;
        }

        [HttpPost("avatar")]
        public async Task<IActionResult> UploadAvatar([FromForm] IFormFile file)
        {
            if (file == null || file.Length == 0 || file.Length > MaxUploadBytes)
                return BadRequest("invalid file");

            var safeName = Path.GetFileName(file.FileName);
            var target = Path.Combine(UploadRoot, "avatars", safeName);
            // ok: sandbox.fs
            await using var stream = System.IO.File.Create(target);
            await file.CopyToAsync(stream);
            _logger.LogInformation("Stored avatar {Name}", safeName);
            return Ok(new { name = safeName });
        }

        [HttpPost("attachments/{folder}")]
        public async Task<IActionResult> UploadAttachment([FromRoute] string folder, [FromForm] IFormFile file)
        {
            if (file.Length > MaxUploadBytes)
                return StatusCode(413);

            var target = Path.Combine(UploadRoot, folder, file.FileName);
            // expect: sandbox.fs
            await using var output = new FileStream(target, FileMode.Create, FileAccess.Write);
            await file.CopyToAsync(output);
            return Created($"/api/files/{folder}", null);
        }

        [HttpGet("download")]
        public IActionResult Download()
        {
            string name = Request.Query["name"];
            var full = Path.GetFullPath(Path.Combine(UploadRoot, name));
            if (!full.StartsWith(UploadRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return Forbid();

            // ok: sandbox.fs
            var bytes = System.IO.File.ReadAllBytes(full);
            return File(bytes, "application/octet-stream", Path.GetFileName(full));
        }

        [HttpDelete("{name}")]
        public IActionResult Delete([FromRoute] string name)
        {
            var path = UploadRoot + "/" + name;
            // expect: sandbox.fs
            System.IO.File.Delete(path);
            _logger.LogWarning("Deleted upload {Name}", name);
            return NoContent();
        }
    }
}
