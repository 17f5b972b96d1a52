"""``rasd train toxicity`` and ``rasd eval toxicity``: the comment classifier's command line.

``rasd train toxicity MPOLD.tsv [--also MORE.tsv ...] -o MODEL.crfsuite`` cuts the dev split
from the first file, picks the threshold by cross-validation on the rest, scores dev,
retrains on everything and writes the model with its card (:mod:`rasd.comments.toxicity_train`).
``rasd eval toxicity FILE.tsv ...`` prints Offensive precision, recall and F1 of the shipped
(or ``--model``) classifier on files in the MPOLD format; ``--dev`` scores only the held-out
dev split of each file (the same cut as training).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any, Final, TextIO

from rasd.cli_output import EXIT_FAILURES, EXIT_OK
from rasd.errors import RasdError


def cmd_train_toxicity(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.comments.toxicity_train import train_toxicity

    try:
        report = train_toxicity(args.data, args.also, args.out, seed=args.seed,
                                dev_fraction=args.dev_fraction, folds=args.folds,
                                c1=args.c1, c2=args.c2, max_iter=args.max_iter)
    except (RasdError, OSError, ValueError) as e:
        print(f"rasd: error: {e}", file=err)
        return EXIT_FAILURES
    print(f"model: {report.model_path} ({report.model_bytes:,} bytes)", file=out)
    print(f"card:  {report.card_path}", file=out)
    print(f"threshold (best cross-validated F1 on the train part): {report.threshold:.2f}",
          file=out)
    print(report.cv.table(), file=out)
    print(report.dev.table(), file=out)
    return EXIT_OK


def cmd_eval_toxicity(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.comments.toxicity import ToxicityClassifier
    from rasd.evaluation.toxicity import dev_split, evaluate, read_labelled

    try:
        clf = ToxicityClassifier.load(args.model)
    except RasdError as e:
        print(f"rasd: error: {e}", file=err)
        return EXIT_FAILURES
    threshold = args.threshold if args.threshold is not None else clf.threshold
    for path in args.files:
        try:
            items = read_labelled(path)
        except RasdError as e:
            print(f"rasd: error: {e}", file=err)
            return EXIT_FAILURES
        source = str(path)
        if args.dev:
            _, items = dev_split(items, seed=args.seed)
            source += f" (dev split, seed {args.seed})"
            if path.name in clf.trained_on:
                print(f"note: {clf.model_path.name} was retrained on all of {path.name}, "
                      "dev included: this score is not held-out; the card's dev_scores "
                      "are (model trained without the dev split)", file=out)
        t0 = time.perf_counter()
        report = evaluate(items, clf.offensive_score, threshold, source)
        seconds = time.perf_counter() - t0
        print(report.table(), file=out)
        if seconds > 0:
            print(f"{len(items) / seconds:,.0f} comments/s", file=out)
        print(file=out)
    return EXIT_OK


def _fraction(value: str) -> float:
    f = float(value)
    if not 0.0 < f < 1.0:
        raise argparse.ArgumentTypeError(f"must be in (0, 1), got {value}")
    return f


def add_train_toxicity(train_sub: Any) -> None:
    """Register ``train toxicity`` on the ``train`` subparsers."""
    from rasd.comments.toxicity_train import DEFAULT_C1, DEFAULT_C2, DEFAULT_MAX_ITER
    from rasd.evaluation.toxicity import CV_FOLDS, DEV_FRACTION, SPLIT_SEED

    p = train_sub.add_parser("toxicity", help="train the offensive-comment classifier")
    p.add_argument("data", type=Path, help="MPOLD-format TSV; the dev split is cut from it")
    p.add_argument("--also", nargs="*", type=Path, default=[],
                   help="more labelled TSV files, used for training only")
    p.add_argument("-o", "--out", type=Path, default=Path("toxicity.crfsuite"),
                   help="model path; the card is written beside it as .json")
    p.add_argument("--seed", type=int, default=SPLIT_SEED)
    p.add_argument("--dev-fraction", type=_fraction, default=DEV_FRACTION)
    p.add_argument("--folds", type=int, default=CV_FOLDS,
                   help="cross-validation folds of the train part that choose the threshold")
    p.add_argument("--c1", type=float, default=DEFAULT_C1, help="L1 regularisation")
    p.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 regularisation")
    p.add_argument("--max-iter", type=int, default=DEFAULT_MAX_ITER)
    p.set_defaults(func=cmd_train_toxicity)


#: The team's stance gold, found from a source checkout (``rasd eval stance`` default).
STANCE_GOLD: Final = (Path(__file__).resolve().parents[2] / "tests" / "gold" / "comments"
                      / "stance.jsonl")


def cmd_eval_stance(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Accuracy and per-class P/R/F1 of the comment stance reader on a gold file; with
    ``--errors`` the wrong cases too."""
    from rasd.comments.stance_eval import read_cases, score

    try:
        cases = read_cases(args.file)
    except (RasdError, OSError) as e:
        print(f"rasd: error: {e}", file=err)
        return EXIT_FAILURES
    splits = ["dev", "test"] if args.split == "each" else [args.split]
    for split in splits:
        result = score(cases, None if split == "all" else split)
        print(f"{args.file} [{split}]", file=out)
        print(result.report(), file=out)
        if args.errors:
            for case, predicted in result.errors:
                print(f"  {case.id} {case.target} gold={case.polarity} "
                      f"got={predicted}: {case.text}", file=out)
        print(file=out)
    return EXIT_OK


def add_eval_stance(eval_sub: Any) -> None:
    """Register ``eval stance`` on the ``eval`` subparsers."""
    p = eval_sub.add_parser("stance",
                            help="comment stance accuracy and P/R/F1 on labelled "
                                 "comment/target pairs (JSONL)")
    p.add_argument("file", nargs="?", type=Path, default=STANCE_GOLD,
                   help="JSONL of {id, split, text, target, polarity} (default: the gold)")
    p.add_argument("--split", choices=["dev", "test", "all", "each"], default="each")
    p.add_argument("--errors", action="store_true", help="list the wrong cases")
    p.set_defaults(func=cmd_eval_stance)


def add_eval_toxicity(eval_sub: Any) -> None:
    """Register ``eval toxicity`` on the ``eval`` subparsers."""
    from rasd.evaluation.toxicity import SPLIT_SEED

    p = eval_sub.add_parser("toxicity",
                            help="Offensive P/R/F1 on MPOLD-format files (Comment, "
                                 "Majority_Label)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--model", type=Path, help="model (default: the shipped one)")
    p.add_argument("--dev", action="store_true",
                   help="score only the held-out dev split (the cut training uses)")
    p.add_argument("--seed", type=int, default=SPLIT_SEED, help="seed of the dev split")
    p.add_argument("--threshold", type=float, help="override the card's threshold")
    p.set_defaults(func=cmd_eval_toxicity)
