"""``rasd train ner`` and ``rasd eval ner``: the NER model's command line.

``rasd train ner --data FILE...`` trains a CRF model (dev split = the last
``--dev-fraction`` of the first file), writes it with its card and prints the dev scores.
``rasd eval ner FILE...`` scores named-entity recognition on CoNLL/BIO files: by default
through the full entity stage (:class:`rasd.entities.EntityLinker`, every ``name``
mention), with ``--tagger-only`` the CRF tagger alone. Both print strict and
clitic-insensitive scores (:func:`rasd.evaluation.ner.clitic_free_start`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TextIO

from rasd.cli_output import EXIT_FAILURES, EXIT_OK
from rasd.errors import RasdError
from rasd.evaluation.ner import NerReport, Tagger, evaluate_sentences
from rasd.model import Span

log = logging.getLogger(__name__)


#: Entity-stage types as the NER corpora's types (GPE is a LOC there; a nationality or
#: other group name is MISC).
ENTITY_TO_NER: Final[dict[str, str]] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
}


@dataclass(frozen=True, slots=True)
class StageMention:
    """A predicted name mention from the entity stage, in the evaluator's terms."""

    span: Span
    type: str


class EntityStageTagger:
    """Runs the full entity stage on a text and returns every ``name`` and ``metonym``
    mention (a capital standing for its government is still a place name in the text).

    The stage gets a document from :func:`rasd.analysis.make_document` after the default
    pipeline's stages it depends on (found from ``requires``/``provides``) have run.
    """

    def __init__(self, linker: Any) -> None:
        from rasd.analysis import default_pipeline

        self.linker = linker
        self.before = _prerequisites(default_pipeline().stages, linker)

    def tag(self, text: str) -> list[StageMention]:
        from rasd.analysis import make_document
        from rasd.entities import NAME_KINDS

        doc = make_document(text)
        for stage in self.before:
            doc = stage(doc)
        doc = self.linker(doc)
        out: list[StageMention] = []
        for entity in doc.entities:
            label = ENTITY_TO_NER.get(str(entity.type), str(entity.type))
            for mention in entity.mentions:
                if mention.kind in NAME_KINDS:
                    out.append(StageMention(mention.span, label))
        return out


def _prerequisites(stages: Sequence[Any], linker: Any) -> list[Any]:
    """The stages (in pipeline order) that provide what ``linker`` needs, transitively;
    stages of the linker's own class are left out (it runs last, once)."""
    needed = set(getattr(linker, "requires", ()))
    chosen: list[Any] = []
    for stage in reversed(stages):
        if type(stage) is type(linker):
            continue
        if set(stage.provides) & needed:
            chosen.append(stage)
            needed |= set(stage.requires)
    return chosen[::-1]


def entity_stage(tagger: Any = None) -> Any | None:
    """A new ``EntityLinker`` using ``tagger`` (``None``: its default, the shipped model),
    or ``None`` when :mod:`rasd.entities` does not provide one."""
    try:
        module = importlib.import_module("rasd.entities")
        return module.EntityLinker(tagger=tagger)
    except (ImportError, AttributeError, TypeError) as exc:
        log.info("entity stage unavailable: %s", exc)
        return None


def cmd_train_ner(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.ner.train import train_ner

    try:
        report = train_ner(args.data, out_path=args.out, dev_fraction=args.dev_fraction,
                           seed=args.seed, c1=args.c1, c2=args.c2, max_iter=args.max_iter,
                           context=args.context, refit=args.refit, adapt=args.adapt,
                           name_dictionary=args.name_dictionary)
    except (RasdError, ValueError) as e:
        print(f"rasd: error: {e}", file=err)
        return EXIT_FAILURES
    card = report.card
    print(f"model: {report.model_path} ({card.model_bytes:,} bytes, "
          f"{card.train_seconds:.0f} s to train)", file=out)
    print(f"card:  {report.card_path}", file=out)
    for data in card.data:
        print(f"data:  {data.path}: {data.train_sentences} training sentences "
              f"({data.train_tokens} tokens), {data.dev_sentences} dev sentences "
              f"({data.dev_tokens} tokens)", file=out)
    if report.dev is not None:
        print(file=out)
        print(report.dev.table(), file=out)
    else:
        print("no dev split (--dev-fraction 0): no scores", file=out)
    return EXIT_OK


def cmd_eval_ner(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.ner.conll import read_conll, split_tail
    from rasd.ner.tagger import NerTagger

    tagger: Tagger
    try:
        ner = NerTagger.load(args.model)
    except (OSError, RasdError, ValueError) as e:
        print(f"rasd: error: cannot load the NER model: {e}", file=err)
        return EXIT_FAILURES
    linker = None if args.tagger_only else entity_stage(ner)
    if args.tagger_only:
        tagger, what = ner, f"the CRF tagger alone ({ner.model_path.name})"
    elif linker is None:
        tagger = ner
        what = (f"the CRF tagger alone ({ner.model_path.name}): the entity stage "
                "(rasd.entities.EntityLinker) is not available, falling back")
    else:
        tagger, what = EntityStageTagger(linker), "the full entity stage (EntityLinker)"
    print(f"scoring {what}", file=out)
    card = getattr(ner, "card", None)
    for path in args.files if card is not None else ():
        why = seen_in_training(card, path, args.dev_fraction)
        if why:
            print(f"warning: {why}; its scores are not held out", file=err)
    reports: list[NerReport] = []
    for path in args.files:
        try:
            sentences = read_conll(path)
        except RasdError as e:
            print(f"rasd: error: {e}", file=err)
            return EXIT_FAILURES
        source = str(path)
        if args.dev_fraction:
            _, sentences = split_tail(sentences, args.dev_fraction)
            source += f" (last {args.dev_fraction:.0%} of the sentences)"
        reports.append(evaluate_sentences(sentences, tagger, source=source,
                                          context=args.context))
    for report in reports:
        print(file=out)
        print(report.table(), file=out)
    return EXIT_OK


def seen_in_training(card: Any, path: Path, dev_fraction: float) -> str | None:
    """Why scores of a model with ``card`` on ``path`` (its last ``dev_fraction`` when not
    0) are not held out, or ``None`` when they are. Files are matched by name, as the card
    records them: the first file gave the dev block; a refit model, a model without a dev
    split and every other file saw all sentences."""
    names = [d.path for d in card.data]
    if path.name not in names:
        return None
    if card.params.get("refit") or card.dev_fraction == 0 or path.name != names[0]:
        return f"{path}: the model was trained on every sentence of it"
    if 0 < dev_fraction <= card.dev_fraction:
        return None
    return (f"{path}: the model was trained on all but its last {card.dev_fraction:.0%} "
            f"(score that part alone with --dev-fraction {card.dev_fraction})")


def _fraction(value: str) -> float:
    f = float(value)
    if not 0.0 <= f < 1.0:
        raise argparse.ArgumentTypeError(f"must be in [0, 1), got {value}")
    return f


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return n


def add_train_ner(train_sub: Any) -> None:
    """Register ``train ner`` on the ``train`` subparsers."""
    from rasd.ner.crf import DEFAULT_C1, DEFAULT_C2, DEFAULT_MAX_ITER
    from rasd.ner.doc import CONTEXT_SENTENCES
    from rasd.ner.train import DEFAULT_DEV_FRACTION, DEFAULT_SEED

    p = train_sub.add_parser("ner", help="train the CRF named-entity model on CoNLL files")
    p.add_argument("--data", nargs="+", required=True, type=Path,
                   help="CoNLL/BIO files; the dev split is cut from the first")
    p.add_argument("--dev-fraction", type=_fraction, default=DEFAULT_DEV_FRACTION,
                   help="last fraction of the first file held out for scoring (0: none)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--out", type=Path, default=Path("ner.crfsuite"),
                   help="model path; the card is written beside it as .json")
    p.add_argument("--c1", type=float, default=DEFAULT_C1, help="L1 regularisation")
    p.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 regularisation")
    p.add_argument("--max-iter", type=_positive, default=DEFAULT_MAX_ITER)
    p.add_argument("--context", type=_positive, default=CONTEXT_SENTENCES,
                   help="consecutive sentences joined into one text (document features)")
    p.add_argument("--refit", action="store_true",
                   help="after scoring the dev split, retrain on every sentence and write "
                        "that model (the card keeps the held-out scores)")
    p.add_argument("--adapt", action="store_true",
                   help="the files after the first are another domain: augment their "
                        "features (Daume 2007) rather than mix them in as they are")
    p.add_argument("--name-dictionary", action="store_true",
                   help="experiment: features saying which entity labels a word carried "
                        "in training, learnt out of fold, the dictionary written beside "
                        "the model (rasd.ner.dictionary)")
    p.set_defaults(func=cmd_train_ner)


def add_eval_ner(eval_sub: Any) -> None:
    """Register ``eval ner`` on the ``eval`` subparsers."""
    from rasd.ner.doc import CONTEXT_SENTENCES

    p = eval_sub.add_parser("ner", help="entity-level NER scores on CoNLL/BIO files")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--model", type=Path, help="NER model (default: the shipped one)")
    p.add_argument("--tagger-only", action="store_true",
                   help="score the CRF tagger alone, not the full entity stage")
    p.add_argument("--dev-fraction", type=_fraction, default=0.0,
                   help="score only the last fraction of each file's sentences")
    p.add_argument("--context", type=_positive, default=CONTEXT_SENTENCES,
                   help="consecutive sentences tagged together as one text (1: each alone)")
    p.set_defaults(func=cmd_eval_ner)
