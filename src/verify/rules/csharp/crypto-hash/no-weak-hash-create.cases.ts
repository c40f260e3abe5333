import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) {\n    using var h = SHA256.Create();\n    return h.ComputeHash(d);\n  }\n}',
    '// MD5.Create() is broken\nclass A { string s = "MD5.Create()"; }',
    'class A {\n  object F() => Md5Report.Create();\n}',
  ],
  invalid: [
    {
      code: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) {\n    using var md5 = MD5.Create();\n    return md5.ComputeHash(d);\n  }\n}',
      line: 4,
      output: 'using System.Security.Cryptography;\nclass A {\n  byte[] F(byte[] d) {\n    using var md5 = SHA256.Create();\n    return md5.ComputeHash(d);\n  }\n}',
    },
    {
      code: 'class A {\n  byte[] F(byte[] d) => System.Security.Cryptography.SHA1.Create().ComputeHash(d);\n}',
      line: 2,
      output: 'class A {\n  byte[] F(byte[] d) => SHA256.Create().ComputeHash(d);\n}',
    },
    { code: 'using System.Security.Cryptography;\nclass A {\n  HashAlgorithm H = SHA1.Create();\n}', line: 3 },
  ],
})
