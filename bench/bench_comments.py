"""Reader-comment throughput: the comment stage alone and the full pipeline with and
without a comments block, in one run (issue 6: >= 100 articles/s with 10 comments each).

Usage: python bench/bench_comments.py [CORPUS.jsonl] [-n N] [-k K] [--mpold FILE.tsv]
                                      [--profile]

Pages are real SaudiNewsNet bodies, the first 2N with text: the first N bare, the next N
each with a block of K comments in the layout the structure stage parses (author line,
timestamp line, text); disjoint sets, so that neither run meets a text whose look-ups the
other already cached. The comment texts are the team's own (``tests/gold/comments/labelled.tsv`` and
``stance.jsonl``), or, with ``--mpold``, MPOLD comments read at run time from ``../shared``
(never copied into the repository); they are cycled over the articles. Every article runs
through every stage of ``rasd.analysis.default_pipeline()``, bare bodies and pages with
comments interleaved article by article, each stage timed; the table gives articles/s of

  body           full pipeline on the bare body (no comments block);
  body+comments  full pipeline on the page with its K comments;
  without stage  the same pages, all stages but ``comments/1``;
  comment stage  ``comments/1`` alone (and its ms per comment);

and the ratio rows (body+comments / body time, comment stage share). ``--profile`` prints
the top functions of the comment stage (cProfile, cumulative). Without the corpus the
benchmark says so and exits 0. Single process; start-up (first article: loading lexicons,
KB, models) is excluded and reported apart. Times are this process's CPU time
(``time.process_time``), so that other processes on a shared machine do not count.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timing import NEWS_CORPUS

GOLD = Path(__file__).resolve().parents[1] / "tests/gold/comments"
COMMENT_STAGE = "comments/1"
#: Authors and a timestamp in the layout rasd.structure.comments reads.
_AUTHORS = ("أبو أحمد", "سارة من عمان", "مواطن عربي", "Karim", "ابن البلد", "متابع")
_STAMP = "الأحد، 11-06-2023 09:47 م"


def team_comments() -> list[str]:
    """The team's own comment texts (labelled.tsv ``Comment`` column, stance.jsonl)."""
    out: list[str] = []
    lines = [ln for ln in (GOLD / "labelled.tsv").read_text("utf-8").splitlines()
             if ln and not ln.startswith("#")]
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        if row.get("Comment", "").strip():
            out.append(row["Comment"].strip())
    for line in (GOLD / "stance.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["text"])
    return out


def mpold_comments(path: Path) -> list[str]:
    """The ``Comment`` column of an MPOLD-format TSV (read at run time, never stored)."""
    with path.open(encoding="utf-8", newline="") as f:
        return [r["Comment"].strip() for r in csv.DictReader(f, delimiter="\t")
                if r.get("Comment", "").strip()]


def bodies(corpus: Path, n: int) -> list[str]:
    out: list[str] = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if len(out) >= n:
                break
            if line.strip():
                text = json.loads(line).get("text", "").strip()
                if text:
                    out.append(text)
    return out


def with_comments(body: str, comments: Iterator[str], k: int) -> str:
    parts = [body, "", f"التعليقات ({k})"]
    for i in range(k):
        text = " ".join(next(comments).split())  # one line each: the layout's text line
        parts += [_AUTHORS[i % len(_AUTHORS)], _STAMP, text]
    return "\n".join(parts) + "\n"


def run(pages: list[str], stages: tuple[Any, ...]) -> tuple[dict[str, float], int]:
    """Per-stage seconds over ``pages`` and the number of comments analysed."""
    from rasd.analysis import make_document

    times: dict[str, float] = defaultdict(float)
    n_comments = 0
    for text in pages:
        doc = make_document(text)
        for stage in stages:
            t0 = time.process_time()
            doc = stage(doc)
            times[stage.name] += time.process_time() - t0
        n_comments += len(doc.comments)
    return times, n_comments


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=NEWS_CORPUS)
    ap.add_argument("-n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("-k", type=int, default=10, help="comments per article (default 10)")
    ap.add_argument("--mpold", type=Path, help="MPOLD TSV to draw comments from instead")
    ap.add_argument("--profile", action="store_true", help="profile the comment stage")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    from rasd.analysis import default_pipeline
    from rasd.caches import freeze_loaded

    texts = mpold_comments(args.mpold) if args.mpold else team_comments()
    source = args.mpold.name if args.mpold else "team comments"
    cycle = iter(texts * (args.n * args.k // max(1, len(texts)) + 1))
    # Two disjoint sets of articles: the same body run twice would find the second run's
    # caches (KB and tagger memos) warmed by the first and flatter it.
    both = bodies(args.corpus, 2 * args.n)
    plain = both[: len(both) // 2]
    pages = [with_comments(b, cycle, args.k) for b in both[len(both) // 2:]]
    stages = default_pipeline().stages

    t0 = time.process_time()
    run(pages[:1], stages)  # start-up: lazy loading of data and models
    freeze_loaded()  # as rasd's batch entry points do after their first page
    startup = time.process_time() - t0
    # Interleaved article by article, so that caches warming up favour neither run.
    t_body: dict[str, float] = defaultdict(float)
    t_page: dict[str, float] = defaultdict(float)
    n_comments = 0
    for bare, page_text in zip(plain, pages, strict=True):
        for name, secs in run([bare], stages)[0].items():
            t_body[name] += secs
        times, k = run([page_text], stages)
        for name, secs in times.items():
            t_page[name] += secs
        n_comments += k
    n = min(len(plain), len(pages))
    body = sum(t_body.values())
    page = sum(t_page.values())
    stage = t_page[COMMENT_STAGE]
    rows = [
        ("body (full pipeline)", body),
        (f"body+{args.k} comments (full pipeline)", page),
        ("body+comments, without comment stage", page - stage),
        ("comment stage alone", stage),
    ]
    print(f"2 x {n} SaudiNewsNet articles, {n_comments} comments ({source}); "
          f"start-up {startup:.2f} s\n")
    print("| run | seconds | articles/s |")
    print("|---|---:|---:|")
    for name, secs in rows:
        print(f"| {name} | {secs:.2f} | {n / secs if secs else 0:,.1f} |")
    print(f"| comment stage, ms per comment | {1000 * stage / max(1, n_comments):.3f} | "
          f"{n_comments / stage if stage else 0:,.0f} comments/s |")
    print(f"| ratio body+comments / body | {page / body if body else 0:.2f} | |")
    print(f"| comment stage share of body+comments | {stage / page if page else 0:.1%} | |")
    extra = (sum(v for s, v in t_page.items() if s.startswith("structure"))
             - sum(v for s, v in t_body.items() if s.startswith("structure")))
    print(f"| structure.* extra for the comments block (s) | {extra:.2f} | |")
    if args.profile:
        comment_stage = next(s for s in stages if s.name == COMMENT_STAGE)
        from rasd.analysis import make_document

        docs = [make_document(p) for p in pages]
        for s in stages:
            if s.name == COMMENT_STAGE:
                break
            docs = [s(d) for d in docs]
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            comment_stage(d)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
