"""Parallel ingest: ``rasd ingest --workers 1`` against ``--workers 2`` on SaudiNewsNet.

Usage: python bench/bench_ingest_workers.py [CORPUS.jsonl] [-n 600] [--workers 2]

One run each, into a new SQLite file in a temporary directory, records streamed from the
corpus as the CLI does (no warm-up pass: each run pays its own start, the workers' pipeline
build included, as a user would). Prints pages/s of each, the ratio (issue 8 asks >= 1.7x
on 2 cores; the machine may be shared, so the ratio is what it is) and the peak RSS of
this process (``RUSAGE_SELF``, the writer) and of the largest worker (read from /proc:
the workers are the fork server's children, which ``RUSAGE_CHILDREN`` does not count).
Without the corpus the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

from rasd.io.sources import iter_records
from rasd.store import Ingester, Store
from timing import NEWS_CORPUS

#: Seconds between two looks at the worker processes.
SAMPLE_EVERY = 0.5


class _Descendants(threading.Thread):
    """Peak RSS (VmHWM) and CPU seconds of every process below this one, read from /proc
    while the run goes: the workers are children of the fork server, not of this process,
    so RUSAGE_CHILDREN does not see them (Linux only; elsewhere nothing is measured)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.peak_kb: dict[int, int] = {}
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_EVERY):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry)] = int(stat[1])
        ours = {os.getpid()}
        for _ in range(4):  # this process → fork server → workers
            ours |= {pid for pid, ppid in parents.items() if ppid in ours}
        tick = os.sysconf("SC_CLK_TCK")
        for pid in ours - {os.getpid()}:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            self.cpu[pid] = (int(stat[11]) + int(stat[12])) / tick
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), int(line.split()[1]))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _run(corpus: Path, n: int, workers: int,
         folder: Path) -> tuple[float, int, float, float, float]:
    """Seconds, pages, the CPU seconds of this process and of the workers, and the largest
    peak RSS of a worker (or the fork server) in MB."""
    records = itertools.islice(iter_records([corpus]), n)
    cpu_self = _cpu(resource.RUSAGE_SELF)
    watch = _Descendants()
    watch.start()
    with Store.open(folder / f"workers-{workers}.db") as store:
        t0 = time.perf_counter()
        summary = Ingester(store, workers=workers).run(records)
        seconds = time.perf_counter() - t0
    watch.stop.set()
    watch.join()
    return (seconds, summary.seen, _cpu(resource.RUSAGE_SELF) - cpu_self,
            sum(watch.cpu.values()), max([0, *watch.peak_kb.values()]) / 1024)


def _peak_mb(who: int) -> float:
    # RUSAGE_SELF only: the workers are the fork server's children (see _Descendants).
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=600, help="records (default 600)")
    ap.add_argument("--workers", type=int, default=2, help="the parallel run (default 2)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus} not available: nothing to measure", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        one, pages, one_self, _, _ = _run(args.corpus, args.n, 1, Path(tmp))
        self_after_one = _peak_mb(resource.RUSAGE_SELF)
        many, pages_many, many_self, many_children, worker_mb = _run(
            args.corpus, args.n, args.workers, Path(tmp))
    print("| run | pages | seconds | pages/s | CPU s writer | CPU s workers |\n"
          "|---|---|---|---|---|---|\n"
          f"| --workers 1 | {pages} | {one:.1f} | {pages / one:.2f} | {one_self:.1f} | - |\n"
          f"| --workers {args.workers} | {pages_many} | {many:.1f} | {pages_many / many:.2f} "
          f"| {many_self:.1f} | {many_children:.1f} |")
    # CPU seconds over wall seconds: how many cores the run really got (a shared machine
    # gives less than --workers + the writer).
    print(f"\ncores used by --workers {args.workers}: {(many_self + many_children) / many:.2f}")
    print(f"\nratio {args.workers} workers / 1: {(pages_many / many) / (pages / one):.2f}x")
    print(f"peak RSS: parent {self_after_one:.0f} MB after --workers 1, "
          f"{_peak_mb(resource.RUSAGE_SELF):.0f} MB at the end; "
          f"largest worker or fork server {worker_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
