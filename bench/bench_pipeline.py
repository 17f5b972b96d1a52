"""Full-pipeline throughput, per-stage time and peak memory on a real corpus.

Usage: python bench/bench_pipeline.py [CORPUS.jsonl] [-n N] [--cpu K]

Runs, each in a fresh worker process pinned to one CPU core (so the peak RSS of one does not
hide the other's and the figures are single-core figures), on the first N articles:
  structure  the structure stages of rasd.analysis.default_pipeline() (page + published):
             the baseline;
  full       every stage of default_pipeline(), i.e. what rasd.analyze does;
and prints markdown: articles/s, MB/s, the time of each stage (sum over the articles, share
of the total), the one-off start-up cost (first article: loading lexicons, the knowledge base
and the NER model), and the worker's peak RSS. Times are the worker's CPU time
(``time.process_time``), so that other processes on a shared machine do not count. Corpus
default: ../shared/data/news/saudinewsnet-3000.jsonl; without it the benchmark says so and
exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timing import NEWS_CORPUS

MODES = ("structure", "full")
#: Stages whose name starts with this make up the structure-only baseline.
STRUCTURE_PREFIX = "structure."


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _records(corpus: Path, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if len(out) >= n:
                break
            if line.strip():
                out.append(json.loads(line))
    return out


def worker(corpus: Path, n: int, mode: str, cpu: int | None) -> dict[str, Any]:
    """Time one pipeline over the first ``n`` articles in this process."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    from rasd.analysis import default_pipeline, make_document
    from rasd.caches import freeze_loaded

    stages = default_pipeline().stages
    if mode == "structure":
        stages = tuple(s for s in stages if s.name.startswith(STRUCTURE_PREFIX))
    records = _records(corpus, n)
    docs = [(r["text"], _published(r.get("published")), r.get("url"), r.get("title"))
            for r in records if r.get("text", "").strip()]

    def run(text: str, published: date | None, url: str | None, title: str | None,
            times: dict[str, float]) -> None:
        doc = make_document(text, published=published, url=url, title=title)
        for stage in stages:
            t0 = time.process_time()
            doc = stage(doc)
            times[stage.name] += time.process_time() - t0

    t0 = time.process_time()
    run(*docs[0], defaultdict(float))  # start-up: lazy loading of data and models
    freeze_loaded()  # as rasd's batch entry points do after their first page
    startup = time.process_time() - t0
    times: dict[str, float] = defaultdict(float)
    t0 = time.process_time()
    for d in docs:
        run(*d, times)
    total = time.process_time() - t0
    return {
        "mode": mode, "records": len(records), "articles": len(docs),
        "mb": sum(len(d[0].encode("utf-8")) for d in docs) / 1e6,
        "seconds": total, "startup": startup, "stages": dict(times),
        "order": [s.name for s in stages],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _spawn(corpus: Path, n: int, mode: str, cpu: int | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(corpus), "-n", str(n), "--worker", mode]
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def report(results: list[dict[str, Any]], corpus: Path) -> str:
    first = results[0]
    lines = [f"corpus: {corpus.name}, first {first['records']} records "
             f"({first['articles']} with text, {first['mb']:.1f} MB); one core per run, "
             "fresh process per pipeline", "",
             "| pipeline | articles/s | MB/s | ms/article | start-up s | peak RSS MB | "
             "time vs structure |", "|---|---:|---:|---:|---:|---:|---:|"]
    base = first["seconds"]
    for r in results:
        secs = r["seconds"]
        lines.append(f"| {r['mode']} | {r['articles'] / secs:,.1f} | {r['mb'] / secs:.2f} | "
                     f"{1000 * secs / r['articles']:.2f} | {r['startup']:.2f} | "
                     f"{r['peak_mb']:.0f} | {secs / base:.1f}× |")
    full = results[-1]
    lines += ["", f"per stage ({full['mode']} pipeline):", "",
              "| stage | seconds | ms/article | share |", "|---|---:|---:|---:|"]
    for name in full["order"]:
        secs = full["stages"].get(name, 0.0)
        lines.append(f"| {name} | {secs:.3f} | {1000 * secs / full['articles']:.2f} | "
                     f"{secs / full['seconds']:.1%} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=500, help="first N articles (default 500)")
    ap.add_argument("--cpu", type=int, default=0, help="core to pin the workers to")
    ap.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}; nothing to measure", file=sys.stderr)
        return 0
    if args.worker:
        print(json.dumps(worker(args.corpus, args.n, args.worker, args.cpu)))
        return 0
    results = [_spawn(args.corpus, args.n, mode, args.cpu) for mode in MODES]
    print(report(results, args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
