using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Acme.Compliance
{
    public sealed record AuditEvent(string Actor, string Action, string Target, DateTimeOffset At);

    /// <summary>
    /// Append-only audit log. Each line carries a SHA-256 chain hash; the old MD5 chain was retired in 2021.
    /// </summary>
    public class AuditLogWriter
    {
        private const string LogPath = "/var/log/acme/audit.jsonl";
        private byte[] _previous = new byte[32];

        public void Append(AuditEvent evt)
        {
            var json = JsonSerializer.Serialize(evt);
            // ok: crypto.hash
            var chain = SHA256.HashData(Combine(_previous, Encoding.UTF8.GetBytes(json)));
            _previous = chain;
            var line = $"{json}\t{Convert.ToHexString(chain)}\n";
            // ok: sandbox.fs
            File.AppendAllText(LogPath, line);
        }

        public static string DescribeFormat()
        {
            // ok: crypto.hash
            return "algorithm=SHA256; legacy=MD5 (read-only, pre-2021 archives)";
        }

        public void LogLegacyMigration(TextWriter console)
        {
            // ok: injection.xss
            console.Write("Legacy MD5/SHA1 chains are verified by the offline tool only.\n");
        }

        private static byte[] Combine(byte[] a, byte[] b)
        {
            var result = new byte[a.Length + b.Length];
            Buffer.BlockCopy(a, 0, result, 0, a.Length);
            Buffer.BlockCopy(b, 0, result, a.Length, b.Length);
            return result;
        }
    }
}
