"""The DB-API adapter: one SQL text for both engines, atomic transactions."""

from __future__ import annotations

import pytest

from rasd.store.backend import Backend, is_postgres_url
from rasd.store.errors import StoreError


def test_a_failed_transaction_leaves_nothing(target: str) -> None:
    with Backend.open(target) as db:
        db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")
        with db.transaction():
            db.execute("INSERT INTO t (k, v) VALUES (?, ?)", ("a", "1"))
        with pytest.raises(RuntimeError), db.transaction():
            db.executemany("INSERT INTO t (k, v) VALUES (?, ?)", [("b", "2"), ("c", "3")])
            raise RuntimeError("crash between two writes")
        with pytest.raises(StoreError), db.transaction():
            db.execute("INSERT INTO t (k, v) VALUES (?, ?)", ("d", "4"))
            db.execute("INSERT INTO t (k, v) VALUES (?, ?)", ("a", "again"))  # duplicate key
        assert db.query("SELECT k, v FROM t ORDER BY k") == [("a", "1")]


def test_one_sql_text_for_both_engines(target: str) -> None:
    with Backend.open(target) as db:
        db.execute("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER)")
        db.executemany("INSERT INTO t (k, n) VALUES (?, ?)", [("5%", 1), ("x", 2)])
        db.execute("INSERT INTO t (k, n) VALUES (?, ?) ON CONFLICT (k) DO UPDATE "
                   "SET n = t.n + excluded.n", ("x", 40))
        # a literal % in the SQL must survive psycopg's %s placeholders
        assert db.query("SELECT k, n FROM t WHERE k <> '%' AND n > ? ORDER BY k",
                        (0,)) == [("5%", 1), ("x", 42)]
        assert db.scalar("SELECT n FROM t WHERE k = ?", ("5%",)) == 1


def test_targets() -> None:
    assert is_postgres_url("postgresql://u@h/db") and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("rasd.db")
    with pytest.raises(StoreError):
        Backend.open("/nonexistent-dir/rasd.db")


def test_stream_reads_a_query_in_chunks_while_writing_elsewhere(target: str) -> None:
    with Backend.open(target) as db:
        db.execute("CREATE TABLE src (n INTEGER)")
        db.execute("CREATE TABLE dst (n INTEGER)")
        db.executemany("INSERT INTO src (n) VALUES (?)", [(i,) for i in range(7)])
        with db.transaction():
            got = []
            for row in db.stream("SELECT n FROM src WHERE n >= ? ORDER BY n", (2,), size=2):
                got.append(row)
                db.execute("INSERT INTO dst (n) VALUES (?)", row)  # between two fetches
        assert got == [(2,), (3,), (4,), (5,), (6,)]
        assert db.query("SELECT n FROM dst ORDER BY n") == got
