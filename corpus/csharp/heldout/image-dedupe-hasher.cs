using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;

namespace Acme.Media
{
    public sealed class ImageDedupeHasher
    {
        private readonly Dictionary<string, string> _seen = new();

        public bool IsDuplicate(string path, byte[] content)
        {
            // expect: crypto.hash
            var digest = Convert.ToHexString(MD5.HashData(content));
            if (_seen.ContainsKey(digest))
            {
                return true;
            }
            _seen[digest] = path;
            return false;
        }

        // expect: memory.unsafe-escape
        public static unsafe ulong AverageHash(byte[] gray8x8)
        {
            if (gray8x8.Length != 64)
                throw new ArgumentException("expected 8x8 grayscale thumbnail", nameof(gray8x8));

            ulong hash = 0;
            // expect: memory.unsafe-escape
            fixed (byte* p = gray8x8)
            {
                int sum = 0;
                for (int i = 0; i < 64; i++) sum += p[i];
                var avg = sum / 64;
                for (int i = 0; i < 64; i++)
                {
                    if (p[i] >= avg) hash |= 1UL << i;
                }
            }
            return hash;
        }

        public static int HammingDistance(ulong a, ulong b)
        {
            // ok: memory.unsafe-escape
            return System.Numerics.BitOperations.PopCount(a ^ b);
        }

        public static string ContentId(Stream stream)
        {
            // ok: crypto.hash
            using var sha = SHA256.Create();
            return Convert.ToHexString(sha.ComputeHash(stream)).ToLowerInvariant();
        }

        public static int Median(ReadOnlySpan<byte> values)
        {
            // ok: memory.unsafe-escape
            Span<byte> copy = stackalloc byte[values.Length];
            values.CopyTo(copy);
            copy.Sort();
            return copy[copy.Length / 2];
        }
    }
}
