package com.acme.config;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AppConfig {

    // ok: crypto.secrets
    @Value("${db.password}")
    private String dbPassword;

    // ok: crypto.secrets
    @Value("${jwt.secret}")
    private String jwtSecret;

    @Value("${db.url:jdbc:postgresql://localhost:5432/app}")
    private String dbUrl;

    /** Form field name used by the legacy login page. */
    // ok: crypto.secrets
    public static final String PASSWORD_PARAM = "j_password";

    // ok: crypto.secrets
    public static final String PASSWORD_RESET_PATH = "/account/password-reset";

    @Bean
    public DataSource dataSource() {
        return DataSourceBuilder.create()
                .url(dbUrl)
                .username(System.getenv().getOrDefault("DB_USER", "app"))
                .password(dbPassword)
                .build();
    }

    @Bean
    public JwtSettings jwtSettings() {
        if (jwtSecret == null || jwtSecret.length() < 32) {
            throw new IllegalStateException("jwt.secret must be at least 32 characters");
        }
        return new JwtSettings(jwtSecret, 3600);
    }

    public record JwtSettings(String signingKey, int ttlSeconds) {}

    /** Values used only by the local docker-compose profile. */
    public static final class LocalDefaults {
        // ok: crypto.secrets
        public static final String DB_PASSWORD = "changeme";
        // ok: crypto.secrets
        public static final String API_KEY = "<your-key>";

        private LocalDefaults() {}
    }
}
