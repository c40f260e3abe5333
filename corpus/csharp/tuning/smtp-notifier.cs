using System;
using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;

namespace Acme.Notifications
{
    public class SmtpNotifier : IDisposable
    {
        private readonly SmtpClient _client;

        public SmtpNotifier()
        {
            _client = new SmtpClient("smtp.mailhost.example", 587)
            {
                EnableSsl = true,
                // expect: crypto.secrets
                Credentials = new NetworkCredential("alerts@acme.example", password: "Alerts#Relay2023"),
            };
            // expect: crypto.tls
            ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true;
        }

        public static SmtpNotifier FromEnvironment()
        {
            var notifier = new SmtpNotifier();
            // ok: crypto.secrets
            var relayPassword = Environment.GetEnvironmentVariable("SMTP_RELAY_PASSWORD");
            if (!string.IsNullOrEmpty(relayPassword))
            {
                notifier._client.Credentials = new NetworkCredential("alerts@acme.example", relayPassword);
            }
            return notifier;
        }

        public static void ConfigureLegacyTransport()
        {
            // expect: crypto.tls
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
        }

        public Task SendAsync(string to, string subject, string body)
        {
            var message = new MailMessage("alerts@acme.example", to, subject, body)
            {
                IsBodyHtml = false,
            };
            return _client.SendMailAsync(message);
        }

        public void Dispose() => _client.Dispose();
    }
}
