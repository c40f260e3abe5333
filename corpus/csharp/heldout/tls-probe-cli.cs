using System;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Acme.Tools.TlsProbe
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length < 1)
            {
                Console.Error.WriteLine("usage: tlsprobe <host> [port] [--insecure]");
                return 2;
            }

            var host = args[0];
            var port = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 443;
            var insecure = Array.IndexOf(args, "--insecure") >= 0;

            using var tcp = new TcpClient();
            // expect: sandbox.net
            await tcp.ConnectAsync(host, port);

            // expect: crypto.tls
            RemoteCertificateValidationCallback accept = (sender, cert, chain, errors) => true;
            RemoteCertificateValidationCallback strict = (sender, cert, chain, errors) => errors == SslPolicyErrors.None;

            using var ssl = new SslStream(tcp.GetStream(), false, insecure ? accept : strict);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = host,
                // expect: crypto.tls
                EnabledSslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12 | SslProtocols.Tls13,
            });

            var remote = ssl.RemoteCertificate is null ? null : new X509Certificate2(ssl.RemoteCertificate);
            Console.WriteLine($"protocol:  {ssl.SslProtocol}");
            Console.WriteLine($"cipher:    {ssl.NegotiatedCipherSuite}");
            Console.WriteLine($"subject:   {remote?.Subject}");
            Console.WriteLine($"expires:   {remote?.NotAfter:yyyy-MM-dd}");
            return 0;
        }

        public static SslClientAuthenticationOptions DefaultOptions(string host) => new()
        {
            TargetHost = host,
            // ok: crypto.tls
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            // ok: crypto.tls
            CertificateRevocationCheckMode = X509RevocationMode.Online,
        };
    }
}
