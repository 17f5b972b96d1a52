"""Event detection on labelled sentences (``tests/gold/events/sentences.jsonl``, or a CSV or
JSONL file of the user's with the same fields).

Each row is ``{"text", "type", "label"}`` (optional ``id``, ``split``, ``published``): ``label``
says whether the sentence reports an event of PLOVER type ``type``. rasd *finds* type T in a
sentence when it extracts a non-negated event of type T from it (future and hypothetical
events count: the sentence does report them). Per type, a true label found is a true
positive, a true label not found a false negative, a false label found a false positive.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rasd.errors import RecordError
from rasd.evaluation.events import EVENT_TYPES, Analyzer, default_analyzer
from rasd.evaluation.report import PRF, CaseFailure, failure_lines, prf_cells

FIELDS = ("text", "type", "label")
TRUE = frozenset({"true", "1", "yes", "y", "t"})
FALSE = frozenset({"false", "0", "no", "n", "f", ""})


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    id: str
    text: str
    type: str
    label: bool
    split: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class SentenceReport:
    split: str
    sentences: int
    per_type: tuple[tuple[str, PRF], ...]
    failures: tuple[CaseFailure, ...] = ()

    @property
    def micro(self) -> PRF:
        total = PRF()
        for _, prf in self.per_type:
            total = total + prf
        return total


def _label(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise RecordError(f"label must be true or false, not {value!r}", where=where)


def _sentence(row: dict[str, Any], where: str, n: int) -> LabelledSentence:
    missing = [f for f in FIELDS if f not in row]
    if missing:
        raise RecordError(f"missing field(s) {', '.join(missing)}", where=where)
    if row["type"] not in EVENT_TYPES:
        raise RecordError(f"unknown event type {row['type']!r}", where=where)
    published = row.get("published") or None
    return LabelledSentence(
        id=str(row.get("id") or f"s{n}"), text=str(row["text"]), type=row["type"],
        label=_label(row["label"], where), split=row.get("split") or None,
        published=date.fromisoformat(published) if published else None)


def is_sentence_file(path: Path) -> bool:
    """Whether ``path`` holds labelled sentences (a ``.csv``, or JSONL whose first record has
    ``label`` and no ``events``) rather than gold passages."""
    if path.suffix.lower() == ".csv":
        return True
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "label" in first and "events" not in first
    return False


def load_sentences(path: Path) -> list[LabelledSentence]:
    text = path.read_text("utf-8-sig")
    out: list[LabelledSentence] = []
    if path.suffix.lower() == ".csv":
        for n, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
            out.append(_sentence(row, f"{path}:{n}", n))
        return out
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise RecordError(f"malformed JSON: {e}", where=f"{path}:{n}") from None
        out.append(_sentence(row, f"{path}:{n}", n))
    return out


def evaluate_sentences(sentences: Sequence[LabelledSentence], split: str = "all",
                       analyzer: Analyzer | None = None) -> SentenceReport:
    """Detection P/R/F1 per type over the sentences of ``split`` (rows without a split are
    in every split)."""
    run = analyzer or default_analyzer
    chosen = [s for s in sentences if split == "all" or s.split in (None, split)]
    counts: dict[str, Counter[str]] = {}
    failures: list[CaseFailure] = []
    for s in chosen:
        doc = run(s.text, s.published)
        found = any(e.type == s.type and not e.negated for e in doc.events)
        kind = ("tp" if found else "fn") if s.label else ("fp" if found else "tn")
        counts.setdefault(s.type, Counter())[kind] += 1
        if kind in ("fn", "fp"):
            got = ", ".join(f"{e.type}«{e.trigger.text}»" for e in doc.events) or "no event"
            failures.append(CaseFailure(s.id, s.text, f"{s.type}={s.label}", got))
    per_type = tuple((t, PRF(c["tp"], c["fp"], c["fn"])) for t in EVENT_TYPES
                     if (c := counts.get(t)) is not None)
    return SentenceReport(split, len(chosen), per_type, tuple(failures))


def format_sentence_report(reports: Sequence[SentenceReport], *, max_failures: int = 60) -> str:
    lines = ["| type | split | positives | found | P | R | F1 |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r in reports:
        for t, prf in r.per_type:
            lines.append(f"| {t} | {r.split} | {prf_cells(prf)}")
        lines.append(f"| **all** | {r.split} ({r.sentences} sentences) | "
                     f"{prf_cells(r.micro, bold=True)}")
    failures = list(reports[-1].failures) if reports else []
    lines += failure_lines(failures, max_failures, "\n    ")
    return "\n".join(lines)
