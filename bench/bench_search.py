"""Search latency (``rasd search``) on a store of 3k or 30k pages, beside the bare index.

Usage: python bench/bench_search.py [--pages 3000|30000] [--rounds 5]

The store comes from :mod:`store_scale` (SaudiNewsNet pages; 30k = the 3k pages
replicated). Queries: the corpus' most common words (thousands of hits each: the worst
case for ranking), a phrase, a word the corpus lacks, and misspellings that go through the
one-edit fallback. Each query runs ``--rounds`` times after one untimed run; printed are
p50/p95/max in milliseconds of CPU time of this process (the machine is shared: CPU time
is what the query costs, wall time adds the wait for a core) and of wall time, for:

* the bare index (baseline): ``SELECT rowid FROM search_fts WHERE search_fts MATCH ?``
  over every hit, with the query already translated (no ranking, no rows);
* ``rasd.store.search.search``: spelling alternatives, bm25 ranking, the first 20 pages;
* the same plus a snippet for each of the 20 (what ``rasd search`` prints).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from rasd.store import Store
from rasd.store.search import match_sqlite, query_terms, search, snippet, spelling_alternatives
from store_scale import store_of
from timing import NEWS_CORPUS

QUERIES = ("السعودية", "المملكة", "الرياض", "وزير", "الملك", "الأمير", "مجلس", "النفط",
           "هيئة الأمر بالمعروف", "كأس العالم", "كازاخستان", "السعوديه", "وزرة", "الرياص")


def _stats(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    return f"{statistics.median(ms):.1f} | {p95:.1f} | {ms[-1]:.1f}"


def _time(rounds: int, fn: Callable[[str], object]) -> tuple[list[float], list[float]]:
    cpu: list[float] = []
    wall: list[float] = []
    for q in QUERIES:
        fn(q)
        for _ in range(rounds):
            c0, w0 = time.process_time(), time.perf_counter()
            fn(q)
            cpu.append((time.process_time() - c0) * 1e3)
            wall.append((time.perf_counter() - w0) * 1e3)
    return cpu, wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if not NEWS_CORPUS.exists():
        print(f"bench_search: {NEWS_CORPUS} not found; nothing to measure")
        return 0
    path = store_of(args.pages)
    with Store.open(path) as store:
        db = store.db
        pages = db.scalar("SELECT COUNT(*) FROM documents")

        def bare(q: str) -> object:
            groups = tuple(spelling_alternatives(db, t) for t in query_terms(q))
            if not groups or not all(groups):
                return []
            return db.query("SELECT rowid FROM search_fts WHERE search_fts MATCH ?",
                            (match_sqlite(groups),))

        def ranked(q: str) -> object:
            return search(db, q)

        def with_snippets(q: str) -> object:
            return [snippet(h.text, h.terms) for h in search(db, q)]

        print(f"{pages:,} pages ({path}); {len(QUERIES)} queries x {args.rounds} rounds\n")
        print("| step | CPU p50 | CPU p95 | CPU max | wall p50 | wall p95 | wall max |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, fn in (("bare index, every hit (baseline)", bare),
                         ("search: top 20 by bm25", ranked),
                         ("search + 20 snippets", with_snippets)):
            cpu, wall = _time(args.rounds, fn)
            print(f"| {name} | {_stats(cpu)} | {_stats(wall)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
