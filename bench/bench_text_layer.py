"""Throughput of the whole Arabic text layer on real news text.

Usage: python bench/bench_text_layer.py [CORPUS.jsonl] [--repeat N]

Runs, on the same texts in one process: a baseline word split (``re.findall(r"\\w+")``),
then each step of the layer alone (normalise, tokenise, split sentences, numbers,
casualties, dates), then the whole layer as the pipeline runs it, and prints MB/s per step
and the time relative to the baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rasd.text.casualties import casualties_in, extract_casualties
from rasd.text.dates import extract_times, extract_times_normalized
from rasd.text.normalize import normalize
from rasd.text.numbers import extract_numbers, quantities_in
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize, tokens_in
from timing import NEWS_CORPUS, best_of

_WORD = re.compile(r"\w+")



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    records = [json.loads(x) for x in args.corpus.read_text("utf-8").splitlines()]
    texts = [r["text"] for r in records if r["text"].strip()]
    anchors = [date.fromisoformat(r["published"][:10]) for r in records if r["text"].strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def each(fn: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for t in texts:
                fn(t)
        return run

    def dates() -> None:
        for t, d in zip(texts, anchors, strict=True):
            extract_times(t, d)

    def layer() -> None:
        # as the pipeline runs it: normalise once, one number scan shared by casualties
        for t, d in zip(texts, anchors, strict=True):
            nt = normalize(t)
            tokens_in(nt)
            split_sentences(t)
            quantities = quantities_in(nt)
            casualties_in(nt, quantities)
            extract_times_normalized(nt, d)

    steps: list[tuple[str, Callable[[], None]]] = [
        ("baseline: re.findall(\\w+)", each(_WORD.findall)),
        ("normalise (with offset map)", each(normalize)),
        ("tokenise", each(tokenize)),
        ("split sentences", each(split_sentences)),
        ("numbers", each(extract_numbers)),
        ("casualties", each(extract_casualties)),
        ("dates and times", dates),
        ("whole layer (normalise once, shared scans)", layer),
    ]
    print(f"corpus: {args.corpus.name}, {len(texts)} texts, {mb:.1f} MB; "
          f"best of {args.repeat}; one core\n")
    print("| step | seconds | MB/s | time vs baseline |")
    print("|---|---:|---:|---:|")
    base = None
    for name, fn in steps:
        secs = best_of(args.repeat, fn)
        base = base or secs
        print(f"| {name} | {secs:.3f} | {mb / secs:.2f} | {secs / base:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
