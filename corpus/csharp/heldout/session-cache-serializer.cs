using System;
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Acme.Web.Sessions
{
    [Serializable]
    public class CartState
    {
        public string CustomerId { get; set; } = "";
        public decimal Total { get; set; }
        public string[] Skus { get; set; } = Array.Empty<string>();
    }

    public class SessionCacheSerializer
    {
        private readonly IDistributedCache _cache;

        public SessionCacheSerializer(IDistributedCache cache)
        {
            _cache = cache;
        }

        public CartState? LoadLegacy(string sessionKey)
        {
            var blob = _cache.Get("cart:" + sessionKey);
            if (blob == null)
            {
                return null;
            }

            using var ms = new MemoryStream(blob);
            var formatter = new BinaryFormatter();
#pragma warning disable SYSLIB0011
            // expect: sandbox.deserialization
            return (CartState)formatter.Deserialize(ms);
#pragma warning restore SYSLIB0011
        }

        public CartState? Load(string sessionKey)
        {
            var blob = _cache.Get("cart2:" + sessionKey);
            // ok: sandbox.deserialization
            return blob == null ? null : JsonSerializer.Deserialize<CartState>(blob);
        }

        public void Save(string sessionKey, CartState state)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(state);
            _cache.Set("cart2:" + sessionKey, bytes, new DistributedCacheEntryOptions
            {
                SlidingExpiration = TimeSpan.FromMinutes(20),
            });
        }
    }
}
