"""The Spark job's per-core throughput, side by side with the single-process ingest.

Usage: python bench/bench_spark.py [CORPUS.jsonl] [-n 3000] [--chunks 12]
       [--masters local[1] local[2]] [--skip-ingest]

The corpus (SaudiNewsNet-3000 by default) is split into ``--chunks`` JSONL files in a
temporary directory and listed in a path list, as a crawl's WARC files would be; then, in
one invocation:

1. ``rasd ingest`` in one process (``Ingester``, SQLite in the temporary directory): the
   single-process baseline;
2. the Spark job (``rasd.spark.job.run``) on each master, one path per partition, into
   Parquet in the temporary directory.

Each run pays its own start (pipeline and models loaded in every Python worker, as on a
cluster); the Spark session's start (the JVM) is timed apart and left out of the job's
pages/s. Prints pages/s of each and the ratios. docs/scale.md turns them into a cost model.
Without the corpus, or without pyspark or Java, the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from timing import NEWS_CORPUS


def _split(corpus: Path, n: int, chunks: int, work: Path) -> Path:
    """The first ``n`` lines of ``corpus`` in ``chunks`` files, and a path list naming them."""
    with corpus.open(encoding="utf-8") as f:
        lines = list(itertools.islice(f, n))
    size = -(-len(lines) // chunks)
    paths = []
    for i in range(chunks):
        part = lines[i * size:(i + 1) * size]
        if part:
            p = work / f"chunk-{i:03d}.jsonl"
            p.write_text("".join(part), encoding="utf-8")
            paths.append(str(p))
    listing = work / "paths.txt"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    return listing


def _tree_cpu() -> dict[str, float]:
    """CPU seconds (user + system) of every live process below this one, by kind: the JVM
    (``java``) and the Python workers (anything else). Read from /proc (Linux; elsewhere
    empty); live processes only, so read before the session stops."""
    if not os.path.isdir("/proc"):
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    info: dict[int, tuple[int, str, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw.rsplit(")", 1)[1].split()
        info[int(entry)] = (int(fields[1]), comm, (int(fields[11]) + int(fields[12])) / tick)
    ours = {os.getpid()}
    for _ in range(6):  # this process → JVM → Python daemon → workers
        ours |= {pid for pid, (ppid, _, _) in info.items() if ppid in ours}
    out: dict[str, float] = {"java": 0.0, "python": 0.0}
    for pid in ours - {os.getpid()}:
        if pid in info:
            _, comm, cpu = info[pid]
            out["java" if comm == "java" else "python"] += cpu
    return out


def _ingest(listing: Path, work: Path) -> tuple[int, float, float]:
    from rasd.io.sources import iter_records
    from rasd.store import Ingester, Store

    files = listing.read_text(encoding="utf-8").split()
    t0 = time.perf_counter()
    c0 = time.process_time()
    with Store.open(work / "rasd.db") as store:
        summary = Ingester(store).run(iter_records(files))
    return (summary.stored + summary.updated, time.perf_counter() - t0,
            time.process_time() - c0)


def _spark(listing: Path, work: Path,
           master: str) -> tuple[int, float, float, float, dict[str, float]]:
    from rasd.spark.job import run, session
    from rasd.spark.partition import JobOptions

    t0 = time.perf_counter()
    spark = session(master)
    spark.sparkContext.parallelize([0], 1).count()  # the JVM and a first Python worker up
    started = time.perf_counter() - t0
    out = work / f"out-{master.replace('[', '-').replace(']', '')}"
    try:
        before = _tree_cpu()
        t1 = time.perf_counter()
        summary = run(spark, str(listing), str(out),
                      JobOptions(stored=datetime.now(UTC).isoformat(timespec="seconds")))
        took = time.perf_counter() - t1
        after = _tree_cpu()
        # Workers started during the job count whole (their start is the job's cost).
        cpu = {k: after[k] - before.get(k, 0.0) for k in after}
    finally:
        spark.stop()
    return summary.rows.get("documents", 0), took, summary.analyse_seconds, started, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=3000, help="records to read (default 3000)")
    ap.add_argument("--chunks", type=int, default=12, help="input files (default 12)")
    ap.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    ap.add_argument("--skip-ingest", action="store_true", help="no single-process baseline")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench_spark: {args.corpus} not available; nothing measured")
        return 0
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("bench_spark: pyspark not installed (pip install 'rasd[spark]'); nothing measured")
        return 0
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        print("bench_spark: no Java runtime; nothing measured")
        return 0
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    with tempfile.TemporaryDirectory(prefix="rasd-bench-spark-") as tmp:
        work = Path(tmp)
        listing = _split(args.corpus, args.n, args.chunks, work)
        print(f"{args.n} records of {args.corpus.name} in {args.chunks} files, "
              f"{os.cpu_count()} cores")
        results: dict[str, float] = {}
        if not args.skip_ingest:
            pages, took, cpu = _ingest(listing, work)
            results["ingest"] = pages / took
            print(f"ingest (1 process):      {pages} pages in {took:7.1f} s = "
                  f"{pages / took:6.1f} pages/s; CPU {1000 * cpu / pages:.0f} ms a page",
                  flush=True)
        for master in args.masters:
            pages, took, analysing, started, cpu = _spark(listing, work, master)
            results[master] = pages / took
            print(f"spark {master:<10} job:   {pages} pages in {took:7.1f} s = "
                  f"{pages / took:6.1f} pages/s; analysis alone {analysing:.1f} s = "
                  f"{pages / analysing:.1f} pages/s, writing {took - analysing:.1f} s "
                  f"(session start {started:.1f} s)", flush=True)
            if cpu:
                print(f"  CPU a page: Python workers {1000 * cpu['python'] / pages:.0f} ms, "
                      f"JVM {1000 * cpu['java'] / pages:.0f} ms", flush=True)
        base = results.get("ingest")
        for master in args.masters:
            if base:
                print(f"{master} / ingest: {results[master] / base:.2f}x")
        if len(args.masters) > 1:
            first = args.masters[0]
            for master in args.masters[1:]:
                print(f"{master} / {first}: {results[master] / results[first]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
