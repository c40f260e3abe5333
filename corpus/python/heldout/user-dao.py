"""Data-access layer for the users table (sqlite3)."""
import sqlite3
from contextlib import closing

DB_PATH = "/var/lib/app/users.db"

SORTABLE_COLUMNS = {"created_at", "email", "last_login"}


class UserDAO:
    def __init__(self, path=DB_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def get_by_id(self, user_id):
        cur = self.conn.cursor()
        # ok: injection.sql
        cur.execute("SELECT id, email, name FROM users WHERE id = ?", (user_id,))
        return cur.fetchone()

    def find_by_email(self, email):
        query = f"SELECT id, email, name FROM users WHERE email = '{email}'"
        with closing(self.conn.cursor()) as cur:
            # expect: injection.sql
            cur.execute(query)
            return cur.fetchone()

    def search(self, term, order_by="created_at"):
        if order_by not in SORTABLE_COLUMNS:
            raise ValueError("unsupported sort column")
        sql = "SELECT id, email FROM users WHERE name LIKE ? ORDER BY " + order_by
        # ok: injection.sql
        return self.conn.execute(sql, (f"%{term}%",)).fetchall()

    def count_active(self, include_admins=False):
        sql = "SELECT COUNT(*) FROM users WHERE active = 1"
        if not include_admins:
            sql += " AND role != 'admin'"
        # ok: injection.sql
        return self.conn.execute(sql).fetchone()[0]

    def deactivate_many(self, ids):
        id_list = ",".join(str(i) for i in ids)
        # expect: injection.sql
        self.conn.execute("UPDATE users SET active = 0 WHERE id IN (%s)" % id_list)
        self.conn.commit()

    def rename(self, user_id, new_name):
        # ok: injection.sql
        self.conn.execute(
            "UPDATE users SET name = :name WHERE id = :id",
            {"name": new_name, "id": user_id},
        )
        self.conn.commit()

    def close(self):
        self.conn.close()
