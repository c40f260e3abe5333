package com.acme.http;

import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.ssl.SSLContexts;

/** Builds Apache HttpClient instances for internal and partner integrations. */
public final class HttpClientFactory {

    private HttpClientFactory() {}

    /** For the lab environment, where every service has a throwaway certificate. */
    public static CloseableHttpClient labClient() throws GeneralSecurityException {
        SSLContext ctx = new SSLContextBuilder()
                // expect: crypto.tls
                .loadTrustMaterial(null, (chain, authType) -> true)
                .build();
        // expect: crypto.tls
        SSLConnectionSocketFactory sf = new SSLConnectionSocketFactory(ctx, NoopHostnameVerifier.INSTANCE);
        return HttpClients.custom().setSSLSocketFactory(sf).build();
    }

    /** Production client: default trust store, default hostname verification, TLS 1.2+. */
    public static CloseableHttpClient productionClient() {
        SSLContext ctx = SSLContexts.createDefault();
        SSLConnectionSocketFactory sf = new SSLConnectionSocketFactory(
                ctx,
                // ok: crypto.tls
                new String[] {"TLSv1.3", "TLSv1.2"},
                null,
                SSLConnectionSocketFactory.getDefaultHostnameVerifier());
        return HttpClients.custom().setSSLSocketFactory(sf).build();
    }

    /** Partner gateway pins its CA from a bundled trust store. */
    public static CloseableHttpClient partnerClient(java.security.KeyStore trustStore) throws GeneralSecurityException {
        // ok: crypto.tls
        SSLContext ctx = SSLContexts.custom().loadTrustMaterial(trustStore, null).build();
        return HttpClients.custom().setSSLContext(ctx).build();
    }
}
