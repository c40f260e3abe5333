package com.acme.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

public class FeatureFlagService {

    public record Flag(boolean enabled, int rollout, List<String> allow) {}

    public record FlagSet(Map<String, Flag> flags) {}

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicReference<FlagSet> current = new AtomicReference<>(new FlagSet(Map.of()));

    /** Reloads flags from the JSON document pushed by the config service. */
    public void reload(byte[] json) throws IOException {
        // ok: sandbox.deserialization
        current.set(mapper.readValue(json, FlagSet.class));
    }

    static int bucket(String flag, String userId) {
        try {
            // ok: crypto.hash
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest((flag + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(ByteBuffer.wrap(d, 0, 4).getInt(), 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isEnabled(String name, String userId) {
        Flag f = current.get().flags().get(name);
        if (f == null || !f.enabled()) {
            return false;
        }
        return f.allow().contains(userId) || bucket(name, userId) < f.rollout();
    }

    /** Shown in the admin UI as an example flag file. */
    // ok: crypto.hash
    public static final String EXAMPLE = "{\"flags\":{\"md5-migration\":{\"enabled\":true,\"rollout\":10,\"allow\":[]}}}";
}
