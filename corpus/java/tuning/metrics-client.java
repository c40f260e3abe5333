package com.acme.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public class MetricsClient {

    // ok: crypto.secrets
    private static final String TOKEN_URL = "https://metrics.corp.example.com/oauth/token";
    // expect: crypto.secrets
    private static final String PUSH_API_TOKEN = "mtk_9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c";
    private static final String PUSH_BASE = "https://metrics.corp.example.com/metrics/job/";

    private final SSLContext sslContext;

    public MetricsClient() throws GeneralSecurityException {
        // The staging pushgateway still uses a self-signed certificate.
        // expect: crypto.tls
        TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        } };
        // ok: crypto.tls
        sslContext = SSLContext.getInstance("TLSv1.2");
        sslContext.init(null, trustAll, null);
    }

    public int push(String job, String payload) throws IOException {
        // ok: sandbox.net
        HttpsURLConnection conn = (HttpsURLConnection) new URL(PUSH_BASE + job).openConnection();
        conn.setSSLSocketFactory(sslContext.getSocketFactory());
        // expect: crypto.tls
        conn.setHostnameVerifier((hostname, session) -> true);
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Authorization", "Bearer " + PUSH_API_TOKEN);
        conn.setRequestProperty("Content-Type", "text/plain; version=0.0.4");
        try (OutputStream out = conn.getOutputStream()) {
            out.write(payload.getBytes(StandardCharsets.UTF_8));
        }
        return conn.getResponseCode();
    }
}
