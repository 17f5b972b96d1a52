"""Schema rendering and migrations."""

from __future__ import annotations

from rasd.store import Store
from rasd.store.backend import Backend
from rasd.store.schema import (
    CHILDREN,
    DEDUP_TABLES,
    DOCUMENTS,
    EVENTS,
    SCHEMA_VERSION,
    TABLES,
    migrate,
)


def test_types_render_per_dialect() -> None:
    sqlite = "\n".join(DOCUMENTS.ddl("sqlite"))
    pg = "\n".join(DOCUMENTS.ddl("postgresql"))
    assert "doc TEXT NOT NULL" in sqlite and "doc JSONB NOT NULL" in pg
    assert "published DATE" in pg and "published TEXT" in sqlite
    assert "stored TIMESTAMPTZ" in pg
    assert "negated BOOLEAN NOT NULL" in "\n".join(EVENTS.ddl("postgresql"))
    assert "negated INTEGER NOT NULL" in "\n".join(EVENTS.ddl("sqlite"))


def test_children_point_at_documents_and_are_counted() -> None:
    for table, count_col in CHILDREN:
        assert table.column_names[0] == "doc_id"
        assert "ordinal" in table.key
        assert count_col in DOCUMENTS.column_names
    assert len({t.name for t in TABLES}) == len(TABLES)


def test_migrate_creates_every_table_once(target: str) -> None:
    with Store.open(target) as store:
        assert set(store.counts()) == {t.name for t in (*TABLES, *DEDUP_TABLES)}
        assert all(n == 0 for n in store.counts().values())
    with Backend.open(target) as db:
        assert migrate(db) == []  # already at the newest version
        rows = db.query("SELECT version, name FROM schema_migrations")
        assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
