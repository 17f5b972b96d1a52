"""The store: an open, migrated database and the few operations ingest, search and show
need. Writing a batch is one transaction (see :meth:`Store.write_batch`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from rasd.caches import WORD_CACHE_SIZE
from rasd.store.backend import Backend
from rasd.store.rows import DocumentRows
from rasd.store.schema import CHILDREN, DEDUP_TABLES, DOCUMENTS, TABLES, Table, migrate
from rasd.store.search import add_terms, index_documents

log = logging.getLogger(__name__)

#: The default database file, in the working directory.
DEFAULT_DB = "rasd.db"

#: How many committed search terms a Store remembers to avoid re-sending them; past it the
#: memory is dropped (re-sent terms are ignored by the database: ON CONFLICT DO NOTHING).
#: Twice the word caches' bound: ~12 MB at most, where 500k could reach ~45 MB on a crawl
#: (30k pages held 53k distinct terms).
MAX_KNOWN_TERMS = 2 * WORD_CACHE_SIZE

#: Documents columns an update keeps from the first version.
_KEPT_ON_UPDATE = frozenset({"id", "first_stored", "revision"})


@dataclass(frozen=True, slots=True)
class StoredState:
    input_sha: str
    analysis: str


def _insert_sql(table: Table) -> str:
    cols = table.column_names
    return (f"INSERT INTO {table.name} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})")


def _upsert_sql() -> str:
    updates = [f"{c} = excluded.{c}" for c in DOCUMENTS.column_names
               if c not in _KEPT_ON_UPDATE]
    updates.append("revision = documents.revision + 1")
    return _insert_sql(DOCUMENTS) + " ON CONFLICT (id) DO UPDATE SET " + ", ".join(updates)


_GETTERS = {t.name: itemgetter(*t.column_names) for t in TABLES}
_UPSERT = _upsert_sql()


class Store:
    """An open store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        # Terms known to be in search_terms (committed), so a batch does not re-send them.
        self._known_terms: set[str] = set()

    @classmethod
    def open(cls, target: str | Path = DEFAULT_DB) -> Store:
        db = Backend.open(target)
        applied = migrate(db)
        if applied:
            log.info("%s: schema migrations %s applied", db.target, applied)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def stored_states(self, ids: Sequence[str]) -> dict[str, StoredState]:
        """What is stored for each of ``ids`` that is stored at all."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.db.query(
            f"SELECT id, input_sha, analysis FROM documents WHERE id IN ({marks})", list(ids))
        return {r[0]: StoredState(r[1], r[2]) for r in rows}

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, every child table, search terms, page clusters and
        incidents): a re-ingest of the same pages must leave every count unchanged."""
        return {t.name: int(self.db.scalar(f"SELECT COUNT(*) FROM {t.name}"))
                for t in (*TABLES, *DEDUP_TABLES)}

    def check(self) -> list[str]:
        """Consistency problems: a document whose child rows do not number what its row
        says (a partial write), or child rows without their document. Empty when sound."""
        problems: list[str] = []
        for table, count_col in CHILDREN:
            bad = self.db.query(
                f"SELECT d.id, d.{count_col}, COUNT(c.doc_id) FROM documents d "
                f"LEFT JOIN {table.name} c ON c.doc_id = d.id "
                f"GROUP BY d.id, d.{count_col} HAVING COUNT(c.doc_id) <> d.{count_col}")
            problems.extend(f"{r[0]}: {r[2]} {table.name} rows, expected {r[1]}" for r in bad)
            orphans = self.db.scalar(
                f"SELECT COUNT(*) FROM {table.name} c WHERE NOT EXISTS "
                f"(SELECT 1 FROM documents d WHERE d.id = c.doc_id)")
            if orphans:
                problems.append(f"{orphans} {table.name} rows without their document")
        indexed = self.db.scalar(
            "SELECT COUNT(*) FROM search_fts" if self.db.dialect == "sqlite"
            else "SELECT COUNT(*) FROM search_docs")
        documents = self.db.scalar("SELECT COUNT(*) FROM documents")
        if indexed != documents:
            problems.append(f"{indexed} documents in the search index, {documents} stored")
        return problems

    def document(self, id: str) -> dict[str, Any] | None:
        """The documents row of ``id`` (or of a unique ``input_id``), by column name."""
        cols = DOCUMENTS.column_names
        sql = f"SELECT {', '.join(cols)} FROM documents WHERE "
        rows = self.db.query(sql + "id = ?", (id,))
        if not rows:
            rows = self.db.query(sql + "input_id = ? LIMIT 2", (id,))
            if len(rows) != 1:
                return None
        return dict(zip(cols, rows[0], strict=True))

    # -- writing -------------------------------------------------------------------------

    def write_batch(self, batch: Sequence[tuple[DocumentRows, list[str]]]) -> None:
        """Store documents (distinct ids) with their search terms in ONE transaction:
        delete their child rows, upsert their rows, insert their new children and index
        them. A crash at any point leaves every document either as it was or as it is now,
        never in between. Statements are per batch, not per document (one round trip each
        on PostgreSQL)."""
        if not batch:
            return
        ids = [rows.document["id"] for rows, _ in batch]
        if len(set(ids)) != len(ids):
            raise ValueError("a batch must not hold the same document twice")
        marks = ", ".join("?" for _ in ids)
        new_terms: set[str] = set()
        for _, terms in batch:
            new_terms.update(t for t in terms if t not in self._known_terms)
        with self.db.transaction():
            for table, _ in CHILDREN:
                self.db.execute(f"DELETE FROM {table.name} WHERE doc_id IN ({marks})", ids)
            self.db.executemany(_UPSERT, [_GETTERS["documents"](rows.document)
                                          for rows, _ in batch])
            for table, _ in CHILDREN:
                get = _GETTERS[table.name]
                self.db.insert_rows(table.name, table.column_names, [
                    get(r) for rows, _ in batch for r in rows.children[table.name]])
            index_documents(self.db, [(doc_id, terms) for doc_id, (_, terms)
                                      in zip(ids, batch, strict=True)])
            add_terms(self.db, sorted(new_terms))
        if len(self._known_terms) + len(new_terms) > MAX_KNOWN_TERMS:
            self._known_terms.clear()
        self._known_terms |= new_terms
