using System;
using System.Security.Cryptography;
using System.Text;

namespace Acme.Identity.Tokens
{
    public sealed record IssuedToken(string Id, string Secret, DateTimeOffset ExpiresAt);

    public static class ApiTokenIssuer
    {
        private const string Prefix = "acme_pat_";

        public static IssuedToken Issue(TimeSpan lifetime)
        {
            // ok: crypto.random
            var secretBytes = RandomNumberGenerator.GetBytes(32);
            var id = Guid.NewGuid().ToString("N")[..12];
            var secret = Prefix + Convert.ToBase64String(secretBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return new IssuedToken(id, secret, DateTimeOffset.UtcNow.Add(lifetime));
        }

        public static string HashSecret(string secret)
        {
            // ok: crypto.hash
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
            return Convert.ToBase64String(hash);
        }

        public static bool Matches(string presented, string storedHash)
        {
            var presentedHash = Convert.FromBase64String(HashSecret(presented));
            return CryptographicOperations.FixedTimeEquals(presentedHash, Convert.FromBase64String(storedHash));
        }

        public static string Fingerprint(string secret)
        {
            // ok: crypto.hash
            using var sha = SHA512.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(secret));
            return Convert.ToHexString(digest, 0, 8).ToLowerInvariant();
        }

        public static int[] PickSampleShards(int shardCount, int sampleSize)
        {
            var shards = new int[shardCount];
            for (var i = 0; i < shardCount; i++) shards[i] = i;
            // ok: crypto.random
            Random.Shared.Shuffle(shards);
            return shards[..Math.Min(sampleSize, shardCount)];
        }

        // ok: crypto.secrets
        public static string RedactedPlaceholder => "acme_pat_xxxxxxxxxxxxxxxx";
    }
}
