"""``rasd eval events``: PLOVER events against the team's gold passages.

Matching rule (``tests/gold/events/README.md`` states it for annotators):

* A predicted event *matches* a gold event when its type is one of the gold event's accepted
  types and its trigger or one of its evidence spans overlaps (shares at least one character
  with) an occurrence of one of the gold evidence strings in the passage.
* Matching is one-to-one: a gold event is matched by at most one predicted event and a
  predicted event matches at most one gold event. Among the possible pairings the largest is
  taken (augmenting paths), trying trigger overlaps before evidence-only overlaps.
* Matched pairs are true positives of the predicted type; unmatched gold events are false
  negatives of their first accepted type; unmatched predictions are false positives.
  Negated, future and hypothetical events are events on both sides (their flags are scored
  as attributes), so an extractor that drops them loses recall.

Attributes are scored over matched pairs only (so they measure argument quality, not
detection). A gold ``null`` is an assertion for the casualty counts and the flags (the
prediction must be null / false too) and for ``date`` means "the text states no date": a
prediction with no date or dated only by the publication date (``date_basis`` ``published``)
is right and *not annotated* for ``mode``, ``place``,
``country`` and ``actor_country`` (not scored): a place or country the text does not state may
still be right when rasd takes it from the document.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol, get_args

from rasd.evaluation.events_gold import COUNT_KINDS, GoldCount, GoldEvent, GoldPassage
from rasd.evaluation.report import PRF, CaseFailure, failure_lines, prf_cells
from rasd.model import Document, Event, EventType, Span

log = logging.getLogger(__name__)

#: Gold speaker/actor names whose KB ids are remembered: a gold file names a few hundred.
GOLD_NAMES_CACHE = 4096

#: Runs rasd on a passage: ``(text, published) -> Document``. Tests pass a fake.
Analyzer = Callable[[str, date | None], Document]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
ATTRIBUTES = ("mode", "date", "country", "place", "casualties", "actor_country", "actor",
              "negated", "denied", "future", "hypothetical")


def default_analyzer(text: str, published: date | None) -> Document:
    from rasd.analysis import analyze

    return analyze(text, published=published)


def cached_analyzer(run: Analyzer | None = None) -> Analyzer:
    """``run`` (default: rasd) remembering its documents, so that scoring several splits
    that share passages analyses each passage once."""
    base = run or default_analyzer
    memo: dict[tuple[str, date | None], Document] = {}

    def analyse(text: str, published: date | None) -> Document:
        key = (text, published)
        if key not in memo:
            memo[key] = base(text, published)
        return memo[key]

    return analyse


@dataclass(frozen=True, slots=True)
class AttributeScore:
    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class EventsReport:
    """Per-type detection, micro and macro F1, and attribute accuracy on one split."""

    split: str
    passages: int
    per_type: tuple[tuple[str, PRF], ...]
    attributes: tuple[AttributeScore, ...]
    failures: tuple[CaseFailure, ...] = ()

    @property
    def micro(self) -> PRF:
        total = PRF()
        for _, prf in self.per_type:
            total = total + prf
        return total

    @property
    def macro_f1(self) -> float:
        scored = [prf.f1 for _, prf in self.per_type if prf.tp + prf.fp + prf.fn]
        return sum(scored) / len(scored) if scored else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Matchable(Protocol):
    """What the matching reads of a predicted event: an :class:`~rasd.model.Event`, or a
    candidate of the filter's blind bank (:mod:`rasd.events.learned.filter_bank`)."""

    @property
    def type(self) -> str: ...

    @property
    def trigger(self) -> Span: ...

    @property
    def evidence(self) -> Sequence[Span]: ...


def _candidates(g: GoldEvent, events: Sequence[Matchable]) -> list[int]:
    """Indices of predictions that may match ``g``: trigger overlaps first."""
    first: list[int] = []
    second: list[int] = []
    for i, e in enumerate(events):
        if e.type not in g.types:
            continue
        if any(_overlaps((e.trigger.start, e.trigger.end), s) for s in g.spans):
            first.append(i)
        elif any(_overlaps((sp.start, sp.end), s) for sp in e.evidence for s in g.spans):
            second.append(i)
    return first + second


def match_events(gold: Sequence[GoldEvent], events: Sequence[Matchable]) -> dict[int, int]:
    """A largest one-to-one matching ``{gold index: predicted index}`` (Kuhn's algorithm;
    passages have a handful of events, so its quadratic cost does not matter)."""
    edges = [_candidates(g, events) for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


@lru_cache(maxsize=GOLD_NAMES_CACHE)
def _kb_ids(name: str) -> frozenset[str]:
    from rasd.kb import KnowledgeBase

    return frozenset(e.kb_id for e in KnowledgeBase.load().lookup(name))


def _place_ok(gold: str, e: Event) -> bool:
    p = e.place
    if p is None:
        return False
    if p.span is not None and gold in p.span.text:
        return True
    return p.kb_id is not None and p.kb_id in _kb_ids(gold)


def _actor_ok(gold: str, got: str | None) -> bool:
    """The predicted actor names the gold one: either phrase holds the other (the gold's
    `قوة من إدارة مكافحة المخدرات` for rasd's `إدارة مكافحة المخدرات`, or rasd's longer
    `الرئيس الكازاخي قاسم جومارت توكاييف` for the gold's name). A country alone is scored by
    ``actor_country``; this says whether rasd picked the right party, not the victim or the
    dateline's city."""
    return got is not None and (got in gold or gold in got)


def _count_ok(gold: GoldCount | None, got: object) -> bool:
    if gold is None:
        return got is None
    return got is not None and (getattr(got, "min", None), getattr(got, "max", None)) == (
        gold.min, gold.max)


def attribute_checks(g: GoldEvent, e: Event) -> dict[str, tuple[bool, str, str]]:
    """``{attribute: (correct, expected, got)}`` for the attributes the gold event scores."""
    out: dict[str, tuple[bool, str, str]] = {}
    if g.mode is not None:
        out["mode"] = (e.mode == g.mode, g.mode, str(e.mode))
    got_date = e.date.isoformat() if e.date is not None else None
    if g.date is None:
        # "the text states no date": rasd's fallback to the publication date says the same
        date_ok = got_date is None or e.date_basis == "published"
    else:
        date_ok = got_date is not None and (
            got_date == g.date or got_date.startswith(g.date + "-"))
    out["date"] = (date_ok, str(g.date), f"{got_date} ({e.date_basis})" if got_date else "None")
    if g.country is not None:
        out["country"] = (e.country == g.country, g.country, str(e.country))
    if g.place is not None:
        got = e.place.span.text if e.place and e.place.span else (
            e.place.name_en if e.place else None)
        out["place"] = (_place_ok(g.place, e), g.place, str(got))
    counts = [(k, getattr(g, k), getattr(e, k)) for k in COUNT_KINDS]
    out["casualties"] = (
        all(_count_ok(gc, ec) for _, gc, ec in counts),
        " ".join(f"{k}={_fmt_count(gc)}" for k, gc, _ in counts),
        " ".join(f"{k}={_fmt_count(ec)}" for k, _, ec in counts))
    if g.actor_country is not None:
        got_country = e.actor.country if e.actor else None
        out["actor_country"] = (got_country == g.actor_country, g.actor_country,
                                str(got_country))
    if g.actor is not None:
        got_actor = e.actor.span.text if e.actor else None
        out["actor"] = (_actor_ok(g.actor, got_actor), g.actor, str(got_actor))
    for flag, value in g.flags:
        got_flag = bool(getattr(e, flag))
        out[flag] = (got_flag == value, str(value), str(got_flag))
    return out


def _fmt_count(c: object) -> str:
    if c is None:
        return "-"
    lo, hi = getattr(c, "min", None), getattr(c, "max", None)
    return str(lo) if lo == hi else f"{lo}..{hi}"


def _describe(e: Event) -> str:
    return f"{e.type}/{e.mode or '-'} «{e.trigger.text}»"


def evaluate_events(passages: Sequence[GoldPassage], split: str = "all",
                    analyzer: Analyzer | None = None) -> EventsReport:
    """Score rasd (or ``analyzer``) on the passages of ``split`` (``all``: every one)."""
    run = analyzer or default_analyzer
    chosen = [p for p in passages if split == "all" or p.split == split]
    counts: dict[str, Counter[str]] = {}
    attr_ok: Counter[str] = Counter()
    attr_n: Counter[str] = Counter()
    failures: list[CaseFailure] = []

    def bump(t: str, kind: str) -> None:
        counts.setdefault(t, Counter())[kind] += 1

    for p in chosen:
        doc = run(p.text, p.published)
        events = doc.events
        matched = match_events(p.events, events)
        for gi, g in enumerate(p.events):
            if gi not in matched:
                bump(g.types[0], "fn")
                failures.append(CaseFailure(p.id, " | ".join(g.evidence),
                                            f"{'/'.join(g.types)}/{g.mode or '-'}", "missed"))
                continue
            e = events[matched[gi]]
            bump(e.type, "tp")
            for name, (ok, want, got) in attribute_checks(g, e).items():
                attr_n[name] += 1
                attr_ok[name] += ok
                if not ok:
                    failures.append(CaseFailure(p.id, _describe(e), f"{name}={want}",
                                                f"{name}={got}"))
        used = set(matched.values())
        for pi, e in enumerate(events):
            if pi not in used:
                bump(e.type, "fp")
                failures.append(CaseFailure(p.id, _describe(e), "no such event", "spurious"))
    per_type = tuple(
        (t, PRF(counts.get(t, Counter())["tp"], counts.get(t, Counter())["fp"],
                counts.get(t, Counter())["fn"]))
        for t in EVENT_TYPES)
    attributes = tuple(AttributeScore(a, attr_ok[a], attr_n[a]) for a in ATTRIBUTES
                       if attr_n[a])
    return EventsReport(split, len(chosen), per_type, attributes, tuple(failures))


def format_events_report(reports: Sequence[EventsReport], *, max_failures: int = 60) -> str:
    """Markdown tables: detection per type and split, attribute accuracy, then the
    failures of the last report (at most ``max_failures``)."""
    lines = ["| type | split | gold | predicted | P | R | F1 |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r in reports:
        for t, prf in r.per_type:
            if prf.tp + prf.fp + prf.fn:
                lines.append(f"| {t} | {r.split} | {prf_cells(prf)}")
        lines.append(f"| **micro** | {r.split} ({r.passages} passages) | "
                     f"{prf_cells(r.micro, bold=True)}")
        lines.append(f"| macro F1 | {r.split} | | | | | {r.macro_f1:.1%} |")
    lines += ["", "| attribute (matched events) | split | scored | correct | accuracy |",
              "|---|---|---:|---:|---:|"]
    for r in reports:
        for a in r.attributes:
            lines.append(f"| {a.name} | {r.split} | {a.total} | {a.correct} | "
                         f"{a.accuracy:.1%} |")
    failures = list(reports[-1].failures) if reports else []
    lines += failure_lines(failures, max_failures, " — ")
    return "\n".join(lines)
