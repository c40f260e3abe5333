import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Security.Cryptography;\nclass A {\n  Aes F() {\n    var aes = Aes.Create();\n    aes.Mode = CipherMode.CBC;\n    return aes;\n  }\n}',
    'using System.Security.Cryptography;\nclass A {\n  AesGcm F(byte[] key) => new AesGcm(key, 16);\n}',
    '// TripleDES.Create() is broken\nclass A { string s = "DES.Create()"; }',
    'class A {\n  object F() => Desk.Create();\n}',
  ],
  invalid: [
    { code: 'using System.Security.Cryptography;\nclass A {\n  SymmetricAlgorithm F() {\n    return TripleDES.Create();\n  }\n}', line: 4 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  void F(Aes aes) {\n    aes.Mode = CipherMode.ECB;\n  }\n}', line: 4 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  object F() => new DESCryptoServiceProvider();\n}', line: 3 },
    { code: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(Aes aes, byte[] d) => aes.EncryptEcb(d, PaddingMode.PKCS7);\n}', line: 3 },
  ],
})
