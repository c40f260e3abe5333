using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;

namespace Acme.Ops
{
    internal static class BackupCli
    {
        private const string ArchiveDir = "/var/backups/acme";

        private static int Main(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: acme-backup <database> <source-dir> [retention-days]");
                return 64;
            }

            var database = args[0];
            var sourceDir = args[1];
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var dumpFile = Path.Combine(ArchiveDir, $"{database}-{stamp}.sql");

            // expect: sandbox.process
            using (var dump = Process.Start("bash", "-c \"pg_dump " + database + " > " + dumpFile + "\""))
            {
                dump.WaitForExit();
            }

            var zipPath = Path.Combine(ArchiveDir, $"files-{stamp}.zip");
            // expect: sandbox.fs
            ZipFile.CreateFromDirectory(sourceDir, zipPath);

            // ok: sandbox.process
            using (var sync = Process.Start("rsync", new[] { "-a", ArchiveDir + "/", "backup-host:/srv/acme/" }))
            {
                sync.WaitForExit();
            }

            var retention = args.Length > 2 ? int.Parse(args[2]) : 14;
            // ok: sandbox.fs
            foreach (var old in Directory.GetFiles(ArchiveDir, "*.zip"))
            {
                if (File.GetCreationTimeUtc(old) < DateTime.UtcNow.AddDays(-retention))
                {
                    File.Delete(old);
                }
            }

            Console.WriteLine("backup complete: {0}", zipPath);
            return 0;
        }
    }
}
