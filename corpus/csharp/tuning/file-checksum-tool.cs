using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Acme.Tools.Checksum
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: checksum [--md5|--sha1|--sha256] <file>...");
                return 1;
            }

            var algorithm = args[0].StartsWith("--") ? args[0][2..] : "sha256";
            foreach (var path in args.Where(a => !a.StartsWith("--")))
            {
                // expect: sandbox.fs
                using var stream = File.OpenRead(path);
                var digest = Compute(algorithm, stream);
                Console.WriteLine($"{Convert.ToHexString(digest).ToLowerInvariant()}  {path}");
            }
            return 0;
        }

        private static byte[] Compute(string algorithm, Stream stream)
        {
            switch (algorithm)
            {
                case "md5":
                    // expect: crypto.hash
                    using (var md5 = MD5.Create()) return md5.ComputeHash(stream);
                case "sha1":
                    // expect: crypto.hash
                    return SHA1.HashData(stream);
                default:
                    // ok: crypto.hash
                    return SHA256.HashData(stream);
            }
        }

        public static string DescribeAlgorithms()
        {
            // ok: crypto.hash
            return "Supported: md5 (legacy), sha1 (legacy), sha256 (default)";
        }
    }
}
