package com.acme.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** Session cache backed by Redis. Old entries were written with Java serialization. */
public class SessionCache {

    public static class SessionData implements Serializable {
        private static final long serialVersionUID = 1L;
        public long userId;
        public Map<String, String> attributes;
    }

    private final JedisPool pool;
    private final ObjectMapper mapper = new ObjectMapper();

    public SessionCache(JedisPool pool) {
        this.pool = pool;
    }

    public SessionData load(String sessionId) throws IOException, ClassNotFoundException {
        try (Jedis jedis = pool.getResource()) {
            byte[] legacy = jedis.get(("sess:v1:" + sessionId).getBytes());
            if (legacy != null) {
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(legacy))) {
                    // expect: sandbox.deserialization
                    return (SessionData) in.readObject();
                }
            }
            String json = jedis.get("sess:v2:" + sessionId);
            if (json == null) {
                return null;
            }
            // ok: sandbox.deserialization
            return mapper.readValue(json, SessionData.class);
        }
    }

    public void store(String sessionId, SessionData data, int ttlSeconds) throws IOException {
        try (Jedis jedis = pool.getResource()) {
            jedis.setex("sess:v2:" + sessionId, ttlSeconds, mapper.writeValueAsString(data));
        }
    }
}
