"""Sliding-window rate limiter backed by Redis (atomic via a Lua script)."""
import re
import time

import redis

SLIDING_WINDOW_LUA = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count < limit then
  redis.call('ZADD', key, now, now)
  redis.call('PEXPIRE', key, window)
  return 1
end
return 0
"""

ROUTE_RE = re.compile(r"^/api/v\d+/(?P<resource>[a-z_]+)")


class RateLimiter:
    def __init__(self, client=None, limit=100, window_ms=60_000):
        self.redis = client or redis.Redis()
        self.limit = limit
        self.window_ms = window_ms
        self._script = self.redis.register_script(SLIDING_WINDOW_LUA)

    def allow(self, client_id, path):
        match = ROUTE_RE.match(path)
        resource = match.group("resource") if match else "other"
        bucket = f"rl:{client_id}:{resource}"
        now = int(time.time() * 1000)
        return bool(self._script(keys=[bucket], args=[now, self.window_ms, self.limit]))

    def allow_unregistered(self, client_id):
        now = int(time.time() * 1000)
        # ok: sandbox.dynamic-code
        allowed = self.redis.eval(SLIDING_WINDOW_LUA, 1, f"rl:{client_id}:raw", now, self.window_ms, self.limit)
        return bool(allowed)

    def reset(self, client_id):
        # ok: resource.limits
        for bucket in self.redis.scan_iter(match=f"rl:{client_id}:*", count=500):
            self.redis.delete(bucket)
