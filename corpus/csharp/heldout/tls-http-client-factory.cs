using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Acme.Integrations.Http
{
    public static class TlsHttpClientFactory
    {
        public static HttpClient CreateForInternalGateway(bool developmentMode)
        {
            var handler = new HttpClientHandler();
            if (developmentMode)
            {
                // expect: crypto.tls
                handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
            }
            return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) };
        }

        public static HttpClient CreateLegacyBankClient()
        {
            var handler = new HttpClientHandler
            {
                // expect: crypto.tls
                SslProtocols = SslProtocols.Tls | SslProtocols.Tls11,
                // expect: crypto.tls
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            };
            return new HttpClient(handler);
        }

        public static HttpClient CreatePinned(string expectedThumbprint)
        {
            var handler = new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions
                {
                    // ok: crypto.tls
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    // ok: crypto.tls
                    RemoteCertificateValidationCallback = (sender, cert, chain, errors) =>
                        errors == SslPolicyErrors.None &&
                        cert is X509Certificate2 c2 &&
                        string.Equals(c2.Thumbprint, expectedThumbprint, StringComparison.OrdinalIgnoreCase),
                },
            };
            return new HttpClient(handler);
        }
    }
}
