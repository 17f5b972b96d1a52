"""Training the event candidate filter (``rasd train events``).

1. Every dev gold passage is analysed with the filter off; each proposed event is labelled
   ``keep`` when the evaluation's matching (:func:`rasd.evaluation.events.match_events`:
   one-to-one, same type, overlapping evidence) pairs it with a gold event, else ``drop``.
   The test split is never read. The dev articles of the real-news audit
   (:func:`rasd.evaluation.events_audit.audit_passages`: random news pages whose every
   candidate a person judged) join them as passages whose gold events are the candidates
   judged right, so the filter also learns the op-ed, sermon and market-page readings that
   written passages lack.
2. Rows of the passages the rules were not tuned on (``fresh``: the latest rounds and the
   audit articles) are repeated
   ``fresh_weight`` times: their false positives are the kind unseen news has, while the
   tuned passages' few remaining ones are the rules' hard leftovers.
3. Passage-grouped k-fold cross-validation (a passage's candidates stay in one fold, so
   retellings of one act do not leak), repeated with :data:`CV_REPEATS` fold seeds: each
   fold is scored by a model trained on the others, and the matching is re-run on what a
   threshold keeps. The drop threshold is the value of a 0.05 grid from 0.5 (only confident
   drops) with the best mean F1 on the fresh passages, among those that keep the whole dev
   set's recall within :data:`MAX_RECALL_LOSS` of the rules' and its F1 at least theirs;
   no such value means the filter does not help and the threshold is 1.0 (nothing dropped).
   The first candidate of each type carrying a toll is kept at every threshold
   (:func:`rasd.events.learned.filter_relations.guarded`), in the scoring as in use.
4. The blind bank (:mod:`rasd.events.learned.filter_bank`: each fresh round's candidates as the
   rules made them *before* they were tuned on it) joins as rows of weight ``bank_weight``,
   relabelled by the matching against today's gold; a bank passage shares its fold with
   the gold passage it was made from. With a bank, the threshold is chosen on the bank's
   out-of-fold F1 — the rules on text they had never seen — instead of the fresh
   passages'. Measured leaving whole rounds out (``scripts/filter_bank_cv.py``: 40 rounds,
   5,016 candidates, two fold seeds; docs/quality.md "The blind bank"): F1 of the pre-round
   rules' candidates 76.9%, filtered at 0.85 by a model trained without the bank 78.2%,
   with it 79.1%.
5. The shipped model is retrained on all dev rows with the same parameters and written with
   its card. CRFsuite's L-BFGS is deterministic and the folds come from a seeded shuffle of
   the passage ids, so the same gold file and seed give the same model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import pycrfsuite  # type: ignore[import-untyped]

from rasd.evaluation.events import Analyzer, Matchable, default_analyzer, match_events
from rasd.evaluation.events_gold import GoldPassage
from rasd.evaluation.report import PRF
from rasd.events.learned.candidate_filter import DROP, KEEP, CandidateFilter, filter_disabled
from rasd.events.learned.filter_bank import BankPassage
from rasd.events.learned.filter_features import FEATURE_VERSION, candidate_features
from rasd.events.learned.filter_relations import guarded, with_relations

log = logging.getLogger(__name__)

SEED: Final = 7
FOLDS: Final = 5
#: L2 regularisation and the fresh rows' weight, chosen by the repeated cross-validation
#: (fresh-passage F1 at the chosen threshold, means of 10 repeats): c2 0.3 / weight 3 0.737,
#: c2 1.0 / 3 0.727, c2 3.0 / 3 0.721, c2 1.0 / 1 0.721 (rules alone 0.689).
DEFAULT_C2: Final = 0.3
DEFAULT_MAX_ITER: Final = 200
#: Cross-validation repeats (fold seeds seed, seed+1 ...): with a few hundred passages one
#: fold split moves the F1 of a threshold by +-1 point (fresh passages: +-3), so the
#: threshold is chosen on the mean of several splits.
CV_REPEATS: Final = 10
#: How many times a fresh passage's rows count (see the module docstring). 1 with the bank,
#: which now carries the out-of-sample false positives. Held-out rounds' F1 at threshold
#: 0.85 (an exploratory harness of scripts/filter_bank_cv.py with labels not re-matched;
#: 40 rounds left out in 5 groups, two fold seeds; docs/quality.md "The blind bank"): no
#: bank 77.87% (rules 76.91%); bank weight 1 / 3 / 5 with fresh weight 3: 78.43 / 78.55 /
#: 78.62%; bank 3, fresh 1: 78.68%; bank 8, fresh 1: 78.78%; the bank alone without the
#: gold rows 78.34%; c2 1.0 78.53%, 0.1 78.64% — within a fold split's noise of each other.
DEFAULT_FRESH_WEIGHT: Final = 1
#: How many times a bank row counts (above).
DEFAULT_BANK_WEIGHT: Final = 3
#: Precision must not be bought with much recall: the whole dev set's micro-recall may fall
#: by at most this much (absolute) at the chosen threshold. 0.02 while the training rows were
#: the gold passages alone; with the real-news audit's articles among them (two thirds of the
#: rules' candidates on real pages are no event) a 0.02 bound admits no threshold at all, and
#: the fresh-F1 optimum (0.70) drops a sixth of dev recall. 0.06 keeps most true events.
MAX_RECALL_LOSS: Final = 0.06
#: Grid values whose F1 is within this much (absolute) of the best count as tied, and the
#: highest of them (the filter dropping the fewest events) is chosen: recall is the weak
#: side on unseen news (blind test 2026-12-04 (12): P 0.843, R 0.761), and a quarter point
#: is a quarter of what one fold split moves a threshold's F1 (CV_REPEATS). Added after the
#: seed acceptance test (tests/events/test_seed.py) lost an event at the 0.75 the strict
#: maximum picked over a flat grid (fresh F1 0.8308 at 0.75, 0.8294 at 0.85). Widened to half
#: a point in 2026-12-05 (19), when the blind bank judges: its out-of-fold F1 over the grid is
#: flatter still (79.3-79.7% from 0.50 to 0.85) and one leave-rounds-out seed or setting moves
#: it by 0.3-0.7 points, while the strict quarter point picked 0.80, where the seed's
#: Interior-Ministry toll (P(drop) 0.82) was dropped. Widened to three quarters of a point in
#: 2026-12-05 (20), the upper end of that same seed-to-seed spread: over 46 rounds the bank's
#: grid ran 79.8% flat from 0.50 to 0.70 and 79.4 / 79.1% at 0.85 / 0.90, and the half point
#: picked 0.85, where the retrained model dropped that toll again (P(drop) 0.86-0.89).
#: Back to a quarter point in 2026-12-05 (24): the filter no longer drops a type's first toll
#: on a page (filter_relations.guarded, neutral on the bank), so the seed's toll no longer
#: pulls the threshold up, and the widened tolerance had been costing the bank 0.8 points
#: (79.1% at the chosen 0.95 against 79.9% at 0.60-0.65, leave-rounds-out).
TIE_TOLERANCE: Final = 0.0025
#: Thresholds tried: only confident drops (the model's P(drop) of at least one half).
GRID: Final = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
#: Attributes seen in fewer rows than this are dropped by CRFsuite (``feature.minfreq``).
MIN_FREQ: Final = 1


@dataclass(frozen=True, slots=True)
class Labelled:
    """The candidates of one passage with their attributes and labels."""

    passage: GoldPassage
    events: tuple[Matchable, ...]
    attrs: tuple[dict[str, float], ...]
    keep: tuple[bool, ...]
    fresh: bool
    #: A blind-bank passage (the candidates of older rules), not today's rules' output.
    bank: bool = False


@dataclass(frozen=True, slots=True)
class Micro:
    """Micro precision, recall and F1 (means over cross-validation repeats)."""

    precision: float
    recall: float
    f1: float

    @staticmethod
    def mean(prfs: Sequence[PRF]) -> Micro:
        n = len(prfs)
        return Micro(sum(p.precision for p in prfs) / n, sum(p.recall for p in prfs) / n,
                     sum(p.f1 for p in prfs) / n)


@dataclass(frozen=True, slots=True)
class Scored:
    threshold: float
    all: Micro
    fresh: Micro
    #: The blind bank's passages (zeros without a bank).
    bank: Micro = Micro(0.0, 0.0, 0.0)


def label(passages: Sequence[GoldPassage], fresh: frozenset[str],
          analyzer: Analyzer | None = None) -> list[Labelled]:
    """The rules' candidates of every passage (filter off), labelled by the eval matching."""
    run = analyzer or default_analyzer
    out: list[Labelled] = []
    with filter_disabled():
        for p in passages:
            doc = run(p.text, p.published)
            events = tuple(doc.events)
            matched = set(match_events(p.events, events).values())
            attrs = with_relations(events, candidate_features(doc, events))
            out.append(Labelled(p, events, tuple(attrs),
                                tuple(i in matched for i in range(len(events))),
                                p.id in fresh))
    return out


def label_bank(bank: Sequence[BankPassage], gold: Mapping[str, GoldPassage]) -> list[Labelled]:
    """The bank's candidates labelled by today's matching against today's gold."""
    out: list[Labelled] = []
    for b in bank:
        p = gold[b.id]
        matched = set(match_events(p.events, b.candidates).values())
        attrs = with_relations(b.candidates, [c.attributes() for c in b.candidates])
        out.append(Labelled(p, b.candidates, tuple(attrs),
                            tuple(i in matched for i in range(len(b.candidates))),
                            fresh=False, bank=True))
    return out


def grouped_folds(items: Sequence[Labelled], folds: int, seed: int) -> list[list[int]]:
    """Item indices split into ``folds`` groups by passage (a seeded shuffle of the passage
    ids, then round robin): a passage's bank item and its gold item share a fold."""
    ids = list(dict.fromkeys(x.passage.id for x in items))
    random.Random(seed).shuffle(ids)
    fold_of = {pid: k % folds for k, pid in enumerate(ids)}
    return [[i for i, x in enumerate(items) if fold_of[x.passage.id] == k]
            for k in range(folds)]


def fit(items: Sequence[Labelled], out_path: Path, *, c2: float, max_iter: int,
        fresh_weight: int, bank_weight: int = DEFAULT_BANK_WEIGHT) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for item in items:
        weight = bank_weight if item.bank else fresh_weight if item.fresh else 1
        for attrs, keep in zip(item.attrs, item.keep, strict=True):
            # sorted: CRFsuite numbers attributes by first sight (reproducible files)
            for _ in range(weight):
                trainer.append([dict(sorted(attrs.items()))], [KEEP if keep else DROP])
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": max_iter,
                        "feature.minfreq": MIN_FREQ})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))


def _drop_scores(model: Path, items: Sequence[Labelled]) -> list[list[float]]:
    flt = CandidateFilter(model, threshold=1.0)
    return [flt.scores_of(item.attrs) for item in items]


def oof_scores(items: Sequence[Labelled], *, folds: int, seed: int, c2: float,
               max_iter: int, fresh_weight: int,
               bank_weight: int = DEFAULT_BANK_WEIGHT) -> list[list[float]]:
    """P(drop) of every candidate by a model that did not see its passage."""
    out: list[list[float]] = [[] for _ in items]
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(grouped_folds(items, folds, seed)):
            held = set(fold)
            model = Path(tmp) / f"fold{k}.crfsuite"
            fit([x for i, x in enumerate(items) if i not in held], model, c2=c2,
                max_iter=max_iter, fresh_weight=fresh_weight, bank_weight=bank_weight)
            for i, s in zip(fold, _drop_scores(model, [items[i] for i in fold]),
                            strict=True):
                out[i] = s
    return out


def _counts(items: Sequence[Labelled], guards: Sequence[Sequence[bool]],
            scores: Sequence[Sequence[float]], threshold: float) -> tuple[PRF, PRF, PRF]:
    """(today's rules on every dev passage, on the fresh ones, the bank's old rules)."""
    total, fresh, bank = PRF(), PRF(), PRF()
    for item, g_item, s in zip(items, guards, scores, strict=True):
        kept = [e for e, x, g in zip(item.events, s, g_item, strict=True)
                if g or x < threshold]
        tp = len(match_events(item.passage.events, kept))
        prf = PRF(tp, len(kept) - tp, len(item.passage.events) - tp)
        if item.bank:
            bank = bank + prf
            continue
        total = total + prf
        if item.fresh:
            fresh = fresh + prf
    return total, fresh, bank


def score_at(items: Sequence[Labelled], repeats: Sequence[Sequence[Sequence[float]]],
             threshold: float) -> Scored:
    """Micro P/R/F1 when candidates scored at or above ``threshold`` are dropped (the
    matching re-run on what is left), over all passages and over the fresh ones; means over
    the cross-validation repeats."""
    guards = [guarded(x.events, x.attrs) for x in items]  # the same at every repeat
    runs = [_counts(items, guards, scores, threshold) for scores in repeats]
    return Scored(threshold, Micro.mean([a for a, _, _ in runs]),
                  Micro.mean([b for _, b, _ in runs]), Micro.mean([c for _, _, c in runs]))


def choose_threshold(items: Sequence[Labelled],
                     repeats: Sequence[Sequence[Sequence[float]]]) -> tuple[Scored, Scored]:
    """(the rules alone, the chosen threshold's scores): among the grid values that keep the
    whole dev set's recall within :data:`MAX_RECALL_LOSS` and its F1 at least the rules' own,
    the highest whose out-of-sample F1 (the blind bank's; without a bank the fresh
    passages'; with neither the whole dev F1) is within :data:`TIE_TOLERANCE` of the best.
    None better than the rules: threshold 1.0."""
    base, grid = score_at(items, repeats, 2.0), [score_at(items, repeats, t) for t in GRID]
    return base, pick_threshold(base, grid, _judge(items))


def _judge(items: Sequence[Labelled]) -> str:
    """Whose F1 chooses the threshold: the blind bank's, else the fresh passages', else all."""
    return "bank" if any(x.bank for x in items) else (
        "fresh" if any(x.fresh for x in items) else "all")


def pick_threshold(base: Scored, grid: Sequence[Scored], judge: str) -> Scored:
    """The rule of :func:`choose_threshold` over already scored grid values; ``judge`` names
    the F1 that decides: ``"bank"``, ``"fresh"`` or ``"all"``."""
    if judge not in ("bank", "fresh", "all"):
        raise ValueError(f"unknown judge {judge!r}")

    def f1(s: Scored) -> float:
        m: Micro = getattr(s, judge)
        return m.f1

    admitted = [s for s in grid
                if s.all.recall >= base.all.recall - MAX_RECALL_LOSS and s.all.f1 >= base.all.f1
                and f1(s) > f1(base)]
    if not admitted:
        return Scored(1.0, base.all, base.fresh, base.bank)
    top = max(f1(s) for s in admitted)
    return max((s for s in admitted if f1(s) >= top - TIE_TOLERANCE), key=lambda s: s.threshold)


@dataclass(frozen=True, slots=True)
class TrainReport:
    model_path: Path
    card_path: Path
    rows: int
    base: Scored
    chosen: Scored
    grid: tuple[Scored, ...]


def train_events(passages: Sequence[GoldPassage], fresh: frozenset[str], out_path: Path,
                 *, seed: int = SEED, folds: int = FOLDS, c2: float = DEFAULT_C2,
                 max_iter: int = DEFAULT_MAX_ITER,
                 fresh_weight: int = DEFAULT_FRESH_WEIGHT, cv_repeats: int = CV_REPEATS,
                 analyzer: Analyzer | None = None,
                 sources: Mapping[str, object] | None = None,
                 bank: Sequence[BankPassage] = (),
                 bank_weight: int = DEFAULT_BANK_WEIGHT) -> TrainReport:
    """Label, cross-validate, choose the threshold, train and write model and card."""
    t0 = time.perf_counter()
    dev = [p for p in passages if p.split == "dev"]
    by_id = {p.id: p for p in dev}
    usable = [b for b in bank if b.id in by_id]
    if len(usable) < len(bank):
        log.warning("%d bank passages are not among the training passages; left out",
                    len(bank) - len(usable))
    items = label(dev, fresh, analyzer) + label_bank(usable, by_id)
    params = {"c2": c2, "max_iter": max_iter, "fresh_weight": fresh_weight,
              "bank_weight": bank_weight}
    repeats = [oof_scores(items, folds=folds, seed=seed + r, c2=c2, max_iter=max_iter,
                          fresh_weight=fresh_weight, bank_weight=bank_weight)
               for r in range(cv_repeats)]
    # the grid scored once, for the choice and for the card (choose_threshold's rule)
    base = score_at(items, repeats, 2.0)
    grid = tuple(score_at(items, repeats, t) for t in GRID)
    chosen = pick_threshold(base, grid, _judge(items))
    log.info("rules %.4f, filter at %.2f %.4f (out-of-fold micro-F1)", base.all.f1,
             chosen.threshold, chosen.all.f1)
    fit(items, out_path, c2=c2, max_iter=max_iter, fresh_weight=fresh_weight,
        bank_weight=bank_weight)
    gold_items = [x for x in items if not x.bank]
    rows = sum(len(x.events) for x in gold_items)
    card_path = out_path.with_suffix(".json")
    card = {
        "model_file": out_path.name,
        "sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(),
        "created": date.today().isoformat(),
        "feature_version": FEATURE_VERSION,
        "kind": "maximum entropy (CRFsuite L-BFGS on one-item sequences): keep/drop of "
                "each event the rules propose",
        "labels": [KEEP, DROP],
        "threshold": chosen.threshold,
        "threshold_rule": f"the {GRID[0]}-{GRID[-1]} grid value with the best blind-bank "
                          f"(without a bank: fresh-passage) micro-F1 (mean of {cv_repeats} "
                          f"passage-grouped {folds}-fold "
                          f"cross-validations of the dev passages, matching re-run on what "
                          f"is kept) among those keeping the whole dev recall within "
                          f"{MAX_RECALL_LOSS} of the rules' and its F1 at least theirs, the "
                          f"highest of those within {TIE_TOLERANCE} of that best; "
                          "1.0 = no gain (nothing dropped); the test split is not read; "
                          "the first candidate of each type with a death or injury toll "
                          "is kept whatever its score",
        "seed": seed,
        "params": {**params, "folds": folds, "cv_repeats": cv_repeats,
                   "min_freq": MIN_FREQ},
        "sources": dict(sources or {}),
        "data": {"passages": len(gold_items), "candidates": rows,
                 "keep": sum(sum(x.keep) for x in gold_items),
                 "fresh_passages": sum(x.fresh for x in gold_items),
                 "bank_passages": len(usable),
                 "bank_candidates": sum(len(x.events) for x in items if x.bank),
                 "bank_keep": sum(sum(x.keep) for x in items if x.bank)},
        "cv": {"rules": _prf(base), "filter": _prf(chosen),
               "grid": {str(s.threshold): {"all_f1": round(s.all.f1, 4),
                                           "all_recall": round(s.all.recall, 4),
                                           "fresh_f1": round(s.fresh.f1, 4),
                                           "bank_f1": round(s.bank.f1, 4)} for s in grid}},
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return TrainReport(out_path, card_path, rows, base, chosen, grid)


def _prf(s: Scored) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, m in (("all", s.all), ("fresh", s.fresh), ("bank", s.bank)):
        out.update({f"{name}_precision": round(m.precision, 4),
                    f"{name}_recall": round(m.recall, 4), f"{name}_f1": round(m.f1, 4)})
    return out
