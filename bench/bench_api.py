"""REST API latency (``rasd serve``) against the same queries through the store directly.

Usage: python bench/bench_api.py [--pages 3000|30000] [--requests 200] [--workers 1]

The store: the 3,000 SaudiNewsNet pages ingested into SQLite (cached in
``/tmp/rasd-bench-store/``; delete it to rebuild); ``--pages`` above 3,000 copies the cached
store and replicates its pages with new ids (``ID~rN``: documents, every child row and the
search index, copied in SQL, no re-analysis) until it holds that many. Replicas are not
clustered or merged into incidents: no timed query reads those tables.

Timed, after 10 untimed warm-up requests each, ``--requests`` times:

* ``/api/events`` first page (50, newest first), and with a type filter (the most
  frequent type);
* ``/api/search`` over a rotation of common words;
* ``/api/places`` (the dashboard's map: every located event grouped by place) and
  ``/api/stats`` (asked by every dashboard load), both remembered on SQLite until the store
  changes: the table shows the remembered answer, a line under it the first (cold) one;
* ``/api/health`` (``SELECT 1``): the floor, what HTTP alone costs;

each over HTTP (uvicorn on loopback in a child process, one keep-alive httpx client) and,
as the baseline, through :mod:`rasd.store.api_queries` directly (same query, same page, no
HTTP, no JSON), the two alternating so that both see the same load on a shared machine.
Prints markdown: p50 and p95 in milliseconds and the API's p95 over the direct one (the
API's overhead). Without the corpus the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasd.store import Store
from rasd.store.api_entities import stats
from rasd.store.api_queries import events_page, forget_counts, places, search_page
from rasd.store.query import EventFilter
from rasd.store.search import snippet
from store_scale import BASE_PAGES, store_of
from timing import NEWS_CORPUS

#: Common words of the corpus (news of Saudi outlets): a search returns many pages.
SEARCH_WORDS = ("السعودية", "الرياض", "وزير", "الملك", "المملكة", "الأمير", "مجلس")
WARMUP = 10


class _Server:
    """``rasd serve``'s app under uvicorn in a child process on a free loopback port: its
    own interpreter, so the client's work does not compete with it for one GIL."""

    def __init__(self, db: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        code = ("import uvicorn; from rasd.api import create_app; "
                f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={self.port}, "
                "log_level='warning', access_log=False)")
        self.proc = subprocess.Popen([sys.executable, "-c", code])

    def __enter__(self) -> str:
        import httpx

        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/health", timeout=1).raise_for_status()
                return base
            except httpx.HTTPError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the API server did not start") from None
                time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _times(n: int, api: Callable[[int], object],
           direct: Callable[[int], object]) -> tuple[list[float], list[float]]:
    """Milliseconds of ``n`` calls of each, alternating, after :data:`WARMUP` untimed."""
    for i in range(WARMUP):
        api(i)
        direct(i)
    out: tuple[list[float], list[float]] = ([], [])
    for i in range(n):
        for fn, times in ((api, out[0]), (direct, out[1])):
            t0 = time.perf_counter()
            fn(i)
            times.append((time.perf_counter() - t0) * 1000)
    return out


def _p(ms: list[float], q: int) -> float:
    return statistics.quantiles(ms, n=100, method="inclusive")[q - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=BASE_PAGES)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1, help="ingest workers (first build)")
    args = ap.parse_args()
    if not NEWS_CORPUS.exists():
        print(f"bench_api: {NEWS_CORPUS} not found; nothing to measure")
        return 0
    import httpx

    path = store_of(args.pages, args.workers)
    store = Store.open(path)
    db = store.db
    n_docs = db.scalar("SELECT COUNT(*) FROM documents")
    top_type = db.query("SELECT type, COUNT(*) FROM events GROUP BY type "
                        "ORDER BY COUNT(*) DESC LIMIT 1")[0][0]

    def word(i: int) -> str:
        return SEARCH_WORDS[i % len(SEARCH_WORDS)]

    def direct_search(i: int) -> Any:
        hits, total = search_page(db, word(i), limit=50)
        return [snippet(h.text, h.terms) for h in hits], total

    direct: dict[str, Callable[[int], object]] = {
        "/api/health": lambda i: db.scalar("SELECT 1"),
        "/api/events": lambda i: events_page(db, EventFilter(), limit=50),
        f"/api/events?type={top_type}": lambda i: events_page(
            db, EventFilter(type=top_type), limit=50),
        "/api/search?q=…": direct_search,
        "/api/places": lambda i: places(db, EventFilter(), limit=5000),
        "/api/stats": lambda i: stats(db),
    }
    cold: dict[str, float] = {}
    for name in ("/api/places", "/api/stats"):
        forget_counts()
        t0 = time.perf_counter()
        direct[name](0)
        cold[name] = (time.perf_counter() - t0) * 1000
    results: list[tuple[str, list[float], list[float], int]] = []
    with _Server(path) as base, httpx.Client(base_url=base, timeout=60) as http:
        def call(url: str, params: dict[str, str]) -> Callable[[int], Any]:
            def go(i: int) -> Any:
                p = {k: (word(i) if v == "…" else v) for k, v in params.items()}
                r = http.get(url, params=p)
                r.raise_for_status()
                return r.json()
            return go

        api: dict[str, Callable[[int], Any]] = {
            "/api/health": call("/api/health", {}),
            "/api/events": call("/api/events", {}),
            f"/api/events?type={top_type}": call("/api/events", {"type": top_type}),
            "/api/search?q=…": call("/api/search", {"q": "…"}),
            "/api/places": call("/api/places", {}),
            "/api/stats": call("/api/stats", {}),
        }
        for name in api:
            answer = api[name](0)
            total = int(answer.get("total", answer.get("events", 0)))
            results.append((name, *_times(args.requests, api[name], direct[name]), total))
    store.close()
    print(f"{n_docs} pages (SQLite {path.stat().st_size / 2**20:.0f} MiB), "
          f"{args.requests} requests each after {WARMUP} warm-up, page size 50\n")
    print("| query | matches | API p50 ms | API p95 ms | direct p50 ms | direct p95 ms "
          "| API/direct p95 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, http_ms, direct_ms, total in results:
        print(f"| `{name}` | {total} | {_p(http_ms, 50):.1f} | {_p(http_ms, 95):.1f} | "
              f"{_p(direct_ms, 50):.1f} | {_p(direct_ms, 95):.1f} | "
              f"{_p(http_ms, 95) / _p(direct_ms, 95):.2f}× |")
    print("\nfirst (not yet remembered) answer, direct: "
          + ", ".join(f"`{k}` {v:.0f} ms" for k, v in cold.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
