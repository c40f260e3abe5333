#!/usr/bin/env python3
"""grep-like search over rotated application logs.

usage: log-search PATTERN [LOGFILE] [--context N]
"""
import gzip
import re
import sys

DEFAULT_LOG = "/var/log/app/app.log"
TIMESTAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def open_log(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", errors="replace")
    # ok: sandbox.fs
    return open(path, errors="replace")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    # expect: resource.limits
    pattern = re.compile(argv[1])
    logfile = argv[2] if len(argv) > 2 else DEFAULT_LOG
    context = int(argv[4]) if len(argv) > 4 and argv[3] == "--context" else 0
    # expect: sandbox.fs
    with open(logfile, errors="replace") as fh:
        lines = fh.readlines()
    for idx, line in enumerate(lines):
        if pattern.search(line) and TIMESTAMP_RE.match(line):
            lo = max(0, idx - context)
            for extra in lines[lo:idx + 1]:
                sys.stdout.write(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
