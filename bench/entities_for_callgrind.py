"""The entity stage alone over a fixed batch of pages, to count its instructions under valgrind.

Usage: valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
           --callgrind-out-file=OUT python bench/entities_for_callgrind.py [CORPUS] \\
           [-n N] [--warm W]

As ``bench/batch_for_callgrind.py``, but only ``entities/1`` is counted: each page goes
through the stages before it (structure, published date, text layer: not counted), then
through the entity stage inside its own ``functools.reduce`` call, which nothing else of the
script makes, so ``--toggle-collect=functools_reduce`` counts the entity stage and nothing
else. The first page and then ``--warm`` W pages run untimed before the N counted ones, so
the per-word caches hold a crawl's frequent forms (new word types are a good part of the
stage's cost on the first pages). Set ``PYTHONHASHSEED`` (e.g. 0) for counts that repeat.
Also prints the stage's CPU time per page (``time.process_time``; meaningless under
valgrind, useful without it). Without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

from bench_comments import bodies
from timing import NEWS_CORPUS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=100, help="counted pages (default 100)")
    ap.add_argument("--warm", type=int, default=150,
                    help="pages run before the counted ones (default 150)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    from rasd.analysis import make_document
    from rasd.caches import freeze_loaded
    from rasd.entities import EntityLinker
    from rasd.model import Document
    from rasd.structure.page import PageStructureParser
    from rasd.structure.published import PublishedDateInferrer
    from rasd.text.layer import TextLayerAnalyzer

    before = (PageStructureParser(), PublishedDateInferrer(), TextLayerAnalyzer())
    entities = EntityLinker()

    def prepared(text: str) -> Document:
        doc = make_document(text)
        for stage in before:
            doc = stage(doc)
        return doc

    texts = bodies(args.corpus, 1 + args.warm + args.n)
    entities(prepared(texts[0]))
    freeze_loaded()
    for text in texts[1:1 + args.warm]:
        entities(prepared(text))
    spent = 0.0
    batch = texts[1 + args.warm:]
    for text in batch:
        doc = prepared(text)  # the page's tokens are cached for the stage, as in a pipeline
        t0 = time.process_time()
        functools.reduce(lambda _, d: entities(d), [doc], None)  # the counted call
        spent += time.process_time() - t0
    print(f"{len(batch)} pages after {args.warm} warm-up pages: entities/1 "
          f"{1000 * spent / max(1, len(batch)):.2f} ms a page (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
