"""``rasd eval events-audit``: event precision on real news from judged candidates
(:mod:`rasd.evaluation.events_audit`)."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

from rasd.cli_output import EXIT_OK, EXIT_USAGE
from rasd.errors import RasdError

DEFAULT_JUDGMENTS = "tests/gold/events/real_news.tsv"
#: The judged articles come from SaudiNewsNet-3000, in the ``shared`` folder beside the
#: repository (never copied into it).
DEFAULT_CORPUS = "../shared/data/news/saudinewsnet-3000.jsonl"


def cmd_eval_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.evaluation.events import cached_analyzer
    from rasd.evaluation.events_audit import (
        AuditSplit,
        audit,
        format_audit,
        load_articles,
        read_judgments,
    )
    from rasd.events.learned.candidate_filter import filter_disabled

    path = Path(args.judgments)
    if not path.is_file():
        print(f"rasd: error: {path}: no such judgments file", file=err)
        return EXIT_USAGE
    splits: list[AuditSplit] = ["dev", "test", "all"] if args.split == "each" else [args.split]
    run = cached_analyzer()
    try:
        judgments = read_judgments(path)
        articles = load_articles(Path(args.corpus), {j.doc_id for j in judgments})
        with filter_disabled() if args.no_filter else nullcontext():
            reports = [audit(judgments, articles, run, split) for split in splits]
    except RasdError as e:
        print(f"rasd: error: {e}", file=err)
        return EXIT_USAGE
    print(format_audit(reports), file=out)
    return EXIT_OK


def add_eval_audit(eval_sub: Any) -> None:
    """Register ``eval events-audit`` on the ``eval`` subparsers."""
    p = eval_sub.add_parser(
        "events-audit", help="event precision on real news articles, from judged candidates")
    p.add_argument("judgments", nargs="?", default=DEFAULT_JUDGMENTS,
                   help="judgments TSV (doc_id, start, end, type, label, split, note)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS,
                   help="the JSONL corpus the judged articles come from")
    p.add_argument("--split", choices=["dev", "test", "all", "each"], default="each")
    p.add_argument("--no-filter", action="store_true",
                   help="score the rules' candidates without the learned filter")
    p.set_defaults(func=cmd_eval_audit)
