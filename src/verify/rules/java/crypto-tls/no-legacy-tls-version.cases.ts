import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.net.ssl.*;\nclass A {\n  void f(SSLSocket s) {\n    s.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});\n  }\n}',
    'import okhttp3.*;\nclass A {\n  Object f() {\n    return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2).build();\n  }\n}',
    '// s.setEnabledProtocols(new String[] {"TLSv1"}) is insecure\nclass A { String s = "TLSv1"; }',
    'class A {\n  void f(Config c) {\n    c.setProtocols(new String[] {"http/1.1"});\n  }\n}',
  ],
  invalid: [
    { code: 'import javax.net.ssl.*;\nclass A {\n  void f(SSLSocket s) {\n    s.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.2"});\n  }\n}', line: 4 },
    { code: 'import okhttp3.*;\nclass A {\n  Object f() {\n    return new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n        .tlsVersions(TlsVersion.TLS_1_1)\n        .build();\n  }\n}', line: 5 },
    { code: 'import javax.net.ssl.*;\nclass A {\n  void f(SSLEngine e) {\n    String[] protos = {"SSLv3"};\n    e.setEnabledProtocols(protos);\n  }\n}', line: 5 },
  ],
})
