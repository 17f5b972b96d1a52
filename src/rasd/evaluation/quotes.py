"""Quotes and speakers against the gold passages (``tests/gold/events/passages.jsonl``).

Each passage is analysed with :func:`rasd.analysis.analyze` (its ``published`` date given)
and its quotes compared with the gold ``quotes`` (``speaker``, ``starts_with``, ``direct``)
and ``not_quotes``.

Matching rules:

* A gold quote is **found** by a predicted quote whose text, after trimming quote marks and
  space, starts with the gold ``starts_with`` (both compared after rasd's normalisation, so
  hamza and ta marbuta spellings do not matter). Each predicted quote matches at most one
  gold quote. Precision counts predicted quotes that match no gold quote as false; recall
  counts gold quotes that no prediction matches. The direct/indirect scores split gold
  quotes by their ``direct`` flag and predictions by theirs.
* A found quote's **speaker** is right when the gold speaker string and one of the
  predicted speaker's strings contain one another (normalised): the speaker span's text,
  or any mention of the entity whose span or a mention equals the speaker span (so a
  speaker linked to ``نيد برايس`` is right for gold ``برايس``, and ``المنظمة`` for the
  organisation's full name).
* A **not_quotes violation** is a predicted quote whose trimmed text equals or starts with
  a ``not_quotes`` string (a scare quote or quoted name taken for speech).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rasd.evaluation.report import PRF
from rasd.model import Document, Quote
from rasd.text.normalize import normalize_key

_MARKS = "\"'«»“”„‹›  \t\n.،,"


@dataclass(frozen=True, slots=True)
class QuoteMiss:
    """A gold quote not found, a prediction matching nothing, or a wrong speaker."""

    passage: str
    kind: str  # "missed", "spurious", "speaker", "not_quote"
    expected: str
    got: str


@dataclass(slots=True)
class SplitReport:
    """Scores for one split (dev or test)."""

    split: str
    passages: int = 0
    all: PRF = field(default_factory=PRF)
    direct: PRF = field(default_factory=PRF)
    indirect: PRF = field(default_factory=PRF)
    speaker_right: int = 0
    not_quotes: int = 0
    violations: int = 0
    misses: list[QuoteMiss] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.all.tp if self.all.tp else 0.0


@dataclass(frozen=True, slots=True)
class QuotesReport:
    """Per-split scores, in split order (dev, test, others)."""

    splits: tuple[SplitReport, ...]


def _key(text: str) -> str:
    return normalize_key(text.strip(_MARKS))


def speaker_strings(doc: Document, quote: Quote) -> list[str]:
    """Every string the predicted speaker goes by (its span, its linked entity's mentions)."""
    if quote.speaker is None:
        return []
    sp = quote.speaker.span
    out = [sp.text]
    for ent in doc.entities:
        spans = [ent.span] + [m.span for m in ent.mentions]
        if any(s.start == sp.start and s.end == sp.end for s in spans):
            out.extend(s.text for s in spans)
    return out


def speaker_matches(gold: str, predicted: Iterable[str]) -> bool:
    g = normalize_key(gold)
    return any(p and (g in p or p in g) for p in (normalize_key(x) for x in predicted))


def _score_passage(rep: SplitReport, pid: str, doc: Document,
                   gold: list[Mapping[str, object]], not_quotes: list[str]) -> None:
    preds = list(doc.quotes)
    used: set[int] = set()
    for g in gold:
        start = normalize_key(str(g["starts_with"]))
        direct = bool(g.get("direct", True))
        part = rep.direct if direct else rep.indirect
        hit = next((i for i, q in enumerate(preds)
                    if i not in used and _key(q.span.text).startswith(start)), None)
        if hit is None:
            rep.all.fn += 1
            part.fn += 1
            rep.misses.append(QuoteMiss(pid, "missed", str(g["starts_with"]), ""))
            continue
        used.add(hit)
        q = preds[hit]
        rep.all.tp += 1
        if q.direct == direct:
            part.tp += 1
        else:
            part.fn += 1
            (rep.direct if q.direct else rep.indirect).fp += 1
        names = speaker_strings(doc, q)
        if speaker_matches(str(g["speaker"]), names):
            rep.speaker_right += 1
        else:
            rep.misses.append(QuoteMiss(pid, "speaker", str(g["speaker"]),
                                        names[0] if names else "-"))
    for i, q in enumerate(preds):
        if i in used:
            continue
        rep.all.fp += 1
        (rep.direct if q.direct else rep.indirect).fp += 1
        rep.misses.append(QuoteMiss(pid, "spurious", "", q.span.text[:80]))
    rep.not_quotes += len(not_quotes)
    for nq in not_quotes:
        key = normalize_key(nq)
        bad = [q for q in preds if _key(q.span.text).startswith(key)]
        if bad:
            rep.violations += 1
            rep.misses.append(QuoteMiss(pid, "not_quote", nq, bad[0].span.text[:80]))


def evaluate_quotes(passages: Iterable[Mapping[str, object]]) -> QuotesReport:
    """Score rasd's quotes on gold passages (dicts as in ``passages.jsonl``)."""
    from rasd.analysis import analyze

    reports: dict[str, SplitReport] = {}
    for row in passages:
        split = str(row.get("split", "dev"))
        rep = reports.setdefault(split, SplitReport(split))
        rep.passages += 1
        published = row.get("published")
        doc = analyze(str(row["text"]), published=date.fromisoformat(published)
                      if isinstance(published, str) else None)
        gold = row.get("quotes") or []
        nots = row.get("not_quotes") or []
        _score_passage(rep, str(row.get("id", "?")), doc,
                       list(gold) if isinstance(gold, list) else [],
                       [str(x) for x in nots] if isinstance(nots, list) else [])
    order = {"dev": 0, "test": 1}
    return QuotesReport(tuple(sorted(reports.values(), key=lambda r: (order.get(r.split, 2),
                                                                     r.split))))


def load_passages(path: Path) -> list[dict[str, object]]:
    """The gold passages of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def format_quotes_report(report: QuotesReport, *, details: bool = False) -> str:
    """A plain-text table of the report (and the individual errors with ``details``)."""
    lines = []
    for r in report.splits:
        lines.append(f"quotes [{r.split}] {r.passages} passages")
        for name, prf in (("all", r.all), ("direct", r.direct), ("indirect", r.indirect)):
            lines.append(f"  {name:<9} P {prf.precision:6.1%}  R {prf.recall:6.1%}  "
                         f"F1 {prf.f1:6.1%}  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
        lines.append(f"  speaker   {r.speaker_accuracy:6.1%} of {r.all.tp} found quotes")
        lines.append(f"  not_quotes violated {r.violations} of {r.not_quotes}")
        if details:
            for m in r.misses:
                lines.append(f"    {m.passage} {m.kind}: expected {m.expected!r} got {m.got!r}")
    return "\n".join(lines)
