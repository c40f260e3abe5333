import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.net.ssl.*;\nimport java.security.cert.*;\nclass Pinning implements X509TrustManager {\n  public void checkClientTrusted(X509Certificate[] c, String a) {}\n  public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException {\n    if (!pinned(c[0])) throw new CertificateException("pin mismatch");\n  }\n  public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n}',
    'import javax.net.ssl.*;\nclass A {\n  SSLContext f() throws Exception {\n    return SSLContext.getDefault();\n  }\n}',
    '// checkServerTrusted(...) {} would trust everyone\nclass A { String s = "TrustAllStrategy.INSTANCE"; }',
    'import javax.net.ssl.*;\nimport java.security.cert.*;\nclass Delegating implements X509TrustManager {\n  private final X509TrustManager inner;\n  Delegating(X509TrustManager inner) { this.inner = inner; }\n  public void checkClientTrusted(X509Certificate[] c, String a) throws CertificateException { inner.checkClientTrusted(c, a); }\n  public void checkServerTrusted(X509Certificate[] c, String a) throws CertificateException { inner.checkServerTrusted(c, a); }\n  public X509Certificate[] getAcceptedIssuers() { return inner.getAcceptedIssuers(); }\n}',
  ],
  invalid: [
    {
      code: 'import javax.net.ssl.*;\nimport java.security.cert.X509Certificate;\nclass A {\n  TrustManager[] all = new TrustManager[] {\n    new X509TrustManager() {\n      public void checkClientTrusted(X509Certificate[] c, String a) {}\n      public void checkServerTrusted(X509Certificate[] c, String a) {}\n      public X509Certificate[] getAcceptedIssuers() { return null; }\n    }\n  };\n}',
      line: 5,
    },
    { code: 'import io.netty.handler.ssl.*;\nimport io.netty.handler.ssl.util.InsecureTrustManagerFactory;\nclass A {\n  SslContext f() throws Exception {\n    return SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();\n  }\n}', line: 5 },
    { code: 'import org.apache.http.ssl.SSLContexts;\nclass A {\n  Object f() throws Exception {\n    return SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();\n  }\n}', line: 4 },
    { code: 'import org.apache.http.conn.ssl.TrustSelfSignedStrategy;\nimport org.apache.http.ssl.SSLContextBuilder;\nclass A {\n  Object f() throws Exception {\n    return new SSLContextBuilder().loadTrustMaterial(null, new TrustSelfSignedStrategy()).build();\n  }\n}', line: 5 },
  ],
})
