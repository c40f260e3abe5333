import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  private readonly string _password = System.Environment.GetEnvironmentVariable("DB_PASSWORD");\n}',
    'class A {\n  const string PasswordField = "user_password";\n  const string TokenUrl = "https://login.example.com/oauth2/token";\n}',
    'class A {\n  string ApiKey = "";\n  string Secret = "changeme";\n  string Token = "<your-token>";\n}',
    '// Password = "hunter2hunter2" was removed\nclass A { string doc = "Set Password=... in user-secrets"; }',
    'class A {\n  string Greeting = "Hello, world";\n  string CacheKey = "user:profile:v2";\n}',
    'class A {\n  string Cs = "Server=db;Database=app;Password={0};";\n}',
  ],
  invalid: [
    { code: 'class A {\n  private const string DbPassword = "S3cr3t!Passw0rd";\n}', line: 2 },
    { code: 'class A {\n  string Cs = "Server=db.internal;Database=app;User Id=sa;Password=Pr0dPass!2024;";\n}', line: 2 },
    { code: 'using System.Net;\nclass A {\n  ICredentials F() => new NetworkCredential("svc-backup", "B4ckupP@ss");\n}', line: 3 },
    {
      code: 'using System.Text;\nusing Microsoft.IdentityModel.Tokens;\nclass A {\n  SymmetricSecurityKey K() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my-very-secret-jwt-signing-key-123"));\n}',
      line: 4,
    },
    { code: 'class Settings {\n  public string ApiKey { get; set; } = "a1b2c3d4e5f6g7h8";\n}', line: 2 },
    { code: 'class A {\n  void F(SmtpOptions o) {\n    o.Password = "mailPass2024";\n  }\n}', line: 3 },
  ],
})
