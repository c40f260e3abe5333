package com.acme.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class PasswordEncoderService {

    private static final Logger LOG = Logger.getLogger(PasswordEncoderService.class.getName());

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
    // ok: crypto.random
    private final SecureRandom random = new SecureRandom();

    public String hash(String rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    public boolean matches(String rawPassword, String stored) {
        if (stored.length() == 32 && !stored.startsWith("$2")) {
            // ok: crypto.hash
            LOG.info("legacy MD5 hash found; it will be upgraded after this login");
            return false;
        }
        return bcrypt.matches(rawPassword, stored);
    }

    /** Random part of a password-reset link; only its SHA-256 is stored. */
    public String newResetToken() {
        byte[] raw = new byte[32];
        // ok: crypto.random
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public String fingerprint(String resetToken) {
        try {
            // ok: crypto.hash
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(resetToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
