using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Acme.Flags
{
    public sealed record FlagSet(string Environment, string[] Enabled);

    public class FeatureFlagClient
    {
        private const string FlagsBaseUrl = "https://flags.acme-corp.example/api/v1/environments/";
        private readonly HttpClient _http;
        private readonly ConcurrentDictionary<string, bool> _cache = new();

        public FeatureFlagClient(HttpClient http)
        {
            _http = http;
            // ok: crypto.secrets
            var apiKey = Environment.GetEnvironmentVariable("FLAGS_API_KEY") ?? throw new InvalidOperationException("FLAGS_API_KEY missing");
            _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        public async Task RefreshAsync(string environmentName, CancellationToken ct)
        {
            // ok: sandbox.net
            var flags = await _http.GetFromJsonAsync<FlagSet>(FlagsBaseUrl + Uri.EscapeDataString(environmentName), ct);
            _cache.Clear();
            foreach (var name in flags?.Enabled ?? Array.Empty<string>())
            {
                _cache[name] = true;
            }
        }

        public bool IsEnabled(string flag) => _cache.TryGetValue(flag, out var on) && on;

        public bool InRollout(string flag, string userId, int percent)
        {
            if (!IsEnabled(flag)) return false;
            var bucket = (uint)StableHash(flag + ":" + userId) % 100;
            return bucket < percent;
        }

        private static int StableHash(string s)
        {
            unchecked
            {
                var h = (int)2166136261;
                foreach (var c in s) h = (h ^ c) * 16777619;
                return h;
            }
        }

        public TimeSpan NextPollDelay()
        {
            // ok: crypto.random
            return TimeSpan.FromSeconds(30 + Random.Shared.Next(0, 10));
        }
    }
}
