"""Items API (FastAPI + SQLAlchemy Core)."""
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

engine = create_engine("postgresql+psycopg2://app@db/items", pool_pre_ping=True)
app = FastAPI(title="items")


def get_conn():
    with engine.connect() as conn:
        yield conn


@app.get("/items/{item_id}")
def read_item(item_id: int, conn: Connection = Depends(get_conn)):
    # ok: injection.sql
    row = conn.execute(text("SELECT id, name, price FROM items WHERE id = :id"), {"id": item_id}).first()
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row._mapping)


@app.get("/items")
def list_items(tag: Optional[str] = None, sort: str = Query("name"), conn: Connection = Depends(get_conn)):
    sql = "SELECT id, name, price FROM items"
    if tag:
        sql += f" WHERE '{tag}' = ANY(tags)"
    sql += f" ORDER BY {sort}"
    # expect: injection.sql
    rows = conn.execute(text(sql)).fetchall()
    return [dict(r._mapping) for r in rows]


@app.delete("/items/{item_id}")
def delete_item(item_id: int, conn: Connection = Depends(get_conn)):
    # ok: injection.sql
    conn.execute(text("DELETE FROM items WHERE id = :id"), {"id": item_id})
    conn.commit()
    return {"deleted": item_id}


def bulk_reprice(conn: Connection, percent: float, supplier: str):
    stmt = "UPDATE items SET price = price * (1 + {} / 100.0) WHERE supplier = '{}'".format(percent, supplier)
    # expect: injection.sql
    conn.exec_driver_sql(stmt)
    conn.commit()
