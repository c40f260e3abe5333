package com.acme.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

public class OtpService {

    private record Pending(String code, Instant issued) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Random rng = new Random();
    // ok: crypto.random
    private final SecureRandom secure = new SecureRandom();

    public OtpService(Duration ttl) {
        this.ttl = ttl;
    }

    /** Six-digit code sent by SMS at login. */
    public String generateOtp(String phone) {
        // expect: crypto.random
        String code = String.format("%06d", rng.nextInt(1_000_000));
        pending.put(phone, new Pending(code, Instant.now()));
        return code;
    }

    /** Code embedded in the password-reset e-mail. */
    public String passwordResetCode() {
        // expect: crypto.random
        long resetCode = (long) (Math.random() * 100_000_000L);
        return String.format("%08d", resetCode);
    }

    /** Pairing code for a new device, from the OS generator. */
    public String pairingCode() {
        // ok: crypto.random
        return String.format("%08d", secure.nextInt(100_000_000));
    }

    public boolean check(String phone, String attempt) {
        Pending p = pending.remove(phone);
        return p != null
                && Duration.between(p.issued(), Instant.now()).compareTo(ttl) <= 0
                && p.code().equals(attempt);
    }

    /** Picks about 1% of checks for the fraud dashboard. */
    public boolean sampleForReview() {
        // ok: crypto.random
        return rng.nextInt(100) == 0;
    }
}
