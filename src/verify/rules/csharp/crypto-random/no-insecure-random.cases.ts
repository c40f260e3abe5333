import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Security.Cryptography;\nclass A {\n  string NewToken() => System.Convert.ToHexString(RandomNumberGenerator.GetBytes(32));\n}',
    'using System;\nclass A {\n  private readonly Random _rng = new Random();\n  int RollDice() => _rng.Next(1, 7);\n}',
    'using System;\nclass A {\n  System.TimeSpan Backoff(int attempt) {\n    var jitter = Random.Shared.Next(0, 100);\n    return System.TimeSpan.FromMilliseconds(100 * attempt + jitter);\n  }\n}',
    '// new Random().Next() must not make tokens\nclass A { string token = "new Random().Next()"; }',
    'class A {\n  int Session(System.Collections.Generic.IEnumerator<int> it) => it.Current;\n}',
  ],
  invalid: [
    { code: 'using System;\nclass A {\n  private static readonly Random Rng = new Random();\n  string GenerateResetToken() {\n    return Rng.Next().ToString("x8") + Rng.Next().ToString("x8");\n  }\n}', line: 5 },
    { code: 'using System;\nclass A {\n  void F(User u) {\n    var otpCode = new Random().Next(100000, 999999);\n    u.Send(otpCode);\n  }\n}', line: 4 },
    { code: 'using System;\nclass A {\n  void F(byte[] salt) {\n    Random.Shared.NextBytes(salt);\n  }\n}', line: 4 },
    {
      code: 'using System;\nclass A {\n  string F() {\n    var random = new Random();\n    var apiKey = new string(Random.Shared.GetItems("abcdef0123456789".ToCharArray(), 32));\n    return apiKey;\n  }\n}',
      line: 5,
    },
  ],
})
