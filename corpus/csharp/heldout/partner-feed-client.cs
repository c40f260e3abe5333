using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Acme.Integrations.Partners
{
    public abstract class FeedItem
    {
        public string Id { get; set; } = "";
        public DateTime Published { get; set; }
    }

    public sealed class PriceChange : FeedItem
    {
        public string Sku { get; set; } = "";
        public decimal NewPrice { get; set; }
    }

    public class PartnerFeedClient
    {
        private readonly HttpClient _http;

        private static readonly JsonSerializerSettings SafeSettings = new()
        {
            // ok: sandbox.deserialization
            TypeNameHandling = TypeNameHandling.None,
            MissingMemberHandling = MissingMemberHandling.Ignore,
        };

        public PartnerFeedClient(HttpClient http)
        {
            _http = http;
        }

        public async Task<List<FeedItem>> PullPolymorphicAsync()
        {
            // ok: sandbox.net
            var body = await _http.GetStringAsync("https://feeds.partner.example/v1/items");
            // expect: sandbox.deserialization
            var items = JsonConvert.DeserializeObject<List<FeedItem>>(body, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto });
            return items ?? new List<FeedItem>();
        }

        public List<PriceChange> ParsePriceChanges(string json)
        {
            // ok: sandbox.deserialization
            return JsonConvert.DeserializeObject<List<PriceChange>>(json, SafeSettings) ?? new List<PriceChange>();
        }

        public object? ParseEnvelope(string json)
        {
            // expect: sandbox.deserialization
            return JsonConvert.DeserializeObject(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });
        }
    }
}
