'use strict';
const crypto = require('crypto');
const { LRUCache } = require('lru-cache');

const memory = new LRUCache({ max: 5000, ttl: 60_000 });

function cacheKey(namespace, params) {
  const canonical = JSON.stringify(params, Object.keys(params).sort());
  // ok: crypto.hash
  return `${namespace}:${crypto.createHash('sha256').update(canonical).digest('base64url')}`;
}

function ttlWithJitter(baseMs) {
  // ok: crypto.random
  return baseMs + Math.floor(Math.random() * baseMs * 0.2);
}

class Cache {
  constructor(redis) {
    this.redis = redis;
  }

  async get(namespace, params) {
    const k = cacheKey(namespace, params);
    if (memory.has(k)) return memory.get(k);
    const raw = await this.redis.get(k);
    if (raw == null) return undefined;
    // ok: sandbox.deserialization
    const value = JSON.parse(raw);
    memory.set(k, value);
    return value;
  }

  async set(namespace, params, value, ttlMs = 300_000) {
    const k = cacheKey(namespace, params);
    memory.set(k, value);
    await this.redis.set(k, JSON.stringify(value), 'PX', ttlWithJitter(ttlMs));
  }

  async wrap(namespace, params, producer) {
    const hit = await this.get(namespace, params);
    if (hit !== undefined) return hit;
    const value = await producer();
    await this.set(namespace, params, value);
    return value;
  }
}

module.exports = { Cache, cacheKey };
