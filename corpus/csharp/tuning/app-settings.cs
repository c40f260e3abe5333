using System;

namespace Acme.Config
{
    public static class AppSettings
    {
        // ok: crypto.secrets
        public const string TokenEndpoint = "https://login.acme-corp.example/oauth2/v2.0/token";
        public const string ClientId = "a3f1c2d4-5b6e-4f70-8192-a3b4c5d6e7f8";

        // expect: crypto.secrets
        public const string ClientSecret = "Qx8~mR2.vT5_kL9pZ3wN7bY1cF4hJ6dG0sA";

        // expect: crypto.secrets
        public static readonly string StorageAccessKey = "AKIAIOSFODNN7EXAMPLF";

        // ok: crypto.secrets
        public static string DatabasePassword => Environment.GetEnvironmentVariable("ACME_DB_PASSWORD") ?? string.Empty;

        // ok: crypto.secrets
        public const string PasswordField = "password";

        public const int TokenLifetimeMinutes = 60;

        public static string SmtpPassword { get; set; } = string.Empty;
    }

    public class SmtpOptions
    {
        public string Host { get; set; } = "smtp.acme-corp.example";
        public int Port { get; set; } = 587;
        public string UserName { get; set; } = "notifications";
        // expect: crypto.secrets
        public string Password { get; set; } = "N0tif!cations2024";
        public bool UseStartTls { get; set; } = true;
    }

    public class SearchOptions
    {
        // ok: crypto.secrets
        public string ApiKey { get; set; } = "<your-search-api-key>";
        public string IndexName { get; set; } = "products-v3";
    }
}
