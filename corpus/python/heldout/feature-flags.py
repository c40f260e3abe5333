"""Feature-flag evaluation with percentage rollouts."""
import hashlib
import json
import os
import random
from dataclasses import dataclass

import yaml

FLAGS_FILE = "/etc/app/flags.yaml"


@dataclass
class Flag:
    name: str
    enabled: bool
    rollout: float = 100.0


def load_flags(path=FLAGS_FILE):
    # ok: sandbox.fs
    with open(path) as fh:
        # ok: sandbox.deserialization
        data = yaml.safe_load(fh) or {}
    overrides = os.environ.get("FLAG_OVERRIDES")
    if overrides:
        # ok: sandbox.deserialization
        data.update(json.loads(overrides))
    return {name: Flag(name=name, **spec) for name, spec in data.items()}


def bucket(flag_name, user_id):
    # ok: crypto.hash
    digest = hashlib.sha256(f"{flag_name}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:2], "big") % 10000 / 100.0


def is_enabled(flag, user_id=None):
    if not flag.enabled:
        return False
    if user_id is None:
        # ok: crypto.random
        return random.random() * 100 < flag.rollout
    return bucket(flag.name, user_id) < flag.rollout


def sample_for_experiment(users, fraction=0.1):
    # ok: crypto.random
    return random.sample(users, int(len(users) * fraction))


def describe(flags):
    return json.dumps({n: {"enabled": f.enabled, "rollout": f.rollout} for n, f in flags.items()}, indent=2)
