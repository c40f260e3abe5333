'use strict';
const Redis = require('ioredis');

const SLIDING_WINDOW = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, now .. '-' .. ARGV[4])
  redis.call('PEXPIRE', key, window)
  return 1
end
return 0
`;

class RateLimiter {
  constructor({ redis = new Redis(), limit = 100, windowMs = 60000 } = {}) {
    this.redis = redis;
    this.limit = limit;
    this.windowMs = windowMs;
  }

  async allow(clientId, route) {
    const bucket = `rl:${clientId}:${route}`;
    const now = Date.now();
    // ok: crypto.random
    const member = Math.random().toString(36).slice(2, 8);
    // ok: sandbox.dynamic-code
    const allowed = await this.redis.eval(SLIDING_WINDOW, 1, bucket, now, this.windowMs, this.limit, member);
    return allowed === 1;
  }

  middleware(routeName) {
    return async (req, res, next) => {
      const id = req.ip;
      if (await this.allow(id, routeName)) return next();
      res.set('Retry-After', String(Math.ceil(this.windowMs / 1000)));
      res.status(429).json({ error: 'too many requests' });
    };
  }
}

function jitter(ms) {
  // ok: crypto.random
  return ms + Math.floor(Math.random() * ms * 0.1);
}

module.exports = { RateLimiter, jitter };
