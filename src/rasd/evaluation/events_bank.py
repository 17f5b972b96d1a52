"""The rules on text they were never tuned on: ``rasd eval events-bank``.

Every gold round is scored once by the rules of its day and then fixed, so today's rules on
it are in-sample. The blind bank (:mod:`rasd.events.learned.filter_bank`) keeps what the rules
proposed on each round *before* anyone tuned on it; scoring those candidates against today's
gold (recodes included) gives, round after round, the honest figure for unseen news: the
learning curve of the rules, and per type where unseen text breaks them (precision of a type
whose words have other senses, recall of a type told in ever new words).

The candidates are the rules' alone (the bank is built with the filter off); the figure is
the rules' as they stood before each round, not today's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rasd.evaluation.events import match_events
from rasd.evaluation.events_gold import GoldPassage
from rasd.evaluation.report import PRF
from rasd.events.learned.filter_bank import BankPassage

#: Rounds pooled per line of the curve: one round (30 passages, ~130 events) moves by
#: ±3 points on its own; five rounds hold ~650 events, enough to see a trend.
ROUNDS_PER_LINE = 5


@dataclass(frozen=True, slots=True)
class RoundScore:
    """One banked round: its id range, passages and the pre-round rules' counts."""

    round: str
    passages: int
    prf: PRF


@dataclass(frozen=True, slots=True)
class BankReport:
    rounds: tuple[RoundScore, ...]
    #: type → counts over the chosen rounds (a gold event counts for its first-listed type,
    #: a spurious candidate for its own).
    types: Mapping[str, PRF] = field(default_factory=dict)

    @property
    def total(self) -> PRF:
        out = PRF()
        for r in self.rounds:
            out = out + r.prf
        return out


def round_start(name: str) -> int:
    """The first passage number of a round named ``ev-1521..ev-1550``."""
    head = name.split("..", 1)[0]
    digits = head.rpartition("-")[2]
    return int(digits) if digits.isdigit() else 0


def score_bank(bank: Sequence[BankPassage], gold: Mapping[str, GoldPassage],
               since: int = 0) -> BankReport:
    """Match each banked passage's candidates against its gold passage (the evaluation's own
    one-to-one matching), per round and per type; rounds starting before passage number
    ``since`` are left out."""
    per_round: dict[str, tuple[int, PRF]] = {}
    types: dict[str, PRF] = {}
    for b in bank:
        if round_start(b.round) < since or b.id not in gold:
            continue
        g = gold[b.id]
        matched = match_events(g.events, b.candidates)
        tp = len(matched)
        n, prf = per_round.get(b.round, (0, PRF()))
        per_round[b.round] = (n + 1, prf + PRF(tp, len(b.candidates) - tp, len(g.events) - tp))
        for gi, ev in enumerate(g.events):
            hit = PRF(1, 0, 0) if gi in matched else PRF(0, 0, 1)
            types[ev.types[0]] = types.get(ev.types[0], PRF()) + hit
        used = set(matched.values())
        for ci, c in enumerate(b.candidates):
            if ci not in used:
                types[c.type] = types.get(c.type, PRF()) + PRF(0, 1, 0)
    rounds = tuple(RoundScore(r, n, prf) for r, (n, prf)
                   in sorted(per_round.items(), key=lambda kv: round_start(kv[0])))
    return BankReport(rounds, dict(types))


def _row(label: str, prf: PRF, *extra: str) -> str:
    cells = [label, str(prf.tp + prf.fn), str(prf.tp + prf.fp), f"{prf.precision:.1%}",
             f"{prf.recall:.1%}", f"**{prf.f1:.1%}**", *extra]
    return "| " + " | ".join(cells) + " |"


def format_bank_report(report: BankReport, per_line: int = ROUNDS_PER_LINE) -> str:
    if not report.rounds:
        return "no banked round to score (build the bank with scripts/filter_bank.py)"
    lines = ["the rules before each round, on that round (blind bank, today's gold)", "",
             "| rounds | gold | predicted | P | R | F1 | F1 of each round |",
             "|---|---:|---:|---:|---:|---:|---|"]
    rs = report.rounds
    for i in range(0, len(rs), per_line):
        chunk = rs[i:i + per_line]
        tot = PRF()
        for r in chunk:
            tot = tot + r.prf
        label = f"{chunk[0].round.split('..')[0]}…{chunk[-1].round.split('..')[-1]}"
        each = ", ".join(f"{r.prf.f1:.0%}" for r in chunk)
        lines.append(_row(label, tot, each))
    passages = sum(r.passages for r in rs)
    lines.append(_row(f"all ({len(rs)} rounds, {passages} passages)", report.total, ""))
    lines += ["", "| type | gold | predicted | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    by_errors = sorted(report.types.items(), key=lambda kv: -(kv[1].fp + kv[1].fn))
    lines += [_row(t, prf) for t, prf in by_errors]
    return "\n".join(lines)
