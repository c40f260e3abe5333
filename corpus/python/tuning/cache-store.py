"""Redis-backed result cache for expensive report queries."""
import hashlib
import pickle
import zlib

import redis

DEFAULT_TTL = 900


class ResultCache:
    def __init__(self, url="redis://localhost:6379/2", namespace="reports"):
        self.client = redis.Redis.from_url(url)
        self.namespace = namespace

    def _key(self, query, params):
        material = f"{query}|{sorted(params.items())}".encode("utf-8")
        # expect: crypto.hash
        return f"{self.namespace}:{hashlib.md5(material).hexdigest()}"

    def _shard(self, key):
        # ok: crypto.hash
        return int(hashlib.md5(key.encode(), usedforsecurity=False).hexdigest()[:4], 16) % 16

    def get(self, query, params):
        raw = self.client.get(self._key(query, params))
        if raw is None:
            return None
        # expect: sandbox.deserialization
        return pickle.loads(zlib.decompress(raw))

    def put(self, query, params, value, ttl=DEFAULT_TTL):
        # ok: sandbox.deserialization
        blob = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        self.client.setex(self._key(query, params), ttl, blob)

    def invalidate(self, query, params):
        self.client.delete(self._key(query, params))

    def stats(self):
        info = self.client.info("memory")
        return {"used_memory": info.get("used_memory_human"), "namespace": self.namespace}
