"""Throughput of the entity stage on real news text, beside the text layer in the same run.

Usage: python bench/bench_entities.py [CORPUS.jsonl] [--articles N] [--repeat R]

Reads the first N articles of the JSONL corpus, runs page structure and publication date
once (untimed), then times on the same documents, one core, best of R:

* the text layer alone (``text.layer/1``): the baseline;
* the entity stage alone (``entities/1``), KB + NER + roles + coreference;
* the entity stage without the NER model (KB, roles, metonymy and coreference only), to
  show what the CRF costs.

Tokens are the tokenizer's word, number and Latin tokens of the article pieces the stages
read. Also printed: the cold KB load time (shipped TSVs parsed, name index and gazetteer
built; measured first, before anything else touches the KB; module imports reported
apart) and the peak RSS of the whole
process (``resource.getrusage``), which includes the loaded NER model.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from timing import NEWS_CORPUS, best_of


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    from rasd.kb import KnowledgeBase

    t1 = time.perf_counter()
    kb = KnowledgeBase.load()
    kb.gazetteer()
    kb_load = time.perf_counter() - t1
    kb_import = t1 - t0

    from rasd.analysis import make_document
    from rasd.entities import EntityLinker
    from rasd.entities.linker import document_pieces
    from rasd.model import Document
    from rasd.pipeline import Pipeline
    from rasd.structure.page import PageStructureParser
    from rasd.structure.published import PublishedDateInferrer
    from rasd.text.layer import TextLayerAnalyzer
    from rasd.text.tokens import tokenize

    lines = args.corpus.read_text("utf-8").splitlines()[: args.articles]
    records = [json.loads(x) for x in lines]
    structure = Pipeline([PageStructureParser(), PublishedDateInferrer()])
    docs: list[Document] = [
        structure(make_document(r["text"], title=r.get("title"),
                                published=date.fromisoformat(r["published"][:10])
                                if r.get("published") else None))
        for r in records if r["text"].strip()
    ]
    n_tokens = sum(
        sum(1 for t in tokenize(s.text) if t.kind in ("word", "number", "latin"))
        for d in docs for s in document_pieces(d)
    )
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    text_layer = TextLayerAnalyzer()
    layered = [text_layer(d) for d in docs]
    linker = EntityLinker(kb)
    kb_only = EntityLinker(kb, use_ner=False)
    linker(layered[0])  # warm-up: the NER model loads lazily

    def run(stage: Callable[[Document], Document], ds: Sequence[Document]) -> Callable[[], None]:
        def go() -> None:
            for d in ds:
                stage(d)
        return go

    rows = [
        ("text layer alone (baseline)", best_of(args.repeat, run(text_layer, docs))),
        ("entities/1 (KB + NER + roles + coref)", best_of(args.repeat, run(linker, layered))),
        ("entities/1 without NER", best_of(args.repeat, run(kb_only, layered))),
    ]
    entities = sum(len(linker(d).entities) for d in layered)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(docs)} articles, {n_tokens:,} tokens, {mb:.2f} MB, {entities:,} entities; "
          f"one core, best of {args.repeat}\n")
    print("| step | seconds | tokens/s | MB/s | × baseline time |")
    print("|---|---|---|---|---|")
    base = rows[0][1]
    for name, secs in rows:
        print(f"| {name} | {secs:.2f} | {n_tokens / secs:,.0f} | {mb / secs:.2f} | "
              f"{secs / base:.1f} |")
    print(f"\nKB cold load (TSVs parsed + gazetteer built): {kb_load:.2f} s "
          f"(plus {kb_import:.2f} s importing rasd.kb and the text layer); "
          f"peak RSS of the process: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
