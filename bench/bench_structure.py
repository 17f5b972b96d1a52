"""Page-structure parsing throughput on a real corpus.

Usage: python bench/bench_structure.py [CORPUS.jsonl] [--repeat N]

Reports pages/s on one core for, in the same run and on the same pages:
  baseline  the floor: JSON-decode each line and split the text into lines;
  structure rasd.structure.page.parse_page alone;
  analyze   rasd.analyze (structure + publication-date inference);
and the ratio of each to the baseline. Corpus default: ../shared/data/news/saudinewsnet-3000.jsonl.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

from rasd.analysis import make_document
from rasd.pipeline import Pipeline
from rasd.structure.page import PageStructureParser, parse_page
from rasd.structure.published import PublishedDateInferrer
from timing import NEWS_CORPUS, best_of


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    raw = args.corpus.read_text("utf-8").splitlines()
    # pages with no text are input errors (rasd.analyze refuses them), not pages to time
    records = [r for r in (json.loads(line) for line in raw) if r["text"].strip()]
    texts = [r["text"] for r in records]
    n = len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6

    def baseline() -> None:
        for line in raw:
            json.loads(line)["text"].splitlines()

    def structure() -> None:
        for t in texts:
            parse_page(t, title_in_text=False)

    # the structure stages of the pipeline as `rasd analyze` runs them (bench_pipeline.py
    # times the full pipeline with entities, quotes and events)
    pipeline = Pipeline([PageStructureParser(), PublishedDateInferrer()])

    def full() -> None:
        for r in records:
            pipeline(make_document(r["text"], title=r["title"], url=r["url"]))

    rows = [("baseline (json + splitlines)", best_of(args.repeat, baseline)),
            ("structure (parse_page)", best_of(args.repeat, structure)),
            ("analyze (structure + published)", best_of(args.repeat, full))]
    base = rows[0][1]
    print(f"corpus: {args.corpus.name}, {n} pages, {mb:.1f} MB; best of {args.repeat} runs\n")
    print("| step | seconds | pages/s | MB/s | time vs baseline |")
    print("|---|---:|---:|---:|---:|")
    for name, secs in rows:
        print(f"| {name} | {secs:.3f} | {n / secs:,.0f} | {mb / secs:.1f} | {secs / base:.1f}× |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS: {peak:.0f} MB (whole corpus held in memory by the benchmark)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
