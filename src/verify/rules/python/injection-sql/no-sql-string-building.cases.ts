import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'def find(cur, name):\n    cur.execute("SELECT * FROM users WHERE name = %s", (name,))',
    'import sqlite3\ndef find(conn, uid):\n    return conn.execute("SELECT * FROM users WHERE id = ?", (uid,)).fetchone()',
    'TABLE = "users"\ndef find(cur, uid):\n    cur.execute(f"SELECT * FROM {TABLE} WHERE id = %s", (uid,))',
    'ALLOWED = {"name", "created"}\ndef find(cur, col):\n    if col not in ALLOWED:\n        raise ValueError(col)\n    cur.execute(f"SELECT * FROM users ORDER BY {col}")',
    'ALLOWED = ("asc", "desc")\ndef find(cur, direction):\n    if direction not in ALLOWED:\n        direction = "asc"\n    q = "SELECT * FROM users ORDER BY name " + direction\n    cur.execute(q)',
    '# cur.execute("SELECT * FROM t WHERE id = " + uid) is injection\nprint("cursor.execute(query)")',
    'def f(cur, ids):\n    marks = ",".join("?" * len(ids))\n    cur.execute(f"SELECT * FROM t WHERE id IN ({marks})", ids)',
    'from psycopg2 import sql\ndef f(cur, col):\n    cur.execute(sql.SQL("SELECT {} FROM t").format(sql.Identifier(col)))',
    'def f(cur, limit):\n    cur.execute("SELECT * FROM t LIMIT %d" % int(limit))',
    'def f(executor, job):\n    executor.execute(job)',
  ],
  invalid: [
    { code: 'def find(cur, name):\n    cur.execute("SELECT * FROM users WHERE name = \'" + name + "\'")', line: 2 },
    { code: 'from flask import request\ndef find(db):\n    q = f"SELECT * FROM users WHERE id = {request.args[\'id\']}"\n    return db.execute(q).fetchall()', line: 4 },
    { code: 'def find(cur, name):\n    query = "DELETE FROM users WHERE name = \'%s\'" % name\n    cur.execute(query)', line: 3 },
    { code: 'from sqlalchemy import text\ndef find(session, name):\n    return session.execute(text("SELECT * FROM users WHERE name = \'{}\'".format(name)))', line: 3 },
    { code: 'def find(User, name):\n    return User.objects.raw(f"SELECT * FROM app_user WHERE username = \'{name}\'")', line: 2 },
    { code: 'import pandas as pd\ndef report(conn, region):\n    sql = "SELECT * FROM sales WHERE region = \'" + region + "\'"\n    return pd.read_sql(sql, conn)', line: 4 },
    { code: 'def search(cur, term):\n    q = "SELECT * FROM items WHERE 1=1"\n    q += " AND title LIKE \'%" + term + "%\'"\n    cur.execute(q)', line: 4 },
  ],
})
