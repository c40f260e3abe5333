#!/usr/bin/env python3
"""Probe a TLS endpoint and print certificate details.

usage: tls-probe HOST [PORT] [--insecure]
"""
import socket
import ssl
import sys

PROBE_TIMEOUT = 5.0


def build_context(insecure):
    if insecure:
        # expect: crypto.tls
        ctx = ssl._create_unverified_context()
        return ctx
    # ok: crypto.tls
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def legacy_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # expect: crypto.tls
    ctx.check_hostname = False
    # expect: crypto.tls
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def probe(host, port, ctx):
    # ok: sandbox.net
    with socket.create_connection((host, port), timeout=PROBE_TIMEOUT) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version(), tls.getpeercert()


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    host = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 443
    insecure = "--insecure" in sys.argv
    ctx = legacy_context() if "--legacy" in sys.argv else build_context(insecure)
    # expect: sandbox.net
    with socket.create_connection((host, port), timeout=PROBE_TIMEOUT) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            version, cert = tls.version(), tls.getpeercert()
    print(f"{host}:{port} negotiated {version}")
    for key, value in (cert or {}).items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
