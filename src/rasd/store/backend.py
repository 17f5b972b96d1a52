"""A thin DB-API adapter over ``sqlite3`` and psycopg 3, so the store's SQL is written once.

SQL in the store is written with ``?`` placeholders and the SQL both engines share
(``INSERT ... ON CONFLICT ... DO UPDATE``, ``CAST``); :class:`Backend` rewrites the
placeholders for psycopg (``%s``) and hides how each engine opens, commits and reports
errors. Where the engines really differ (DDL types, full-text search) the caller asks
:attr:`Backend.dialect`.

SQLite is opened in WAL mode with ``synchronous=NORMAL``: a committed transaction survives
a crash of the process (a SIGKILL), only an OS crash or power cut may lose the last ones,
never leaving a half-written transaction behind.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from rasd.store.errors import StoreError

log = logging.getLogger(__name__)

Dialect = Literal["sqlite", "postgresql"]
Row = tuple[Any, ...]

#: How long a SQLite writer waits for another writer's lock before failing (ms): an ingest
#: and a search may run at the same time on one file.
SQLITE_BUSY_TIMEOUT_MS = 30_000

#: Rows fetched at a time by :meth:`Backend.stream`.
STREAM_ROWS = 1000

_PG_SCHEMES = ("postgresql://", "postgres://")
_PLACEHOLDER = re.compile(r"\?")


def is_postgres_url(target: str) -> bool:
    return target.startswith(_PG_SCHEMES)


class Backend:
    """One open connection. Statements outside :meth:`transaction` commit at once."""

    dialect: Dialect

    def __init__(self, conn: Any, dialect: Dialect, target: str,
                 opened_with: str | None = None) -> None:
        self._conn = conn
        self.dialect = dialect
        #: The path or URL, without a password: for messages and logs.
        self.target = target
        self._opened_with = opened_with if opened_with is not None else target
        self._in_tx = False
        self._streams = 0  # names of PostgreSQL server-side cursors

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path) -> Backend:
        """A SQLite file path (created when absent) or a ``postgresql://`` URL."""
        target = str(target)
        if is_postgres_url(target):
            return cls._open_pg(target)
        return cls._open_sqlite(target)

    @classmethod
    def _open_sqlite(cls, path: str) -> Backend:
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a batch is exactly
            # one transaction and nothing is committed behind our back.
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as e:
            raise StoreError(f"cannot open SQLite database: {e}", where=path) from e
        return cls(conn, "sqlite", path)

    @classmethod
    def _open_pg(cls, url: str) -> Backend:
        try:
            import psycopg
        except ImportError as e:  # an optional dependency: SQLite needs nothing
            raise StoreError("PostgreSQL needs psycopg: pip install 'rasd[pg]'",
                             where=redact(url)) from e
        try:
            conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as e:
            raise StoreError(f"cannot connect to PostgreSQL: {e}", where=redact(url)) from e
        return cls(conn, "postgresql", redact(url), opened_with=url)

    def connection_target(self) -> str:
        """What this backend was opened with, password included: for opening another
        connection to the same database (the ingest's writer process), never to show."""
        return self._opened_with

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- statements ----------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._errors(sql):
            self._conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        with self._errors(sql):
            if self.dialect == "sqlite":
                self._conn.executemany(sql, rows)
            else:
                with self._conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)

    def insert_rows(self, table: str, columns: Sequence[str],
                    rows: Iterable[Sequence[Any]]) -> None:
        """Plain inserts of many rows into ``table``. PostgreSQL gets them as one ``COPY``
        stream: ``executemany`` costs a pipeline message per row (~20 µs of client time
        each, most of the store's write time for ~60 child rows a page); SQLite binds
        each row in C either way."""
        if self.dialect == "sqlite":
            cols = ", ".join(columns)
            self.executemany(f"INSERT INTO {table} ({cols}) VALUES "
                             f"({', '.join('?' for _ in columns)})", rows)
            return
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with self._errors(sql), self._conn.cursor() as cur, cur.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._errors(sql):
            cur = self._conn.execute(self._sql(sql), tuple(params))
            return [tuple(r) for r in cur.fetchall()]

    def stream(self, sql: str, params: Sequence[Any] = (), *,
               size: int = STREAM_ROWS) -> Iterator[Row]:
        """The rows of a query, fetched ``size`` at a time instead of all at once (a
        server-side cursor on PostgreSQL, so call inside :meth:`transaction`). Other
        statements may run on this connection while the rows are read, on other tables."""
        with self._errors(sql):
            if self.dialect == "sqlite":
                cur = self._conn.execute(sql, tuple(params))
                while rows := cur.fetchmany(size):
                    yield from (tuple(r) for r in rows)
                return
            self._streams += 1
            with self._conn.cursor(name=f"rasd_stream_{self._streams}") as cur:
                cur.itersize = size
                cur.execute(self._sql(sql), tuple(params))
                for row in cur:
                    yield tuple(row)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def script(self, statements: Sequence[str]) -> None:
        """DDL, one statement at a time (psycopg runs one per call)."""
        for stmt in statements:
            self.execute(stmt)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic transaction: committed on success, rolled back on any exception."""
        if self._in_tx:
            raise StoreError("nested transactions are not supported", where=self.target)
        self._in_tx = True
        try:
            if self.dialect == "sqlite":
                # IMMEDIATE takes the write lock now, not at the first write: two ingests
                # on one file then queue instead of failing halfway with SQLITE_BUSY.
                self.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                self.execute("COMMIT")
            else:
                with self._errors("transaction"), self._conn.transaction():
                    yield
        finally:
            self._in_tx = False

    @contextmanager
    def _errors(self, sql: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            raise StoreError(f"{e} (in: {_head(sql)})", where=self.target) from e
        except Exception as e:
            if type(e).__module__.startswith("psycopg"):
                raise StoreError(f"{e} (in: {_head(sql)})", where=self.target) from e
            raise


def _head(sql: str) -> str:
    return " ".join(sql.split())[:80]


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
