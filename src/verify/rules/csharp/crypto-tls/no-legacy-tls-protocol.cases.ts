import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Net;\nclass A {\n  void F() {\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;\n  }\n}',
    'using System.Security.Authentication;\nclass A {\n  SslProtocols P = SslProtocols.None;\n}',
    '// SecurityProtocolType.Tls is obsolete\nclass A { string s = "SslProtocols.Tls11"; }',
    'class A {\n  object F(Options o) => o.Tls;\n}',
  ],
  invalid: [
    {
      code: 'using System.Net;\nclass A {\n  void F() {\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\n  }\n}',
      line: 4,
      output: 'using System.Net;\nclass A {\n  void F() {\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;\n  }\n}',
    },
    {
      code: 'using System.Security.Authentication;\nclass A {\n  void F(System.Net.Security.SslStream s) {\n    s.AuthenticateAsClient("db.internal", null, SslProtocols.Tls11, true);\n  }\n}',
      line: 4,
      output: 'using System.Security.Authentication;\nclass A {\n  void F(System.Net.Security.SslStream s) {\n    s.AuthenticateAsClient("db.internal", null, SslProtocols.Tls12, true);\n  }\n}',
    },
    { code: 'class A {\n  System.Security.Authentication.SslProtocols P = System.Security.Authentication.SslProtocols.Ssl3;\n}', line: 2 },
  ],
})
