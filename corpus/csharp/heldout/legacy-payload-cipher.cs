using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Acme.Legacy.Crypto
{
    /// <summary>Compatibility layer for payloads produced by the 2012 mainframe bridge.</summary>
    public sealed class LegacyPayloadCipher
    {
        // expect: crypto.secrets
        private const string BridgeSecret = "M41nfr4m3Br1dg3K3y!2012x";
        private static readonly byte[] BridgeKey = Encoding.ASCII.GetBytes(BridgeSecret);
        private static readonly byte[] BridgeIv = Encoding.ASCII.GetBytes("12345678");

        public string Decrypt(string base64)
        {
            // expect: crypto.hash
            using var tdes = TripleDES.Create();
            tdes.Key = BridgeKey;
            tdes.IV = BridgeIv;
            // ok: crypto.hash
            tdes.Padding = PaddingMode.PKCS7;
            using var decryptor = tdes.CreateDecryptor();
            var cipher = Convert.FromBase64String(base64);
            var plain = decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
            return Encoding.UTF8.GetString(plain);
        }

        public byte[] EncryptRecord(byte[] record, byte[] key)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            // expect: crypto.hash
            aes.Mode = CipherMode.ECB;
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(record, 0, record.Length);
        }

        public byte[] DecryptArchive(Stream input, byte[] key, byte[] iv)
        {
            // expect: crypto.hash
            using var des = DES.Create();
            using var crypto = new CryptoStream(input, des.CreateDecryptor(key, iv), CryptoStreamMode.Read);
            using var ms = new MemoryStream();
            crypto.CopyTo(ms);
            return ms.ToArray();
        }

        public byte[] EncryptModern(byte[] plaintext, byte[] key, out byte[] nonce, out byte[] tag)
        {
            nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            tag = new byte[AesGcm.TagByteSizes.MaxSize];
            var ciphertext = new byte[plaintext.Length];
            // ok: crypto.hash
            using var gcm = new AesGcm(key, tag.Length);
            gcm.Encrypt(nonce, plaintext, ciphertext, tag);
            return ciphertext;
        }
    }
}
