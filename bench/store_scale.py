"""A SaudiNewsNet store of any size for the query benchmarks (search, REST API).

The 3,000 real pages are analysed and ingested once into SQLite and cached in ``CACHE``
(delete it to rebuild). A larger store is that file copied with every page replicated
under new ids (``ID~rN``): documents, every child row and the search index are copied in
SQL, with no re-analysis, so a 30k store takes a minute or two, not an hour. Replicas make
every posting list of the index proportionally longer, which is what query latency depends
on; they are not clustered or merged into incidents (no timed query reads those tables).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from rasd.store import Ingester, Store
from rasd.store.schema import CHILDREN, DOCUMENTS
from timing import NEWS_CORPUS

CACHE = Path("/tmp/rasd-bench-store")
BASE_PAGES = 3000


def base_store(workers: int = 1, corpus: Path = NEWS_CORPUS) -> Path:
    """The cached store of the corpus' pages (built on first use)."""
    path = CACHE / f"snn-{BASE_PAGES}.db"
    if path.exists():
        return path
    from rasd.io.sources import iter_records

    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Store.open(tmp) as store:
        summary = Ingester(store, workers=workers).run(iter_records([corpus]))
    print(f"built {path}: {summary.stored} pages in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    tmp.rename(path)
    return path


def replicate(store: Store, copies: int) -> None:
    """Add ``copies`` copies of every original page, ids suffixed ``~rN`` (SQLite)."""
    db = store.db
    for k in range(1, copies + 1):
        suffix = f"~r{k}"
        with db.transaction():
            cols = DOCUMENTS.column_names
            picked = ", ".join("id || ?" if c == "id" else c for c in cols)
            db.execute(f"INSERT INTO documents ({', '.join(cols)}) SELECT {picked} "
                       "FROM documents WHERE id NOT LIKE '%~r%'", (suffix,))
            for table, _ in CHILDREN:
                cols = table.column_names
                picked = ", ".join("doc_id || ?" if c == "doc_id" else c for c in cols)
                db.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT {picked} "
                           f"FROM {table.name} WHERE doc_id NOT LIKE '%~r%'", (suffix,))
            db.execute("INSERT INTO search_fts (rowid, terms) SELECT n.rowid, f.terms "
                       "FROM documents o JOIN search_fts f ON f.rowid = o.rowid "
                       "JOIN documents n ON n.id = o.id || ? WHERE o.id NOT LIKE '%~r%'",
                       (suffix,))


def store_of(pages: int, workers: int = 1) -> Path:
    """A cached store of at least ``pages`` pages (the base store when it has enough)."""
    base = base_store(workers)
    if pages <= BASE_PAGES:
        return base
    path = CACHE / f"snn-{pages}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    shutil.copy(base, tmp)
    t0 = time.perf_counter()
    with Store.open(tmp) as store:
        have = int(store.db.scalar("SELECT COUNT(*) FROM documents"))
        replicate(store, max(0, round(pages / have) - 1))
        total = store.db.scalar("SELECT COUNT(*) FROM documents")
        store.db.execute("ANALYZE")
    print(f"built {path}: {total} pages in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    tmp.rename(path)
    return path
