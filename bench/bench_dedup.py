"""Near-duplicate detection time at 3k and 30k pages (issue 7): does it grow ~linearly?

Pages are SaudiNewsNet bodies (../shared/data/news/saudinewsnet-3000.jsonl), each replicated
``--copies`` times with small random edits (a few percent of the words replaced, dropped or
doubled, seeded), so a collection of N pages holds N / copies stories: 300 bodies x 10 = 3k
pages, 3,000 x 10 = 30k. Reported per size: seconds, pages/s, clusters found, recall (the
share of copies that ended in their body's cluster) and mixed clusters (holding copies of
two bodies: a real near-duplicate pair in the corpus, or a false merge).

    python bench/bench_dedup.py                     # in memory (rasd.store.dedup.MemoryIndex)
    python bench/bench_dedup.py --store             # also through SQLite (update_clusters)
    python bench/bench_dedup.py --sizes 3000 --original   # the unedited corpus alone
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from rasd.store import Store
from rasd.store.dedup import MemoryIndex, update_clusters
from rasd.store.schema import DOCUMENTS

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/news/saudinewsnet-3000.jsonl"
#: Share of a copy's words edited: a syndicated re-post with a changed word here and there.
EDIT_RATE = 0.03


def bodies(path: Path) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
    return out


def edited(text: str, rng: random.Random, vocab: list[str]) -> str:
    words = text.split(" ")
    out: list[str] = []
    for w in words:
        r = rng.random()
        if r < EDIT_RATE / 3:
            continue  # dropped
        if r < 2 * EDIT_RATE / 3:
            out.append(rng.choice(vocab))  # replaced
        elif r < EDIT_RATE:
            out.extend((w, w))  # doubled
        else:
            out.append(w)
    return " ".join(out)


def collection(texts: list[str], n: int, copies: int, seed: int = 7) -> list[tuple[str, int, str]]:
    """(page id, body number, text) for n pages: n // copies bodies, each `copies` times."""
    rng = random.Random(seed)
    vocab = sorted({w for t in texts[:200] for w in t.split()})
    out = []
    for b in range(n // copies):
        for c in range(copies):
            text = texts[b % len(texts)]
            out.append((f"b{b:05d}c{c:02d}", b, text if c == 0 else edited(text, rng, vocab)))
    rng.shuffle(out)  # copies arrive interleaved, as a crawl sees them
    return out


def score(pages: list[tuple[str, int, str]], cluster: dict[str, str]) -> tuple[int, float, int]:
    by_body: dict[int, list[str]] = defaultdict(list)
    bodies_in: dict[str, set[int]] = defaultdict(set)
    for pid, b, _ in pages:
        by_body[b].append(cluster[pid])
        bodies_in[cluster[pid]].add(b)
    together = sum(max(labels.count(x) for x in set(labels)) for labels in by_body.values())
    mixed = sum(1 for s in bodies_in.values() if len(s) > 1)
    return len(bodies_in), together / len(pages), mixed


def run_memory(pages: list[tuple[str, int, str]]) -> tuple[float, dict[str, str]]:
    index = MemoryIndex({})
    t = time.perf_counter()
    for pid, _, text in pages:
        index.add_page(pid, text)
    return time.perf_counter() - t, index.cluster


def run_store(pages: list[tuple[str, int, str]]) -> tuple[float, dict[str, str]]:
    """Documents rows written directly (no analysis), then clustered by update_clusters."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        cols = DOCUMENTS.column_names
        fill = {"identity": "input", "analysis": "bench", "rasd_version": "bench", "doc": "{}",
                "input_sha": "x", "revision": 1, "first_stored": "2026", "stored": "2026"}
        rows = []
        for pid, _, text in pages:
            row = {c: (0 if c.startswith("n_") else None) for c in cols}
            row.update(fill, id=pid, text=text, chars=len(text), text_sha=str(hash(text)))
            rows.append(tuple(row[c] for c in cols))
        with store.db.transaction():
            store.db.executemany(f"INSERT INTO documents ({', '.join(cols)}) VALUES "
                                 f"({', '.join('?' for _ in cols)})", rows)
        t = time.perf_counter()
        update_clusters(store)
        seconds = time.perf_counter() - t
        cluster = {r[0]: r[1] for r in store.db.query(
            "SELECT doc_id, cluster_id FROM page_clusters")}
    return seconds, cluster


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 30000])
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--store", action="store_true", help="also cluster through SQLite")
    ap.add_argument("--original", action="store_true",
                    help="cluster the unedited corpus (its own near-duplicates)")
    args = ap.parse_args()
    texts = bodies(args.corpus)
    if args.original:
        pages = [(f"o{i:05d}", i, t) for i, t in enumerate(texts)]
        seconds, cluster = run_memory(pages)
        n_clusters, _, mixed = score(pages, cluster)
        print(f"original corpus: {len(pages)} pages, {seconds:.1f} s, "
              f"{n_clusters} clusters, {len(pages) - n_clusters} pages joined a cluster")
        return
    print("| pages | engine | s | pages/s | clusters (stories) | recall | mixed clusters |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        pages = collection(texts, n, args.copies)
        runs = [("memory", run_memory)] + ([("SQLite", run_store)] if args.store else [])
        for engine, fn in runs:
            seconds, cluster = fn(pages)
            n_clusters, recall, mixed = score(pages, cluster)
            print(f"| {len(pages):,} | {engine} | {seconds:.1f} | {len(pages) / seconds:,.0f} | "
                  f"{n_clusters:,} ({len(pages) // args.copies:,}) | {recall:.4f} | {mixed} |",
                  flush=True)


if __name__ == "__main__":
    main()
