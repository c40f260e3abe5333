import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Net.Http;\nusing System.Net.Security;\nclass A {\n  HttpClientHandler F() {\n    var h = new HttpClientHandler();\n    h.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => errors == SslPolicyErrors.None;\n    return h;\n  }\n}',
    'using System.Net.Http;\nclass A {\n  HttpClient F() => new HttpClient(new HttpClientHandler());\n}',
    '// ServerCertificateCustomValidationCallback = (a, b, c, d) => true; disables TLS\nclass A { string s = "DangerousAcceptAnyServerCertificateValidator"; }',
    'class A {\n  void F(Options o) {\n    o.RetryCallback = (x) => true;\n  }\n}',
  ],
  invalid: [
    {
      code: 'using System.Net.Http;\nclass A {\n  HttpClient F() {\n    var h = new HttpClientHandler();\n    h.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true;\n    return new HttpClient(h);\n  }\n}',
      line: 5,
    },
    {
      code: 'using System.Net.Http;\nclass A {\n  HttpClient F() {\n    var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };\n    return new HttpClient(h);\n  }\n}',
      line: 4,
    },
    { code: 'using System.Net;\nclass A {\n  static A() {\n    ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };\n  }\n}', line: 4 },
    {
      code: 'using System.Net;\nusing System.Net.Security;\nusing System.Security.Cryptography.X509Certificates;\nclass A {\n  void Init() {\n    ServicePointManager.ServerCertificateValidationCallback = AcceptAll;\n  }\n  static bool AcceptAll(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) {\n    return true;\n  }\n}',
      line: 6,
    },
  ],
})
