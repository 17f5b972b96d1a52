"""The store's tables, defined once and rendered to SQLite or PostgreSQL DDL, and the
versioned migrations that create and evolve them.

Every child row is keyed by ``(doc_id, ordinal)`` (ordinal = the record's index in the
``rasd/1`` JSON list it comes from; mentions and evidence spans add their own ordinal under
their entity or event), so a document's rows are replaced wholesale on update and ids stay
stable across re-ingests. Column types are portable names (:data:`TYPES`) that each dialect
renders: JSON is JSONB on PostgreSQL and text on SQLite, BOOL is BOOLEAN / 0-1 integer,
DATE and TIMESTAMP are DATE / TIMESTAMPTZ on PostgreSQL and ISO-8601 text on SQLite (which
sorts and compares correctly as text).

Full-text search differs by engine (FTS5 virtual table vs a ``tsvector`` column with a GIN
index) and is rendered separately (:func:`search_ddl`); both index the same normalised
terms (:mod:`rasd.store.terms`), so both return the same documents.

A migration is append-only: never edit a released one, add the next version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from rasd.store import views
from rasd.store.backend import Backend, Dialect
from rasd.store.errors import StoreError

#: Portable type → (SQLite, PostgreSQL).
TYPES: dict[str, tuple[str, str]] = {
    "TEXT": ("TEXT", "TEXT"),
    "INT": ("INTEGER", "BIGINT"),
    "REAL": ("REAL", "DOUBLE PRECISION"),
    "BOOL": ("INTEGER", "BOOLEAN"),
    "JSON": ("TEXT", "JSONB"),
    "DATE": ("TEXT", "DATE"),
    "TIMESTAMP": ("TEXT", "TIMESTAMPTZ"),
}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    #: (column, portable type, constraint such as "NOT NULL")
    columns: tuple[tuple[str, str, str], ...]
    key: tuple[str, ...]
    #: Secondary indexes, each a tuple of columns.
    indexes: tuple[tuple[str, ...], ...] = ()
    #: Child tables point at their document; deleting a document deletes them.
    child: bool = True

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c[0] for c in self.columns)

    def ddl(self, dialect: Dialect) -> list[str]:
        which = 0 if dialect == "sqlite" else 1
        cols = [" ".join(x for x in (name, TYPES[kind][which], extra) if x)
                for name, kind, extra in self.columns]
        cols.append(f"PRIMARY KEY ({', '.join(self.key)})")
        if self.child:
            cols.append("FOREIGN KEY (doc_id) REFERENCES documents (id) ON DELETE CASCADE")
        out = [f"CREATE TABLE IF NOT EXISTS {self.name} (\n  " + ",\n  ".join(cols) + "\n)"]
        for idx in self.indexes:
            out.append(f"CREATE INDEX IF NOT EXISTS {self.name}_{'_'.join(idx)}_idx "
                       f"ON {self.name} ({', '.join(idx)})")
        return out


def _span(prefix: str = "") -> tuple[tuple[str, str, str], ...]:
    p = f"{prefix}_" if prefix else ""
    return ((f"{p}text", "TEXT", ""), (f"{p}start_char", "INT", ""), (f"{p}end_char", "INT", ""))


def _actor(role: str) -> tuple[tuple[str, str, str], ...]:
    return ((role, "TEXT", ""), (f"{role}_start", "INT", ""), (f"{role}_kb_id", "TEXT", ""),
            (f"{role}_type", "TEXT", ""), (f"{role}_country", "TEXT", ""),
            (f"{role}_sector", "TEXT", ""), (f"{role}_entity", "INT", ""))


_DOC = (("doc_id", "TEXT", "NOT NULL"), ("ordinal", "INT", "NOT NULL"))

DOCUMENTS = Table("documents", (
    ("id", "TEXT", "NOT NULL"),
    # How ``id`` was chosen: 'input' (the batch's own id), 'url' or 'text' (docs/store.md).
    ("identity", "TEXT", "NOT NULL"),
    ("input_id", "TEXT", ""),
    ("source", "TEXT", ""),
    ("url", "TEXT", ""),
    ("url_key", "TEXT", ""),
    ("title", "TEXT", ""),
    ("section", "TEXT", ""),
    ("published", "DATE", ""),
    ("published_inferred", "BOOL", ""),
    ("published_basis", "TEXT", ""),
    ("text", "TEXT", "NOT NULL"),
    ("chars", "INT", "NOT NULL"),
    ("text_sha", "TEXT", "NOT NULL"),
    # Hash of the text and the metadata the analysis reads: same hash + same analysis =
    # nothing to redo.
    ("input_sha", "TEXT", "NOT NULL"),
    # The pipeline's versioned stage names: a new stage version means re-analysis.
    ("analysis", "TEXT", "NOT NULL"),
    ("rasd_version", "TEXT", "NOT NULL"),
    # The rasd/1 JSON without its "text" (kept once, in the text column): the source of
    # truth for re-export.
    ("doc", "JSON", "NOT NULL"),
    ("n_blocks", "INT", "NOT NULL"),
    ("n_captions", "INT", "NOT NULL"),
    ("n_comments", "INT", "NOT NULL"),
    ("n_entities", "INT", "NOT NULL"),
    ("n_mentions", "INT", "NOT NULL"),
    ("n_quotes", "INT", "NOT NULL"),
    ("n_events", "INT", "NOT NULL"),
    ("n_evidence", "INT", "NOT NULL"),
    ("n_casualties", "INT", "NOT NULL"),
    ("n_times", "INT", "NOT NULL"),
    ("revision", "INT", "NOT NULL"),
    ("first_stored", "TIMESTAMP", "NOT NULL"),
    ("stored", "TIMESTAMP", "NOT NULL"),
), key=("id",), indexes=(("url_key",), ("published",), ("source",)), child=False)

BLOCKS = Table("blocks", (*_DOC, ("kind", "TEXT", "NOT NULL"),
                          ("start_char", "INT", "NOT NULL"), ("end_char", "INT", "NOT NULL")),
               key=("doc_id", "ordinal"))
CAPTIONS = Table("captions", (*_DOC, *_span(), ("credit", "TEXT", "")),
                 key=("doc_id", "ordinal"))
COMMENTS = Table("comments", (
    *_DOC, *_span(), ("author", "TEXT", ""), ("posted", "TEXT", ""),
    ("sentiment", "REAL", ""), ("offensive", "BOOL", ""), ("toxicity", "REAL", ""),
    ("dialect", "TEXT", ""), ("duplicate_of", "INT", ""),
), key=("doc_id", "ordinal"))
ENTITIES = Table("entities", (
    *_DOC, ("type", "TEXT", "NOT NULL"), *_span(), ("kb_id", "TEXT", ""),
    ("name_en", "TEXT", ""), ("country", "TEXT", ""), ("sector", "TEXT", ""),
    ("lat", "REAL", ""), ("lon", "REAL", ""), ("geonames_id", "INT", ""),
    ("precision", "TEXT", ""), ("confidence", "REAL", ""), ("n_mentions", "INT", "NOT NULL"),
), key=("doc_id", "ordinal"), indexes=(("kb_id",), ("country",)))
MENTIONS = Table("mentions", (
    *_DOC[:1], ("entity", "INT", "NOT NULL"), _DOC[1], ("kind", "TEXT", "NOT NULL"), *_span(),
), key=("doc_id", "entity", "ordinal"))
QUOTES = Table("quotes", (
    *_DOC, ("direct", "BOOL", "NOT NULL"), *_span(), ("speaker", "TEXT", ""),
    ("speaker_kb_id", "TEXT", ""), ("speaker_type", "TEXT", ""), ("speaker_country", "TEXT", ""),
    ("verb", "TEXT", ""), ("carried", "BOOL", "NOT NULL"),
), key=("doc_id", "ordinal"), indexes=(("speaker_kb_id",),))
EVENTS = Table("events", (
    *_DOC, ("type", "TEXT", "NOT NULL"), ("mode", "TEXT", ""), *_span("trigger"),
    *_actor("actor"), *_actor("recipient"), *_actor("attribution"),
    ("place", "TEXT", ""), ("place_name_en", "TEXT", ""), ("place_country", "TEXT", ""),
    ("place_kb_id", "TEXT", ""), ("lat", "REAL", ""), ("lon", "REAL", ""),
    ("geonames_id", "INT", ""), ("place_precision", "TEXT", ""), ("place_basis", "TEXT", ""),
    ("country", "TEXT", ""), ("event_date", "DATE", ""), ("date_basis", "TEXT", ""),
    ("date_precision", "TEXT", ""),
    ("killed_min", "INT", ""), ("killed_max", "INT", ""),
    ("injured_min", "INT", ""), ("injured_max", "INT", ""),
    ("arrested_min", "INT", ""), ("arrested_max", "INT", ""),
    ("negated", "BOOL", "NOT NULL"), ("denied", "BOOL", "NOT NULL"),
    ("future", "BOOL", "NOT NULL"), ("hypothetical", "BOOL", "NOT NULL"),
    ("confidence", "REAL", ""),
), key=("doc_id", "ordinal"), indexes=(("type",), ("country",), ("event_date",)))
EVIDENCE = Table("event_evidence", (
    *_DOC[:1], ("event", "INT", "NOT NULL"), _DOC[1], *_span(),
), key=("doc_id", "event", "ordinal"))
CASUALTIES = Table("casualties", (
    *_DOC, ("kind", "TEXT", "NOT NULL"), ("min_count", "INT", ""), ("max_count", "INT", ""),
    ("approx", "BOOL", "NOT NULL"), ("who", "TEXT", ""), *_span(),
), key=("doc_id", "ordinal"))
TIMES = Table("times", (
    *_DOC, *_span(), ("value", "TEXT", ""), ("granularity", "TEXT", "NOT NULL"),
    ("relative", "BOOL", "NOT NULL"),
), key=("doc_id", "ordinal"))
#: Every distinct search term, for the one-edit spelling fallback (:mod:`rasd.store.search`):
#: ``head``/``tail`` are the first/last two letters, one of which a one-edit variant keeps.
SEARCH_TERMS = Table("search_terms", (
    ("term", "TEXT", "NOT NULL"), ("length", "INT", "NOT NULL"),
    ("head", "TEXT", "NOT NULL"), ("tail", "TEXT", "NOT NULL"),
), key=("term",), indexes=(("head", "length"), ("tail", "length")), child=False)

#: Child tables, each with the documents column holding its row count.
CHILDREN: tuple[tuple[Table, str], ...] = (
    (BLOCKS, "n_blocks"), (CAPTIONS, "n_captions"), (COMMENTS, "n_comments"),
    (ENTITIES, "n_entities"), (MENTIONS, "n_mentions"), (QUOTES, "n_quotes"),
    (EVENTS, "n_events"), (EVIDENCE, "n_evidence"), (CASUALTIES, "n_casualties"),
    (TIMES, "n_times"),
)
TABLES: tuple[Table, ...] = (DOCUMENTS, *(t for t, _ in CHILDREN), SEARCH_TERMS)


def search_ddl(dialect: Dialect) -> list[str]:
    """The full-text index: FTS5 on SQLite (rowid = the document's rowid), a ``tsvector``
    built from the terms as they are (no parser or dictionary: the terms are normalised
    already, and results must match SQLite's) with a GIN index on PostgreSQL."""
    if dialect == "sqlite":
        # unicode61 splits on what our terms never contain (they are letters and digits
        # only), remove_diacritics 0: normalisation already removed them, Arabic-aware.
        return ["CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                "terms, tokenize = 'unicode61 remove_diacritics 0')"]
    return [
        "CREATE TABLE IF NOT EXISTS search_docs (doc_id TEXT PRIMARY KEY "
        "REFERENCES documents (id) ON DELETE CASCADE, tsv TSVECTOR NOT NULL)",
        "CREATE INDEX IF NOT EXISTS search_docs_tsv_idx ON search_docs USING GIN (tsv)",
    ]


def _v1(dialect: Dialect) -> list[str]:
    out: list[str] = []
    for table in TABLES:
        out.extend(table.ddl(dialect))
    out.extend(search_ddl(dialect))
    return out


# -- version 3: near-duplicate clusters and cross-article incidents (docs/store.md) -------

#: A page's near-duplicate cluster (rasd.store.dedup): ``cluster_id`` = the smallest
#: document id among its members; ``linked_to``/``similarity`` = the verified pair it joined
#: through; ``text_sha`` = the text it was clustered by (a changed text re-clusters).
PAGE_CLUSTERS = Table("page_clusters", (
    ("doc_id", "TEXT", "NOT NULL"), ("cluster_id", "TEXT", "NOT NULL"),
    ("representative", "BOOL", "NOT NULL"), ("linked_to", "TEXT", ""),
    ("similarity", "REAL", ""), ("text_sha", "TEXT", "NOT NULL"),
    ("n_shingles", "INT", "NOT NULL"),
), key=("doc_id",), indexes=(("cluster_id",),))
#: The LSH band keys of every clustered page (rasd.store.minhash.band_keys).
PAGE_BANDS = Table("page_bands", (
    ("doc_id", "TEXT", "NOT NULL"), ("band", "INT", "NOT NULL"), ("band_key", "INT", "NOT NULL"),
), key=("doc_id", "band"), indexes=(("band_key",),))


def _incident_actor(role: str) -> tuple[tuple[str, str, str], ...]:
    return ((role, "TEXT", ""), (f"{role}_kb_id", "TEXT", ""), (f"{role}_country", "TEXT", ""),
            (f"{role}_sector", "TEXT", ""))


def _figures(kind: str) -> tuple[tuple[str, str, str], ...]:
    return ((kind, "INT", ""), (f"{kind}_low", "INT", ""), (f"{kind}_high", "INT", ""))


#: One real-world event and what its reports agree on (rasd.store.incidents); rebuilt
#: wholesale by ``rebuild_incidents``, so no foreign keys to documents.
INCIDENTS = Table("incidents", (
    ("id", "TEXT", "NOT NULL"), ("type", "TEXT", "NOT NULL"), ("mode", "TEXT", ""),
    ("country", "TEXT", ""), ("place", "TEXT", ""), ("place_name_en", "TEXT", ""),
    ("place_kb_id", "TEXT", ""), ("geonames_id", "INT", ""), ("lat", "REAL", ""),
    ("lon", "REAL", ""), ("place_precision", "TEXT", ""),
    ("date_start", "DATE", ""), ("date_end", "DATE", ""),
    *_incident_actor("actor"), *_incident_actor("recipient"),
    ("n_reports", "INT", "NOT NULL"), ("n_stories", "INT", "NOT NULL"),
    ("n_articles", "INT", "NOT NULL"), ("n_sources", "INT", "NOT NULL"),
    ("sources", "JSON", "NOT NULL"),
    *_figures("killed"), *_figures("injured"), *_figures("arrested"),
), key=("id",), indexes=(("type",), ("country",), ("date_start",)), child=False)
INCIDENT_EVENTS = Table("incident_events", (
    ("incident_id", "TEXT", "NOT NULL"), ("doc_id", "TEXT", "NOT NULL"),
    ("event", "INT", "NOT NULL"), ("story", "TEXT", "NOT NULL"), ("source", "TEXT", ""),
), key=("doc_id", "event"), indexes=(("incident_id",),), child=False)
DEDUP_TABLES: tuple[Table, ...] = (PAGE_CLUSTERS, PAGE_BANDS, INCIDENTS, INCIDENT_EVENTS)


def _v3(dialect: Dialect) -> list[str]:
    return [stmt for table in DEDUP_TABLES for stmt in table.ddl(dialect)]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: Callable[[Dialect], Sequence[str]]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, children, search", _v1),
    Migration(2, "analyst views: events_flat, entities_flat", views.statements),
    Migration(3, "page clusters, incidents", _v3),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

_MIGRATIONS_DDL = ("CREATE TABLE IF NOT EXISTS schema_migrations (version {int} PRIMARY KEY, "
                   "name TEXT NOT NULL, applied {ts} NOT NULL)")
#: Arbitrary key of the PostgreSQL advisory lock that serialises concurrent migrations.
_PG_MIGRATION_LOCK = 0x72617364


def applied_versions(db: Backend) -> set[int]:
    return {int(r[0]) for r in db.query("SELECT version FROM schema_migrations")}


def migrate(db: Backend) -> list[int]:
    """Bring the database to :data:`SCHEMA_VERSION`; returns the versions applied now.

    Each migration runs in its own transaction with its ``schema_migrations`` row, so a
    crash leaves the schema at a known version. A database newer than this rasd is refused.
    """
    which = 0 if db.dialect == "sqlite" else 1
    db.execute(_MIGRATIONS_DDL.format(int=TYPES["INT"][which], ts=TYPES["TIMESTAMP"][which]))
    done: list[int] = []
    for m in MIGRATIONS:
        with db.transaction():
            if db.dialect == "postgresql":
                db.execute("SELECT pg_advisory_xact_lock(?)", (_PG_MIGRATION_LOCK,))
            have = applied_versions(db)
            if m.version in have:
                continue
            db.script(list(m.statements(db.dialect)))
            db.execute("INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
                       (m.version, m.name, now_iso()))
            done.append(m.version)
    newest = max(applied_versions(db), default=0)
    if newest > SCHEMA_VERSION:
        raise StoreError(f"the database is at schema version {newest}, this rasd knows "
                         f"{SCHEMA_VERSION}: upgrade rasd", where=db.target)
    return done


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
