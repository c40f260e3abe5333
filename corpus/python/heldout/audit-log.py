"""Append-only audit log with per-entry hash chaining."""
import hashlib
import html
import json
import os
import threading
import time

AUDIT_DIR = "/var/log/app/audit"
_lock = threading.Lock()


class AuditLog:
    def __init__(self, stream_name="default"):
        safe = os.path.basename(stream_name)
        self.path = os.path.join(AUDIT_DIR, safe + ".jsonl")
        self._prev = "0" * 64

    def record(self, actor, action, **details):
        entry = {"ts": time.time(), "actor": actor, "action": action, "details": details, "prev": self._prev}
        line = json.dumps(entry, sort_keys=True)
        # ok: crypto.hash
        self._prev = hashlib.sha3_256(line.encode()).hexdigest()
        with _lock:
            # ok: sandbox.fs
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        return self._prev

    def tail(self, n=20):
        # ok: sandbox.fs
        with open(self.path, encoding="utf-8") as fh:
            lines = fh.readlines()[-n:]
        # ok: sandbox.deserialization
        return [json.loads(line) for line in lines]


def render_rows(entries):
    rows = []
    for e in entries:
        # ok: injection.xss
        rows.append("<tr><td>{}</td><td>{}</td></tr>".format(html.escape(e["actor"]), html.escape(e["action"])))
    return "\n".join(rows)


def export_stream(stream_name, out_path):
    log = AuditLog(stream_name)
    # ok: sandbox.fs
    with open(out_path, "w") as out:
        json.dump(log.tail(1000), out)
