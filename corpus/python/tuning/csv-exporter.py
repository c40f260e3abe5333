"""Exports order data to CSV for the finance team."""
import csv
import hashlib
import io
import sqlite3
from datetime import date

DB = "/var/lib/shop/orders.db"

EXPORT_QUERY = """
    SELECT o.id, o.created_at, c.email, o.total_cents, o.currency
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.created_at >= ? AND o.created_at < ?
"""


def fetch_orders(conn, start: date, end: date, status=None):
    sql = EXPORT_QUERY
    params = [start.isoformat(), end.isoformat()]
    if status:
        sql += " AND o.status = ?"
        params.append(status)
    # ok: injection.sql
    return conn.execute(sql, params).fetchall()


def to_csv(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "created_at", "email", "total", "currency"])
    for row in rows:
        writer.writerow([row[0], row[1], row[2], f"{row[3] / 100:.2f}", row[4]])
    return buf.getvalue()


def export(path, start, end):
    conn = sqlite3.connect(DB)
    try:
        data = to_csv(fetch_orders(conn, start, end))
    finally:
        conn.close()
    # ok: sandbox.fs
    with open(path, "w", newline="") as fh:
        fh.write(data)
    # ok: crypto.hash
    return hashlib.sha256(data.encode()).hexdigest()


def row_count(conn):
    cur = conn.cursor()
    # ok: injection.sql
    cur.execute("SELECT COUNT(*) FROM orders")
    return cur.fetchone()[0]


if __name__ == "__main__":
    print(export("/tmp/orders.csv", date(2024, 1, 1), date(2024, 2, 1)))
