"""``rasd eval events`` and ``rasd train events``: PLOVER events against the team's gold
passages (with ``--ids`` to score a batch of passages alone, e.g. a new round scored once
before any rule changes for it), and training the learned candidate filter."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

from rasd.cli_audit import DEFAULT_CORPUS, DEFAULT_JUDGMENTS
from rasd.cli_output import EXIT_OK, EXIT_USAGE
from rasd.errors import RasdError

DEFAULT_GOLD = "tests/gold/events/passages.jsonl"
#: The filter's blind bank (rasd.events.learned.filter_bank), built by scripts/filter_bank.py.
DEFAULT_BANK = "tests/gold/events/filter_bank.jsonl.gz"
#: The passages written after the rules were tuned (rounds 7 and 8, each scored once before
#: its own tuning): their rows weigh more in training and the threshold is chosen on them
#: (rasd.events.learned.filter_train).
DEFAULT_FRESH = ("ev-353..ev-394,ev-395..ev-439,ev-440..ev-479,ev-480..ev-515,ev-516..ev-553,"
                 "ev-554..ev-573,ev-640..ev-675,ev-676..ev-711,ev-712..ev-731,ev-732..ev-767,"
                 "ev-768..ev-791,ev-822..ev-857,ev-858..ev-881,ev-882..ev-911,"
                 "ev-912..ev-935,ev-936..ev-965,ev-966..ev-995,ev-996..ev-1025,"
                 "ev-1026..ev-1055,ev-1056..ev-1085,ev-1086..ev-1110,ev-1111..ev-1130,"
                 "ev-1131..ev-1160,ev-1161..ev-1190,ev-1191..ev-1220,ev-1221..ev-1250,"
                 "ev-1251..ev-1280,ev-1281..ev-1310,ev-1311..ev-1340,ev-1341..ev-1370,"
                 "ev-1371..ev-1400,ev-1401..ev-1430,ev-1431..ev-1460,"
                 "ev-1461..ev-1490,ev-1491..ev-1520,ev-1521..ev-1550,ev-1551..ev-1580,"
                 "ev-1581..ev-1610,ev-1611..ev-1640,ev-1641..ev-1670,ev-1671..ev-1700,"
                 "ev-1701..ev-1730,ev-1731..ev-1760,ev-1761..ev-1790,ev-1791..ev-1820,"
                 "ev-1821..ev-1850,ev-1851..ev-1880,ev-1881..ev-1910,ev-1911..ev-1940,"
                 "ev-1941..ev-1970,ev-1971..ev-2000,ev-2001..ev-2030,ev-2031..ev-2060,"
                 "ev-2061..ev-2090,ev-2091..ev-2120,ev-2121..ev-2150,ev-2151..ev-2180")
#: Blind gold rounds awaiting their first scoring (the gold README's "Not yet scored" rounds):
#: training never reads them and a dev evaluation without ``--ids`` leaves them out, so no
#: run can look at them before the one scoring that counts. Scoring them moves the ranges to
#: DEFAULT_FRESH (and the blind bank) and empties this.
HELD_OUT = "ev-2181..ev-2210,ev-2211..ev-2240"


def cmd_eval_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.evaluation.events import cached_analyzer, evaluate_events, format_events_report
    from rasd.evaluation.events_gold import load_passages, parse_ids, select_ids
    from rasd.evaluation.events_sentences import (
        evaluate_sentences,
        format_sentence_report,
        is_sentence_file,
        load_sentences,
    )
    from rasd.evaluation.quotes import evaluate_quotes, format_quotes_report
    from rasd.events.learned.candidate_filter import filter_disabled

    path = Path(args.file)
    if not path.is_file():
        print(f"rasd: error: {path}: no such gold file", file=err)
        return EXIT_USAGE
    splits = ["dev", "test", "all"] if args.split == "each" else [args.split]
    # --no-filter: the rules alone, as before the filter existed
    rules_only = filter_disabled if getattr(args, "no_filter", False) else nullcontext
    run = cached_analyzer()
    try:
        if is_sentence_file(path):
            sentences = load_sentences(path)
            with rules_only():
                results = [evaluate_sentences(sentences, s, run) for s in splits]
            print(format_sentence_report(
                results, max_failures=getattr(args, "failures", 60)), file=out)
            return EXIT_OK
        ids = parse_ids(getattr(args, "ids", "") or "")
        passages = select_ids(load_passages(path), ids)
        if not ids:
            passages = _without_held_out(passages, err)
    except RasdError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_USAGE
    with rules_only():
        reports = [evaluate_events(passages, s, run) for s in splits]
    print(format_events_report(reports, max_failures=getattr(args, "failures", 60)), file=out)
    # Quotes share the gold passages; their report splits them by dev/test itself.
    chosen = [p.raw for p in passages if splits[-1] == "all" or p.split == splits[-1]]
    print("\n" + format_quotes_report(evaluate_quotes(chosen)), file=out)
    return EXIT_OK


def _without_held_out(passages: list[Any], err: TextIO) -> list[Any]:
    """``passages`` without the blind rounds of :data:`HELD_OUT`, saying so on ``err``."""
    from rasd.evaluation.events_gold import parse_ids

    held = parse_ids(HELD_OUT)
    kept = [p for p in passages if p.id not in held]
    if len(kept) < len(passages):
        print(f"rasd: note: {len(passages) - len(kept)} passages of blind rounds awaiting "
              f"their first scoring ({HELD_OUT}) are left out; name them with --ids to "
              "score them", file=err)
    return kept


def add_eval_events(eval_sub: Any) -> None:
    """Register ``eval events`` on the ``eval`` subparsers."""
    p = eval_sub.add_parser(
        "events", help="PLOVER events: gold passages, or a CSV/JSONL of labelled sentences")
    p.add_argument("file", nargs="?", default=DEFAULT_GOLD,
                   help="gold passages (JSONL) or labelled sentences (CSV/JSONL)")
    p.add_argument("--split", choices=["dev", "test", "all", "each"], default="each")
    p.add_argument("--ids", default="",
                   help="only these passages: ids and ranges, e.g. ev-353..ev-394,ev-010")
    p.add_argument("--no-filter", action="store_true",
                   help="score the rules' candidates without the learned filter")
    p.add_argument("--failures", type=_non_negative, default=60, metavar="N",
                   help="list at most N failures of the last split (default 60; 0: none)")
    p.set_defaults(func=cmd_eval_events)


def cmd_eval_events_bank(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.evaluation.events_bank import format_bank_report, score_bank
    from rasd.evaluation.events_gold import load_passages
    from rasd.events.learned.filter_bank import read_bank

    try:
        dev = load_passages(Path(args.file), "dev")
        bank = read_bank(Path(args.bank), {p.id: p.text for p in dev})
    except RasdError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_USAGE
    report = score_bank(bank, {p.id: p for p in dev}, since=args.since)
    print(format_bank_report(report), file=out)
    return EXIT_OK


def add_eval_events_bank(eval_sub: Any) -> None:
    """Register ``eval events-bank``: the rules of each day on the round written after it."""
    p = eval_sub.add_parser(
        "events-bank", help="the rules on rounds they had not seen yet (the blind bank)")
    p.add_argument("file", nargs="?", default=DEFAULT_GOLD, help="gold passages (dev is read)")
    p.add_argument("--bank", default=DEFAULT_BANK, help="the blind bank (scripts/filter_bank.py)")
    p.add_argument("--since", type=_non_negative, default=0, metavar="N",
                   help="only rounds starting at passage ev-N or later")
    p.set_defaults(func=cmd_eval_events_bank)


def _non_negative(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a count of 0 or more, got {value}")
    return n


def cmd_train_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.evaluation.events_gold import load_passages, parse_ids
    from rasd.events.learned.filter_bank import read_bank
    from rasd.events.learned.filter_train import train_events

    path = Path(args.gold)
    if not path.is_file():
        print(f"rasd: error: {path}: no such gold file", file=err)
        return EXIT_USAGE
    try:
        held = parse_ids(args.hold_out)
        # never the test split, nor the blind rounds awaiting their first scoring
        passages = [p for p in load_passages(path, "dev") if p.id not in held]
        fresh = parse_ids(args.fresh)
        audit = [] if args.no_audit else _audit_passages(Path(args.audit), Path(args.corpus))
        bank = [] if args.no_bank else read_bank(Path(args.bank),
                                                 {p.id: p.text for p in passages})
    except RasdError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_USAGE
    # Real articles the rules were never tuned on: fresh rows by definition.
    fresh = fresh | {p.id for p in audit}
    gold = f"{path.name} without {args.hold_out} (held out)" if held else path.name
    sources = {"gold": gold, "audit": None if args.no_audit else Path(args.audit).name,
               "audit_articles": len(audit),
               "bank": None if args.no_bank else Path(args.bank).name}
    r = train_events([*passages, *audit], fresh, Path(args.out), seed=args.seed,
                     folds=args.folds, c2=args.c2, fresh_weight=args.fresh_weight,
                     cv_repeats=args.repeats, sources=sources, bank=bank,
                     bank_weight=args.bank_weight)
    print(f"{r.rows} candidates of {len(passages)} dev passages, {len(audit)} judged "
          f"real articles and {len(bank)} blind-bank passages; model {r.model_path}, card "
          f"{r.card_path}", file=out)
    print("| out-of-fold (mean of repeats) | threshold | P | R | F1 | fresh P | fresh R | "
          "fresh F1 | bank P | bank R | bank F1 |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|", file=out)
    for name, s in (("rules alone", r.base), ("with filter", r.chosen),
                    *((f"grid {g.threshold}", g) for g in r.grid)):
        cells = " | ".join(f"{m.precision:.1%} | {m.recall:.1%} | {m.f1:.1%}"
                           for m in (s.all, s.fresh, s.bank))
        print(f"| {name} | {s.threshold if s is not r.base else '-'} | {cells} |", file=out)
    return EXIT_OK


def _audit_passages(judgments: Path, corpus: Path) -> list[Any]:
    """The dev articles of the real-news audit as training passages
    (:func:`rasd.evaluation.events_audit.audit_passages`)."""
    from rasd.errors import DataMissing
    from rasd.evaluation.events_audit import audit_passages, load_articles, read_judgments

    if not judgments.is_file():
        raise DataMissing(f"no judgments file {judgments} (or train with --no-audit)",
                          where=str(judgments))
    found = [j for j in read_judgments(judgments) if j.split == "dev"]
    if not corpus.is_file():
        raise DataMissing(f"the judged articles' corpus is not here: {corpus} (give "
                          "--corpus, or train with --no-audit)", where=str(corpus))
    return audit_passages(found, load_articles(corpus, {j.doc_id for j in found}), "dev")


def add_train_events(train_sub: Any) -> None:
    """Register ``train events`` on the ``train`` subparsers."""
    from rasd.events.learned.candidate_filter import default_model_path
    from rasd.events.learned.filter_train import (
        CV_REPEATS,
        DEFAULT_BANK_WEIGHT,
        DEFAULT_C2,
        DEFAULT_FRESH_WEIGHT,
        FOLDS,
        SEED,
    )

    p = train_sub.add_parser("events", help="train the event candidate filter on dev gold")
    p.add_argument("gold", nargs="?", default=DEFAULT_GOLD,
                   help="gold passages; only the dev split is read")
    p.add_argument("-o", "--out", default=str(default_model_path()),
                   help="model path; the card is written beside it as .json")
    p.add_argument("--fresh", default=DEFAULT_FRESH,
                   help="passages the rules were not tuned on (ids and ranges)")
    p.add_argument("--fresh-weight", type=int, default=DEFAULT_FRESH_WEIGHT)
    p.add_argument("--hold-out", default=HELD_OUT,
                   help="dev passages never trained on: blind rounds awaiting their first "
                        "scoring (default: %(default)s)")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--folds", type=int, default=FOLDS)
    p.add_argument("--repeats", type=int, default=CV_REPEATS)
    p.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 regularisation")
    p.add_argument("--audit", default=DEFAULT_JUDGMENTS,
                   help="real-news judgments whose dev articles are also trained on "
                        "(rasd eval events-audit)")
    p.add_argument("--corpus", default=DEFAULT_CORPUS,
                   help="the corpus the judged articles come from")
    p.add_argument("--no-audit", action="store_true",
                   help="train on the gold passages only")
    p.add_argument("--bank", default=DEFAULT_BANK,
                   help="the blind bank: fresh rounds' candidates by the rules before they "
                        "were tuned on them (scripts/filter_bank.py builds it)")
    p.add_argument("--bank-weight", type=int, default=DEFAULT_BANK_WEIGHT)
    p.add_argument("--no-bank", action="store_true", help="train without the blind bank")
    p.set_defaults(func=cmd_train_events)
