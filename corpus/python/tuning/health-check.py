"""Liveness and dependency checks exposed at /healthz."""
import shutil
import socket
import ssl
import subprocess
import time

import requests
from flask import Flask, jsonify

app = Flask(__name__)

DEPENDENCIES = {
    "billing": "https://billing.internal.example.com/healthz",
    "search": "https://search.internal.example.com/healthz",
}


def check_http(name):
    started = time.monotonic()
    try:
        # ok: sandbox.net
        resp = requests.get(DEPENDENCIES[name], timeout=2, verify=True)
        ok = resp.status_code == 200
    except requests.RequestException:
        ok = False
    return {"ok": ok, "ms": round((time.monotonic() - started) * 1000)}


def check_database():
    try:
        # ok: sandbox.net
        with socket.create_connection(("db-primary.internal", 5432), timeout=1):
            return {"ok": True}
    except OSError:
        return {"ok": False}


def check_tls_expiry():
    # ok: crypto.tls
    ctx = ssl.create_default_context()
    with socket.create_connection(("www.example.com", 443), timeout=2) as raw:
        with ctx.wrap_socket(raw, server_hostname="www.example.com") as tls:
            return {"ok": True, "not_after": tls.getpeercert()["notAfter"]}


def check_disk():
    usage = shutil.disk_usage("/var/lib/app")
    # ok: sandbox.process
    df = subprocess.run(["df", "-h", "/var/lib/app"], capture_output=True, text=True)
    return {"ok": usage.free > 5 * 1024**3, "df": df.stdout.splitlines()[-1]}


@app.route("/healthz")
def healthz():
    results = {name: check_http(name) for name in DEPENDENCIES}
    results["database"] = check_database()
    results["disk"] = check_disk()
    status = 200 if all(r["ok"] for r in results.values()) else 503
    return jsonify(results), status
