"""Does the blind bank help the event filter on text the rules never saw? Leave rounds out.

The 40 banked rounds are split into groups (a seeded shuffle); for each group, a filter is
trained without any row of its passages — neither today's candidates of them nor their bank
rows — and scores the group's *bank* candidates: what the rules proposed on those rounds
before they were tuned on them, the closest stand-in for unseen news. Printed: micro-F1 of
the held-out bank candidates (the matching re-run on what is kept) at each threshold, for a
filter trained as before the bank (``--bank-weight 0``) and with it.

    .venv/bin/python scripts/filter_bank_cv.py                     # 5 groups, seeds 11 12
    .venv/bin/python scripts/filter_bank_cv.py --variants 0:3,3:1,8:1   # bank:fresh weights

Reads the dev gold, the judged real-news articles (as ``rasd train events`` does) and the
bank; never the test split. About 10 minutes on two cores.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasd.cli_audit import DEFAULT_CORPUS, DEFAULT_JUDGMENTS  # noqa: E402
from rasd.cli_events import (  # noqa: E402
    DEFAULT_BANK,
    DEFAULT_FRESH,
    DEFAULT_GOLD,
    _audit_passages,
    _without_held_out,
)
from rasd.evaluation.events import match_events  # noqa: E402
from rasd.evaluation.events_gold import load_passages, parse_ids  # noqa: E402
from rasd.evaluation.report import PRF  # noqa: E402
from rasd.events.learned.candidate_filter import CandidateFilter  # noqa: E402
from rasd.events.learned.filter_bank import read_bank  # noqa: E402
from rasd.events.learned.filter_relations import guarded  # noqa: E402
from rasd.events.learned.filter_train import (  # noqa: E402
    DEFAULT_C2,
    DEFAULT_MAX_ITER,
    GRID,
    Labelled,
    fit,
    label,
    label_bank,
)


def held_out_scores(items: Sequence[Labelled], rounds: dict[str, str], groups: int, seed: int,
                    bank_weight: int, fresh_weight: int,
                    c2: float) -> list[tuple[Labelled, list[float]]]:
    """(bank item, P(drop) of its candidates) for every bank item, each by a model trained
    without its round group."""
    names = sorted(set(rounds.values()))
    random.Random(seed).shuffle(names)
    out: list[tuple[Labelled, list[float]]] = []
    for k in range(groups):
        held = set(names[k::groups])
        held_ids = {pid for pid, r in rounds.items() if r in held}
        train = [x for x in items if x.passage.id not in held_ids and (bank_weight or not x.bank)]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "m.crfsuite"
            fit(train, model, c2=c2, max_iter=DEFAULT_MAX_ITER, fresh_weight=fresh_weight,
                bank_weight=max(bank_weight, 1))
            flt = CandidateFilter(model, threshold=1.0)
            out += [(x, flt.scores_of(x.attrs)) for x in items
                    if x.bank and x.passage.id in held_ids]
    return out


def micro(scored: Sequence[tuple[Labelled, list[float]]], threshold: float) -> PRF:
    total = PRF()
    for item, s in scored:
        kept = [e for e, x, g in zip(item.events, s, guarded(item.events, item.attrs),
                                     strict=True) if g or x < threshold]
        tp = len(match_events(item.passage.events, kept))
        total = total + PRF(tp, len(kept) - tp, len(item.passage.events) - tp)
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--groups", type=int, default=5)
    ap.add_argument("--seeds", default="11,12")
    ap.add_argument("--variants", default="0:3,3:1", help="bank_weight:fresh_weight,...")
    ap.add_argument("--c2", type=float, default=DEFAULT_C2)
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    dev = _without_held_out(load_passages(REPO / DEFAULT_GOLD, "dev"), sys.stderr)
    audit = _audit_passages(REPO / DEFAULT_JUDGMENTS, REPO / DEFAULT_CORPUS)
    fresh = parse_ids(DEFAULT_FRESH) | {p.id for p in audit}
    by_id = {p.id: p for p in dev}
    bank = read_bank(REPO / DEFAULT_BANK, {p.id: p.text for p in dev})
    items = label([*dev, *audit], fresh) + label_bank(bank, by_id)
    rounds = {b.id: b.round for b in bank}
    print(f"{len(bank)} bank passages of {len(set(rounds.values()))} rounds; "
          f"{sum(len(x.events) for x in items if x.bank)} bank candidates")
    print("| bank:fresh weight | " + " | ".join(["rules", *map(str, GRID)]) + " |")
    print("|---|" + "---:|" * (len(GRID) + 1))
    for spec in args.variants.split(","):
        bw, fw = (int(v) for v in spec.split(":"))
        scored = [pair for seed in map(int, args.seeds.split(","))
                  for pair in held_out_scores(items, rounds, args.groups, seed, bw, fw, args.c2)]
        cells = [f"{micro(scored, t).f1:.2%}" for t in (2.0, *GRID)]
        print(f"| {bw}:{fw} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
