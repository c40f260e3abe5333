using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Acme.Config
{
    public sealed class ServiceConfig
    {
        public string Name { get; set; } = "acme-service";
        public int Port { get; set; } = 8080;
        public string LogLevel { get; set; } = "Information";
        public Dictionary<string, string> Features { get; set; } = new();
    }

    public static class ConfigLoader
    {
        private const string DefaultPath = "/etc/acme/service.json";

        public static ServiceConfig Load(string? overridePath = null)
        {
            var path = overridePath ?? DefaultPath;
            if (!File.Exists(path))
            {
                return new ServiceConfig();
            }

            // ok: sandbox.fs
            var json = File.ReadAllText(path);
            // ok: sandbox.deserialization
            var config = JsonSerializer.Deserialize<ServiceConfig>(json, new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                ReadCommentHandling = JsonCommentHandling.Skip,
            }) ?? new ServiceConfig();

            ApplyEnvironment(config);
            return config;
        }

        private static void ApplyEnvironment(ServiceConfig config)
        {
            var port = Environment.GetEnvironmentVariable("ACME_PORT");
            if (int.TryParse(port, out var parsed) && parsed is > 0 and < 65536)
            {
                config.Port = parsed;
            }

            // ok: crypto.secrets
            var apiToken = Environment.GetEnvironmentVariable("ACME_API_TOKEN") ?? string.Empty;
            if (apiToken.Length > 0)
            {
                config.Features["remote-api"] = "enabled";
            }
        }

        public static void Save(ServiceConfig config, string path)
        {
            var json = JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true });
            // ok: sandbox.fs
            File.WriteAllText(path, json);
        }
    }
}
