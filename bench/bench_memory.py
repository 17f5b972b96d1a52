"""Peak memory of ``rasd ingest`` (one worker, a fresh SQLite store) over N pages.

Usage: python bench/bench_memory.py [-n N] [--every K] [--tracemalloc] [--cpu C]
                                    [--db PATH] [--corpus PATH]

Runs the real :class:`rasd.store.Ingester` (``workers=1``, as ``rasd ingest`` does by
default) over N pages into a temporary SQLite store and prints markdown: the resident set
(``VmRSS``) and its peak so far (``VmHWM``) every K pages, of this (analysing) process and
of the writer process it starts (:mod:`rasd.store.writer_process`); the peak of the writer's
after-batch work alone (near-duplicate clustering and the incident rebuild: the peak is
reset before it with ``/proc/self/clear_refs``); and the fill of every bounded cache
(each ``functools.lru_cache`` holding more than :data:`SHOWN_CACHE` entries, and the
named dict caches). ``--tracemalloc`` adds the top allocation sites at the end (several
times slower: for finding what grows, not for the figures).

Pages: the first 3,000 are SaudiNewsNet's own (:data:`timing.NEWS_CORPUS`). Page 3,000
and later are synthetic and distinct: the paragraphs of three different real articles,
picked and subsampled by a generator seeded with the page number (so every run builds the
same pages), under a new id. Pages are built one at a time from an index of line offsets,
never all in memory. The vocabulary of 30k synthetic pages is therefore that of the 3k
real ones: what keeps memory flat past 3k is that no per-word cache or store-side
structure grows with the number of pages, which is what this measures (a crawl with new
words would also fill the bounded caches, to the same bounds).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from functools import _lru_cache_wrapper
from pathlib import Path
from typing import Any

from timing import NEWS_CORPUS

#: The synthetic pages' seed: fixed, so every run ingests the same pages.
SEED = 8
#: Real articles recombined into one synthetic page.
SOURCES_PER_PAGE = 3
#: Caches holding fewer entries than this are left out of the table (the one-entry caches
#: of loaded models and lexicons).
SHOWN_CACHE = 1000
#: Allocation sites listed with ``--tracemalloc``.
TOP_SITES = 15


def status(field: str) -> float:
    """A ``/proc/self/status`` memory field in MB (``VmRSS``, ``VmHWM``)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(field)


def writer_status(field: str) -> float:
    """The same field summed over this process's children (the ingest's writer process,
    :mod:`rasd.store.writer_process`), in MB; 0 when there is none."""
    total = 0.0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text(encoding="ascii").split():
            try:
                with open(f"/proc/{pid}/status", encoding="ascii") as f:
                    for line in f:
                        if line.startswith(field + ":"):
                            total += int(line.split()[1]) / 1024
            except OSError:  # exited meanwhile
                continue
    return total


def reset_peak() -> bool:
    """Reset ``VmHWM`` to the current RSS (Linux: ``5`` to ``clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        return False
    return True


def line_offsets(corpus: Path) -> list[int]:
    """Where each non-empty line of the corpus starts."""
    offsets: list[int] = []
    with corpus.open("rb") as f:
        at = 0
        for line in f:
            if line.strip():
                offsets.append(at)
            at += len(line)
    return offsets


def pages(corpus: Path, n: int) -> Iterator[Any]:
    """The first ``n`` pages: the corpus' own, then synthetic ones (module doc)."""
    from rasd.io.records import RawRecord

    offsets = line_offsets(corpus)
    with corpus.open("rb") as f:

        def article(k: int) -> dict[str, Any]:
            f.seek(offsets[k])
            return json.loads(f.readline())  # type: ignore[no-any-return]

        for i in range(n):
            if i < len(offsets):
                r = article(i)
                yield RawRecord(f"{corpus}:{i + 1}", r["text"], id=r.get("id"),
                                published=r.get("published"), url=r.get("url"),
                                source=r.get("source"), title=r.get("title"))
                continue
            rng = random.Random(SEED * 1_000_003 + i)
            picked = [article(k) for k in rng.sample(range(len(offsets)), SOURCES_PER_PAGE)]
            paragraphs: list[str] = []
            for r in picked:
                parts = [p for p in r["text"].split("\n") if p.strip()]
                if not parts:
                    continue
                keep = max(1, round(len(parts) / SOURCES_PER_PAGE))  # about one article long
                start = rng.randrange(len(parts) - keep + 1)
                paragraphs += parts[start:start + keep]
            head = picked[0]
            yield RawRecord(f"synthetic:{i}", "\n".join(paragraphs), id=f"syn-{i:06d}",
                            published=head.get("published"), url=None,
                            source=head.get("source"), title=head.get("title"))


def cache_fill() -> list[tuple[str, int, int | None]]:
    """(name, entries, bound) of every lru_cache over :data:`SHOWN_CACHE` entries and of
    the named dict caches."""
    out: list[tuple[str, int, int | None]] = []
    gc.unfreeze()  # ingest freezes what the first pages loaded: get_objects() skips it
    for obj in gc.get_objects():
        if isinstance(obj, _lru_cache_wrapper):
            info = obj.cache_info()
            if info.currsize >= SHOWN_CACHE:
                fn = getattr(obj, "__wrapped__", obj)
                name = f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', '?')}"
                out.append((name, info.currsize, info.maxsize))
    try:
        from rasd.text import tokens

        whole = len(getattr(tokens, "_WHOLE", ())) + len(getattr(tokens, "_PARTS", ()))
        out.append(("rasd.text.tokens chunk cache", whole, tokens.CHUNK_CACHE_SIZE))
    except (ImportError, AttributeError):
        pass
    try:
        from rasd.events import matcher
        from rasd.quotes import marks

        light = len(getattr(marks, "_WHOLE", ())) + len(getattr(marks, "_PARTS", ()))
        out.append(("rasd.quotes.marks chunk cache", light, marks.CHUNK_CACHE_SIZE))
        out.append(("rasd.events.matcher word records", len(matcher._WORDS),
                    matcher.WORD_CACHE_SIZE))
    except (ImportError, AttributeError):
        pass
    try:
        from rasd.ner.emissions import EmissionScorer
        from rasd.ner.features import FeatureExtractor

        for obj in gc.get_objects():
            if isinstance(obj, EmissionScorer):
                out.append(("rasd.ner.emissions word types", len(obj._cache), obj.max_types))
            elif isinstance(obj, FeatureExtractor):
                bound = getattr(sys.modules["rasd.ner.features"], "MAX_CACHED_WORDS", None)
                out.append(("rasd.ner.features words", len(obj._cache), bound))
    except (ImportError, AttributeError):
        pass
    return sorted(out, key=lambda row: -row[1])


def run(n: int, every: int, db: Path, corpus: Path, trace: bool) -> str:
    """Ingest and report; the checkpoint rows are printed as they come (a long run that is
    stopped early still leaves its figures), the rest is returned."""
    from rasd.store import Ingester, Store
    from rasd.store import ingest as ingest_module

    if trace:
        tracemalloc.start()
    print(f"{n:,} pages ({min(n, len(line_offsets(corpus))):,} real); one worker, SQLite",
          "", "| pages | seconds | CPU s | RSS MB | peak RSS MB | writer RSS MB | writer peak MB |",
          "|---:|---:|---:|---:|---:|---:|---:|",
          sep="\n", flush=True)
    t0 = time.perf_counter()
    next_mark = every

    fed = 0  # pages handed to the ingester (its counts lag while a batch is written)

    def counted(records: Iterator[Any]) -> Iterator[Any]:
        nonlocal fed
        for rec in records:
            fed += 1
            yield rec

    writer_peak = 0.0

    def progress(summary: Any) -> None:
        nonlocal next_mark, writer_peak
        done = fed
        writer_peak = max(writer_peak, writer_status("VmHWM"))
        if done >= next_mark or done >= n:
            print(f"| {done:,} | {time.perf_counter() - t0:.0f} | {time.process_time():.0f} | "
                  f"{status('VmRSS'):.0f} | {status('VmHWM'):.0f} | "
                  f"{writer_status('VmRSS'):.0f} | {writer_peak:.0f} |", flush=True)
            while next_mark <= done:
                next_mark += every

    # The writer's after-batch work runs inside Ingester.run: wrap both steps to reset the
    # peak before them and read it after each.
    writer: list[tuple[str, float, float, float]] = []
    analysis_peak: list[float] = []

    def measured(name: str, fn: Any) -> Any:
        def call(store: Any, **kw: Any) -> Any:
            if kw:  # a batch clustered as it is written: part of the run, not after it
                return fn(store, **kw)
            if not analysis_peak:
                analysis_peak.append(status("VmHWM"))
            before = status("VmRSS")
            reset_peak()
            t = time.perf_counter()
            result = fn(store)
            writer.append((name, time.perf_counter() - t, before, status("VmHWM")))
            return result
        return call

    update, rebuild = ingest_module.update_clusters, ingest_module.rebuild_incidents
    ingest_module.update_clusters = measured("near-duplicate clusters", update)
    ingest_module.rebuild_incidents = measured("incident rebuild", rebuild)
    try:
        with Store.open(db) as store:
            summary = Ingester(store, workers=1).run(counted(pages(corpus, n)), progress)
            stored = store.db.scalar("SELECT COUNT(*) FROM documents")
    finally:
        ingest_module.update_clusters, ingest_module.rebuild_incidents = update, rebuild
    total = time.perf_counter() - t0
    lines = ["", f"{stored:,} stored, {len(summary.failures)} failed, {total:.0f} s", "",
             f"peak RSS of the analysis: {analysis_peak[0] if analysis_peak else 0:.0f} MB",
              "", "| after the batches | seconds | RSS before MB | own peak MB |",
              "|---|---:|---:|---:|"]
    lines += [f"| {name} | {s:.1f} | {b:.0f} | {p:.0f} |" for name, s, b, p in writer]
    lines += ["", f"peak RSS of the run: {status('VmHWM'):.0f} MB (since the last reset); "
              f"writer process peak {writer_peak:.0f} MB", "",
              "| cache | entries | bound |", "|---|---:|---:|"]
    lines += [f"| {name} | {size:,} | {bound if bound is not None else 'none'} |"
              for name, size, bound in cache_fill()]
    if trace:
        snap = tracemalloc.take_snapshot()
        traced, peak = tracemalloc.get_traced_memory()
        lines += ["", f"tracemalloc: {traced / 2**20:.0f} MB traced now, "
                  f"{peak / 2**20:.0f} MB peak", "", "| site | MB | blocks |", "|---|---:|---:|"]
        for stat in snap.statistics("lineno")[:TOP_SITES]:
            frame = stat.traceback[0]
            lines.append(f"| {frame.filename.split('/src/')[-1]}:{frame.lineno} | "
                         f"{stat.size / 2**20:.1f} | {stat.count:,} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=3000, help="pages to ingest (default 3000)")
    ap.add_argument("--every", type=int, default=1000, help="report RSS every K pages")
    ap.add_argument("--tracemalloc", action="store_true", help="top allocation sites")
    ap.add_argument("--cpu", type=int, default=None, help="pin this process to a core")
    ap.add_argument("--db", type=Path, default=None, help="store (default: a temp file)")
    ap.add_argument("--corpus", type=Path, default=NEWS_CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}; nothing to measure", file=sys.stderr)
        return 0
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    with tempfile.TemporaryDirectory(prefix="rasd-mem-") as tmp:
        db = args.db or Path(tmp) / "ingest.db"
        print(run(args.n, max(1, args.every), db, args.corpus, args.tracemalloc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
