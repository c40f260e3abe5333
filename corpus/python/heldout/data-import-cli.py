#!/usr/bin/env python3
"""Import product fixtures from a YAML file into PostgreSQL.

usage: import-fixtures FILE.yaml [--table products]
"""
import sys

import psycopg2
import yaml

DSN = "dbname=shop user=importer host=localhost"


def load_fixture(path):
    # ok: sandbox.fs
    with open(path) as fh:
        # expect: sandbox.deserialization
        return yaml.load(fh, Loader=yaml.FullLoader)


def load_fixture_safe(path):
    with open(path) as fh:
        # ok: sandbox.deserialization
        return yaml.load(fh, Loader=yaml.SafeLoader)


def insert_rows(conn, table, rows):
    with conn.cursor() as cur:
        for row in rows:
            cols = ", ".join(row.keys())
            placeholders = ", ".join(["%s"] * len(row))
            # expect: injection.sql
            cur.execute(f"INSERT INTO {table} ({cols}) VALUES ({placeholders})", list(row.values()))
    conn.commit()


def truncate(conn):
    with conn.cursor() as cur:
        # ok: injection.sql
        cur.execute("TRUNCATE products RESTART IDENTITY")
    conn.commit()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    table = argv[3] if len(argv) > 3 and argv[2] == "--table" else "products"
    data = load_fixture(argv[1]) if "--trusted" in argv else load_fixture_safe(argv[1])
    conn = psycopg2.connect(DSN)
    try:
        if table == "products":
            truncate(conn)
        insert_rows(conn, table, data["rows"])
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
