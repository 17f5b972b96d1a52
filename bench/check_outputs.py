"""Output-identity check for speed work: a sha256 of every document's full JSON.

Usage: python bench/check_outputs.py [CORPUS.jsonl] [-n N] [-k K] --write FILE
       python bench/check_outputs.py [CORPUS.jsonl] [-n N] [-k K] --compare FILE

Runs the default pipeline over three documents per record of the first N SaudiNewsNet
records with text: the record with its metadata (published date, URL, title), the same body
without metadata, and the same body with a block of K comments built as
``bench/bench_comments.py`` builds them (the team's own comment texts). Each document's
``rasd.serialize.document_to_json`` output, redacted and unredacted, is dumped with sorted
keys and hashed. ``--write`` stores one line per document (its key and both hashes);
``--compare`` recomputes them and prints every document whose hashes differ (exit 1 if
any). Run it once with the old code (``PYTHONPATH=old/src``) and once with the new: a speed
change that is meant to change nothing must leave every hash as it was. Without the corpus
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bench_comments import team_comments, with_comments
from bench_pipeline import _published, _records
from timing import NEWS_CORPUS


def _hash(obj: object) -> str:
    blob = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def hashes(corpus: Path, n: int, k: int) -> Iterator[tuple[str, str, str]]:
    """(key, redacted sha256, unredacted sha256) for each document, in a fixed order."""
    from rasd.analysis import analyze
    from rasd.serialize import document_to_json

    records = [r for r in _records(corpus, n) if r.get("text", "").strip()]
    texts = team_comments()
    cycle = iter(texts * (len(records) * k // max(1, len(texts)) + 1))
    for i, r in enumerate(records):
        body = r["text"]
        docs = [
            ("meta", analyze(body, published=_published(r.get("published")),
                             url=r.get("url"), title=r.get("title"))),
            ("bare", analyze(body)),
            ("comments", analyze(with_comments(body.strip(), cycle, k))),
        ]
        for kind, doc in docs:
            yield (f"{i}:{kind}", _hash(document_to_json(doc)),
                   _hash(document_to_json(doc, redact=False)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=800, help="first N records (default 800)")
    ap.add_argument("-k", type=int, default=10, help="comments per page (default 10)")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="store the hashes in this file")
    mode.add_argument("--compare", type=Path, help="compare against hashes in this file")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    rows = list(hashes(args.corpus, args.n, args.k))
    if args.write:
        args.write.write_text("".join(f"{key}\t{a}\t{b}\n" for key, a, b in rows), "utf-8")
        print(f"{len(rows)} documents hashed into {args.write}")
        return 0
    want = {}
    for line in args.compare.read_text("utf-8").splitlines():
        key, a, b = line.split("\t")
        want[key] = (a, b)
    got = {key: (a, b) for key, a, b in rows}
    differ = sorted(key for key in want.keys() | got.keys() if want.get(key) != got.get(key))
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(got)} documents, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
