"""Application configuration loader: YAML file plus environment overrides."""
import json
import os
from dataclasses import dataclass, field

import yaml

DEFAULT_CONFIG_PATH = "/etc/myservice/config.yaml"


@dataclass
class DatabaseConfig:
    host: str = "localhost"
    port: int = 5432
    user: str = "app"
    # ok: crypto.secrets
    password: str = ""


@dataclass
class AppConfig:
    debug: bool = False
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    feature_flags: dict = field(default_factory=dict)


def load_config(path=DEFAULT_CONFIG_PATH):
    # ok: sandbox.fs
    with open(path, encoding="utf-8") as fh:
        # ok: sandbox.deserialization
        raw = yaml.safe_load(fh) or {}
    db = raw.get("database", {})
    cfg = AppConfig(
        debug=bool(raw.get("debug", False)),
        database=DatabaseConfig(
            host=db.get("host", "localhost"),
            port=int(db.get("port", 5432)),
            user=db.get("user", "app"),
            # ok: crypto.secrets
            password=os.environ.get("DB_PASSWORD", ""),
        ),
    )
    flags = os.environ.get("FEATURE_FLAGS")
    if flags:
        # ok: sandbox.deserialization
        cfg.feature_flags = json.loads(flags)
    return cfg


def dump_example(path):
    example = {
        "debug": False,
        # ok: crypto.secrets
        "database": {"host": "db.internal", "user": "app", "password": "changeme"},
    }
    # ok: sandbox.fs
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(example, fh, default_flow_style=False)
