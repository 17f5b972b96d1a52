"""A fixed small batch through the default pipeline, to count instructions under valgrind.

Usage: valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
           --callgrind-out-file=OUT python bench/batch_for_callgrind.py [CORPUS] [-n N] [-k K]

Instruction counts do not depend on the load of a shared machine, so two versions of the
code can be compared on one fixed input whatever else runs. The script loads everything
and analyses one warm-up page (as every batch entry point does before freezing the loaded
models, ``rasd.caches.freeze_loaded``), then analyses the first N SaudiNewsNet bodies with
text after it, bare or (``-k K``) each with K of the team's comments laid out as
``bench/bench_comments.py`` lays them out. ``--warm W`` analyses W more pages (the ones
after the batch, so none is repeated) before the counted call: the per-word and per-chunk
caches then hold a crawl's frequent forms, as in a long run (``bench/bench_pipeline.py``
over 1,000 pages), where 60 pages after one page count mostly first sightings. The batch
runs inside ONE ``functools.reduce`` call and nothing else of the script does, so
``--toggle-collect=functools_reduce`` counts the batch alone (start-up, reading and the
warm-up pages left out). Set ``PYTHONHASHSEED`` (e.g. 0) for counts that repeat to the
instruction. Without the corpus it says so and
exits 0.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from bench_comments import bodies, team_comments, with_comments
from timing import NEWS_CORPUS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=150, help="articles after the warm-up page")
    ap.add_argument("-k", type=int, default=0, help="comments per article (default none)")
    ap.add_argument("--warm", type=int, default=0,
                    help="pages analysed before the counted batch (default none)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    from rasd.analysis import analyze
    from rasd.caches import freeze_loaded

    texts = bodies(args.corpus, args.n + 1 + args.warm)
    if args.k:
        cycle = iter(team_comments() * (len(texts) * args.k + 1))
        texts = [with_comments(t, cycle, args.k) for t in texts]
    analyze(texts[0])
    freeze_loaded()
    for text in texts[args.n + 1:]:
        analyze(text)
    batch = texts[1:args.n + 1]
    functools.reduce(lambda _, text: analyze(text), batch, None)  # the counted call
    print(f"{len(batch)} articles analysed after the warm-up page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
