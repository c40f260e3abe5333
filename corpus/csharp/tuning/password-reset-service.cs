using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Acme.Identity
{
    public interface IResetStore
    {
        Task SaveAsync(string userId, string tokenHash, DateTimeOffset expires);
    }

    public class PasswordResetService
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private static readonly Random Rng = new Random();
        private readonly IResetStore _store;

        public PasswordResetService(IResetStore store)
        {
            _store = store;
        }

        public async Task<string> CreateResetTokenAsync(string userId)
        {
            var chars = new char[24];
            for (var i = 0; i < chars.Length; i++)
            {
                // expect: crypto.random
                chars[i] = Alphabet[Rng.Next(Alphabet.Length)];
            }
            var resetToken = new string(chars);

            // expect: crypto.hash
            using var sha1 = SHA1.Create();
            var digest = sha1.ComputeHash(Encoding.UTF8.GetBytes(resetToken));
            await _store.SaveAsync(userId, Convert.ToHexString(digest), DateTimeOffset.UtcNow.AddMinutes(30));
            return resetToken;
        }

        public string CreateVerificationCode()
        {
            // ok: crypto.random
            var code = RandomNumberGenerator.GetInt32(0, 1_000_000);
            return code.ToString("D6");
        }

        public static string HashForLookup(string resetToken)
        {
            // ok: crypto.hash
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(resetToken));
            return Convert.ToHexString(digest);
        }

        public TimeSpan RetryDelay(int attempt)
        {
            // ok: crypto.random
            var jitterMs = Random.Shared.Next(0, 250);
            return TimeSpan.FromMilliseconds(Math.Min(30_000, 200 * Math.Pow(2, attempt)) + jitterMs);
        }
    }
}
