import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.net.ssl.*;\nclass A {\n  void f(HttpsURLConnection c) {\n    c.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());\n  }\n}',
    'import javax.net.ssl.*;\nclass A {\n  void f(HttpsURLConnection c) {\n    c.setHostnameVerifier((host, session) -> host.equals("api.example.com"));\n  }\n}',
    'class Sig {\n  boolean verify(byte[] data, byte[] sig) {\n    return true;\n  }\n}',
    '// conn.setHostnameVerifier((h, s) -> true) disables checks\nclass A { String s = "NoopHostnameVerifier.INSTANCE"; }',
    'import javax.net.ssl.*;\nclass A {\n  void f(SSLParameters p) {\n    p.setEndpointIdentificationAlgorithm("HTTPS");\n  }\n}',
  ],
  invalid: [
    { code: 'import javax.net.ssl.*;\nclass A {\n  void f(HttpsURLConnection c) {\n    c.setHostnameVerifier((host, session) -> true);\n  }\n}', line: 4 },
    { code: 'import javax.net.ssl.*;\nclass AllowAll implements HostnameVerifier {\n  public boolean verify(String hostname, SSLSession session) {\n    return true;\n  }\n}', line: 2 },
    { code: 'import org.apache.http.conn.ssl.NoopHostnameVerifier;\nimport org.apache.http.impl.client.HttpClients;\nclass A {\n  Object f() {\n    return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();\n  }\n}', line: 5 },
    { code: 'import javax.net.ssl.*;\nclass A {\n  static {\n    HttpsURLConnection.setDefaultHostnameVerifier((h, s) -> { return true; });\n  }\n}', line: 4 },
  ],
})
