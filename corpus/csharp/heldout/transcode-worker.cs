using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace Acme.Media.Workers
{
    public interface IPostProcessor
    {
        Task RunAsync(string outputFile);
    }

    public sealed class TranscodeJob
    {
        public string Input { get; set; } = "";
        public string Output { get; set; } = "";
        public string Encoder { get; set; } = "ffmpeg";
        public string Preset { get; set; } = "medium";
        public string? PostProcessor { get; set; }
    }

    public class TranscodeWorker
    {
        private const string SpoolDir = "/var/spool/acme/transcode";

        public async Task ProcessNextAsync(string jobFile)
        {
            var job = JsonSerializer.Deserialize<TranscodeJob>(await File.ReadAllTextAsync(jobFile))!;

            var encoderArgs = new[] { "-y", "-i", job.Input, "-preset", job.Preset, job.Output };
            // expect: sandbox.process
            using (var proc = Process.Start(job.Encoder, encoderArgs))
            {
                await proc.WaitForExitAsync();
            }

            if (!string.IsNullOrEmpty(job.PostProcessor))
            {
                // expect: sandbox.dynamic-code
                var post = (IPostProcessor)Activator.CreateInstance(Type.GetType(job.PostProcessor, true)!)!;
                await post.RunAsync(job.Output);
            }
        }

        public async Task ThumbnailAsync(string input)
        {
            var psi = new ProcessStartInfo("ffmpeg") { UseShellExecute = false };
            psi.ArgumentList.Add("-i");
            psi.ArgumentList.Add(input);
            psi.ArgumentList.Add(Path.Combine(SpoolDir, "thumb.jpg"));
            // ok: sandbox.process
            using var proc = Process.Start(psi)!;
            await proc.WaitForExitAsync();
        }
    }
}
