using System;
using System.Diagnostics;
using System.IO;

namespace Acme.Tools
{
    public static class ImageConvertCli
    {
        public static int Main(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: imgconv <input> <output> [quality]");
                return 2;
            }

            var input = args[0];
            var output = args[1];
            var quality = args.Length > 2 ? args[2] : "85";

            var psi = new ProcessStartInfo("magick")
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.ArgumentList.Add(input);
            psi.ArgumentList.Add("-quality");
            psi.ArgumentList.Add(quality);
            psi.ArgumentList.Add(output);
            // ok: sandbox.process
            using (var convert = Process.Start(psi))
            {
                convert!.WaitForExit();
                if (convert.ExitCode != 0)
                {
                    Console.Error.WriteLine(convert.StandardError.ReadToEnd());
                    return convert.ExitCode;
                }
            }

            var thumb = Path.ChangeExtension(output, ".thumb.png");
            // expect: sandbox.process
            using var shell = Process.Start("/bin/sh", $"-c \"magick {output} -resize 128x128 {thumb} && optipng {thumb}\"");
            shell.WaitForExit();

            // ok: sandbox.process
            using var identify = Process.Start("identify", new[] { "-format", "%wx%h", thumb });
            identify.WaitForExit();
            Console.WriteLine("converted {0} -> {1}", input, output);
            return shell.ExitCode;
        }
    }
}
