"""What a candidate's neighbours on the page say about it, for the candidate filter.

:mod:`rasd.events.learned.filter_features` describes each proposed event on its own; the
filter's largest class of false positives on unseen rounds is not a lone misreading but an
act the page tells again — the headline's strike retold by the lead, a toll restated in a
later paragraph, two words of one attack read as two attacks (the blind bank, 56 rounds:
663 of 1,708 spurious candidates share their type with a matched candidate of the same
passage). Whether a candidate is such a retelling shows in the other candidates: is it the
first of its type, how far is the last one, does it repeat its trigger, does it bring a
toll of its own. :func:`with_relations` adds those attributes, computed from what every
candidate carries — type, trigger and evidence offsets and the filter attributes — so they
are the same for today's rules' events and for the bank's stored rows of older rules.

:func:`guarded` names the candidates the filter must keep whatever their score: the first
candidate of its type on the page that carries a death or injury toll. A toll is what an
analyst reads a report for, and on the bank such candidates are right far more often than
the rest (82%: 470 of 572 tolled candidates match a gold event); guarding the first of each
type cost no F1 at any threshold over two leave-rounds-out seeds (docs/quality.md) while it
stops the filter from trading a report's only toll for a point of precision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # annotations only: the evaluation package stays out of the pipeline
    from rasd.evaluation.events import Matchable as Candidate

#: Gaps (characters between the previous same-type trigger's end and this trigger's start)
#: that separate "the same clause or the next" from "the same paragraph" from "further on":
#: an Arabic news sentence runs 80-300 characters.
NEAR_GAP: Final = 80
MID_GAP: Final = 300
#: Same-type neighbour counts above this are pooled (a live page lists many strikes).
MAX_SAME: Final = 3
#: The filter attributes saying a candidate carries a toll (filter_features' has_… rows).
TOLL_ATTRS: Final = ("has_killed=True", "has_injured=True")
_ARREST_ATTR: Final = "has_arrested=True"


def _gap_class(gap: int) -> str:
    return "0" if gap < NEAR_GAP else "1" if gap < MID_GAP else "2"


def _trigger_words(row: dict[str, float]) -> str:
    return next((a for a in row if a.startswith("trig=")), "")


def _tolled(row: dict[str, float]) -> bool:
    return any(row.get(a) for a in TOLL_ATTRS)


def relations(events: Sequence[Candidate], rows: Sequence[dict[str, float]]
              ) -> list[dict[str, float]]:
    """The relation attributes of each candidate (same order as ``events``), each also
    conjoined with the candidate's type as filter_features conjoins where a candidate
    stands: a second ASSAULT in a paragraph is a retelling more often than a second REQUEST."""
    n = len(events)
    order = sorted(range(n), key=lambda i: (events[i].trigger.start, i))
    trig = [_trigger_words(r) for r in rows]
    toll = [_tolled(r) or bool(r.get(_ARREST_ATTR)) for r in rows]
    title = [bool(r.get("where=title")) for r in rows]
    out: list[dict[str, float]] = [{} for _ in range(n)]
    for pos, i in enumerate(order):
        e, f = events[i], out[i]
        same = [j for j in order if j != i and events[j].type == e.type]
        earlier = [j for j in order[:pos] if events[j].type == e.type]
        f[f"rel_n={min(len(same), MAX_SAME)}"] = 1.0
        if earlier:
            last = events[earlier[-1]]
            f["rel_gap=" + _gap_class(e.trigger.start - last.trigger.end)] = 1.0
            if any(trig[k] == trig[i] for k in earlier):
                f["rel_same_trig"] = 1.0
            told = any(toll[k] for k in earlier)
            if toll[i]:
                f["rel_toll=" + ("again" if told else "new")] = 1.0
            elif told:
                f["rel_toll=before"] = 1.0
            if not title[i] and any(title[k] for k in earlier):
                f["rel_after_title"] = 1.0
        sentence = e.evidence[0]
        if any(events[j].evidence[0] == sentence for j in same):
            f["rel_same_sent"] = 1.0
        for j in range(n):
            other = events[j]
            if j == i or other.type == e.type:
                continue
            if other.trigger.start < e.trigger.end and e.trigger.start < other.trigger.end:
                f["rel_cotrig=" + other.type] = 1.0
            elif other.evidence[0] == sentence:
                f["rel_cosent=" + other.type] = 1.0
        for name in list(f):
            f[f"{e.type}|{name}"] = 1.0
    return out


def with_relations(events: Sequence[Candidate], rows: Sequence[dict[str, float]]
                   ) -> list[dict[str, float]]:
    """``rows`` (the candidates' own attributes) each extended by its relations."""
    return [{**row, **rel} for row, rel in zip(rows, relations(events, rows), strict=True)]


def guarded(events: Sequence[Candidate], rows: Sequence[dict[str, float]]) -> list[bool]:
    """Which candidates the filter keeps whatever their score: the first (in text order) of
    each type that carries a death or injury toll."""
    first: dict[str, int] = {}
    for i in sorted(range(len(events)), key=lambda i: (events[i].trigger.start, i)):
        if _tolled(rows[i]):
            first.setdefault(events[i].type, i)
    keep = set(first.values())
    return [i in keep for i in range(len(events))]
