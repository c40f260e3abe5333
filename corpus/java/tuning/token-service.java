package com.acme.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    // expect: crypto.secrets
    private static final String JWT_SECRET = "k3y-f0r-s1gn1ng-jwts-2024-prod";

    private final Random random = new Random();
    // ok: crypto.random
    private final SecureRandom secureRandom = new SecureRandom();

    public String issueJwt(String userId) {
        return Jwts.builder()
                .setSubject(userId)
                .setExpiration(new Date(System.currentTimeMillis() + 3_600_000))
                .signWith(SignatureAlgorithm.HS256, JWT_SECRET)
                .compact();
    }

    public String newRefreshToken() {
        // expect: crypto.random
        String refreshToken = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        return refreshToken;
    }

    public String newCsrfToken() {
        byte[] buf = new byte[32];
        // ok: crypto.random
        secureRandom.nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    /** Spreads read traffic over replicas; not security relevant. */
    public String pickReplica(List<String> replicas) {
        // ok: crypto.random
        return replicas.get(random.nextInt(replicas.size()));
    }
}
