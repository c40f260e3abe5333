package com.acme.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Small thread-safe LRU cache with hit statistics. */
public class LruCache<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> map;
    private long hits;
    private long misses;

    public LruCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        // ok: resource.limits
        this.map = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    public synchronized V get(K key) {
        V v = map.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    public synchronized V computeIfAbsent(K key, Function<K, V> loader) {
        V v = get(key);
        if (v == null) {
            v = Objects.requireNonNull(loader.apply(key), "loader returned null");
            map.put(key, v);
        }
        return v;
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    public synchronized double hitRatio() {
        long total = hits + misses;
        return total == 0 ? 0.0 : (double) hits / total;
    }

    public synchronized int size() {
        return map.size();
    }
}
