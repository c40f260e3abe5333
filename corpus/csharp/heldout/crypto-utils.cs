using System;
using System.Security.Cryptography;
using System.Text;

namespace Acme.Security
{
    public static class CryptoUtils
    {
        private const int Iterations = 210_000;

        public static string HashPassword(string password)
        {
            // ok: crypto.random
            var salt = RandomNumberGenerator.GetBytes(16);
            // ok: crypto.hash
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
            return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
        }

        public static bool VerifyPassword(string password, string stored)
        {
            var parts = stored.Split('$');
            if (parts.Length != 4 || parts[0] != "pbkdf2-sha256") return false;
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, int.Parse(parts[1]), HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        public static byte[] Seal(byte[] key, byte[] plaintext)
        {
            var nonce = RandomNumberGenerator.GetBytes(12);
            var tag = new byte[16];
            var cipher = new byte[plaintext.Length];
            using (var aes = new AesGcm(key, 16))
            {
                aes.Encrypt(nonce, plaintext, cipher, tag);
            }
            var output = new byte[12 + 16 + cipher.Length];
            nonce.CopyTo(output, 0);
            tag.CopyTo(output, 12);
            cipher.CopyTo(output, 28);
            return output;
        }

        public static string Sign(byte[] key, string message)
        {
            // ok: crypto.hash
            return Convert.ToBase64String(HMACSHA512.HashData(key, Encoding.UTF8.GetBytes(message)));
        }

        public static string NewApiKey()
        {
            // ok: crypto.random
            return "ak_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        }
    }
}
