using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Acme.Deploy
{
    [ApiController]
    [Route("hooks/git")]
    public class GitWebhookDeployerController : ControllerBase
    {
        // expect: crypto.secrets
        private const string GithubToken = "ghp_R8n2XkQ7vLm4Tz9Wc1Yp6Hs3Jd5Fb0Ga2Ke8";
        private readonly IConfiguration _config;

        public GitWebhookDeployerController(IConfiguration config) => _config = config;

        [HttpPost]
        public async Task<IActionResult> OnPush([FromBody] JsonElement payload)
        {
            var branch = payload.GetProperty("ref").GetString()!.Replace("refs/heads/", "");
            var repoDir = _config["Deploy:RepoDir"]!;

            var fetch = new ProcessStartInfo("git") { WorkingDirectory = repoDir };
            fetch.ArgumentList.Add("fetch");
            fetch.ArgumentList.Add("origin");
            fetch.ArgumentList.Add(branch);
            // ok: sandbox.process
            using (var proc = Process.Start(fetch)!)
            {
                await proc.WaitForExitAsync();
            }

            // expect: sandbox.process
            using (var build = Process.Start("cmd.exe", "/c build.cmd " + branch + " > build-" + branch + ".log"))
            {
                await build!.WaitForExitAsync();
            }

            var hookTool = _config["Deploy:PostHook"] ?? "post-deploy";
            // expect: sandbox.process
            using (var hook = Process.Start(hookTool, branch))
            {
                await hook!.WaitForExitAsync();
            }

            return Accepted(new { branch });
        }

        [HttpGet("status")]
        public IActionResult Status()
        {
            // ok: sandbox.fs
            var log = System.IO.File.ReadAllText("/var/log/acme/deploy.log");
            return Ok(new { tail = log.Length > 2000 ? log[^2000..] : log });
        }
    }
}
