using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Billing
{
    [ApiController]
    [Route("webhooks/payments")]
    public class PaymentWebhookController : ControllerBase
    {
        // expect: crypto.secrets
        private const string WebhookSecret = "whsec_9f8a7b6c5d4e3f2a1b0c";
        private const int MaxPayloadBytes = 64 * 1024;

        [HttpPost]
        public async Task<IActionResult> Receive()
        {
            using var reader = new StreamReader(Request.Body, Encoding.UTF8);
            // expect: resource.limits
            var payload = await reader.ReadToEndAsync();

            var signature = Request.Headers["X-Signature"].ToString();
            if (!Verify(payload, signature))
            {
                return Unauthorized();
            }

            using var doc = JsonDocument.Parse(payload);
            var eventType = doc.RootElement.GetProperty("type").GetString();
            return eventType == "payment.succeeded" ? Ok() : Accepted();
        }

        [HttpPost("v2")]
        public async Task<IActionResult> ReceiveV2()
        {
            if (Request.ContentLength is null or > MaxPayloadBytes)
            {
                return StatusCode(413);
            }
            // ok: resource.limits
            var buffer = new byte[MaxPayloadBytes];
            var read = await Request.Body.ReadAtLeastAsync(buffer, (int)Request.ContentLength.Value, throwOnEndOfStream: false);
            var payload = Encoding.UTF8.GetString(buffer, 0, read);
            return Verify(payload, Request.Headers["X-Signature"].ToString()) ? Ok() : Unauthorized();
        }

        private static bool Verify(string payload, string signature)
        {
            // ok: crypto.hash
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(WebhookSecret));
            var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
            return CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(expected),
                Encoding.ASCII.GetBytes(signature.ToUpperInvariant()));
        }
    }
}
