using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Acme.Identity.Mfa
{
    public class OtpService
    {
        private static readonly Random Generator = new Random();
        private readonly ConcurrentDictionary<string, (string Code, DateTime Expires)> _pending = new();

        public string IssueSmsCode(string phoneNumber)
        {
            // expect: crypto.random
            var otp = Generator.Next(100000, 999999).ToString();
            _pending[phoneNumber] = (otp, DateTime.UtcNow.AddMinutes(5));
            return otp;
        }

        public string IssueEmailCode(string email)
        {
            // ok: crypto.random
            var code = RandomNumberGenerator.GetInt32(100000, 1000000).ToString();
            _pending[email] = (code, DateTime.UtcNow.AddMinutes(10));
            return code;
        }

        public string GenerateResetPin()
        {
            // expect: crypto.random
            return Random.Shared.Next(0, 10000).ToString("D4");
        }

        public bool Validate(string target, string submitted)
        {
            if (!_pending.TryRemove(target, out var entry) || entry.Expires < DateTime.UtcNow)
            {
                return false;
            }
            return CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(entry.Code),
                System.Text.Encoding.ASCII.GetBytes(submitted));
        }

        public TimeSpan ResendCooldown(int sends)
        {
            // ok: crypto.random
            var spread = Generator.NextDouble() * 2.0;
            return TimeSpan.FromSeconds(Math.Min(300, 15 * sends + spread));
        }
    }
}
