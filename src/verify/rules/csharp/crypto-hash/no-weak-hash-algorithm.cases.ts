import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) => SHA256.HashData(d);\n}',
    'using System.Security.Cryptography;\nclass A {\n  byte[] F(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);\n}',
    '// new MD5CryptoServiceProvider() is broken\nclass A { string s = "HashAlgorithmName.MD5"; }',
    'using System.Security.Cryptography;\nclass A {\n  object F() => HashAlgorithm.Create("SHA256");\n}',
  ],
  invalid: [
    { code: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) {\n    return MD5.HashData(d);\n  }\n}', line: 4 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) {\n    var sha = new SHA1CryptoServiceProvider();\n    return sha.ComputeHash(d);\n  }\n}', line: 4 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);\n}', line: 3 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  object F() => HashAlgorithm.Create("MD5");\n}', line: 3 },
  ],
})
