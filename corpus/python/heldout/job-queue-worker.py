"""Worker that pulls serialized jobs from a Redis list and executes them."""
import json
import logging
import marshal
import types

import dill
import redis

log = logging.getLogger("worker")

QUEUE = "jobs:pending"
DEAD_LETTER = "jobs:dead"


class Worker:
    def __init__(self, url="redis://localhost:6379/0"):
        self.redis = redis.Redis.from_url(url)

    def next_job(self, timeout=5):
        item = self.redis.blpop(QUEUE, timeout=timeout)
        if item is None:
            return None
        _, raw = item
        envelope = json.loads(raw)
        if envelope["format"] == "dill":
            # expect: sandbox.deserialization
            return dill.loads(bytes.fromhex(envelope["body"]))
        if envelope["format"] == "code":
            # expect: sandbox.deserialization
            code = marshal.loads(bytes.fromhex(envelope["body"]))
            return types.FunctionType(code, {"log": log})
        return envelope

    def run_forever(self):
        while True:
            job = self.next_job()
            if job is None:
                continue
            try:
                job() if callable(job) else log.info("data job %s", job.get("id"))
            except Exception:
                log.exception("job failed")
                self.redis.rpush(DEAD_LETTER, json.dumps({"error": "failed"}))
