"""The event gold passages (``tests/gold/events/passages.jsonl``, format in the README there):
loading, validation and locating the gold evidence strings in the passage text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from rasd.errors import RecordError

SplitChoice = Literal["dev", "test", "all"]
FLAGS = ("negated", "denied", "future", "hypothetical")
COUNT_KINDS = ("killed", "injured", "arrested")
#: Default gold file, relative to the repository root (``rasd eval events`` is run there).
DEFAULT_PASSAGES = Path("tests/gold/events/passages.jsonl")


@dataclass(frozen=True, slots=True)
class GoldCount:
    min: int | None
    max: int | None
    approx: bool = False


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event. ``types`` lists every type the annotators accept (usually one: a
    signing can be SUPPORT or AGREE); ``evidence`` holds strings of the passage text, and
    ``spans`` every ``(start, end)`` where one of them occurs."""

    types: tuple[str, ...]
    mode: str | None
    evidence: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    actor: str | None = None
    actor_country: str | None = None
    recipient: str | None = None
    recipient_country: str | None = None
    place: str | None = None
    country: str | None = None
    #: ISO date, or ``YYYY-MM`` when the text gives only the month (``في مارس الماضي``):
    #: a predicted date within that month is right.
    date: str | None = None
    killed: GoldCount | None = None
    injured: GoldCount | None = None
    arrested: GoldCount | None = None
    attribution: str | None = None
    #: Flags the annotation states; a flag absent from the gold line is not scored.
    flags: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class GoldPassage:
    id: str
    split: str
    text: str
    published: date | None
    source: str | None
    events: tuple[GoldEvent, ...]
    #: The JSON line as read, for evaluators of other layers (quotes) that share the file.
    raw: dict[str, Any]


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` where ``needle`` occurs in ``text`` (overlapping included)."""
    out: list[tuple[int, int]] = []
    i = text.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _count(value: object, where: str) -> GoldCount | None:
    if value is None:
        return None
    if not isinstance(value, dict) or "min" not in value or "max" not in value:
        raise RecordError(f"count must be null or {{min, max, approx}}: {value!r}", where=where)
    return GoldCount(value["min"], value["max"], bool(value.get("approx", False)))


def _date(value: object, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise RecordError(f"bad date {value!r}", where=where) from None


def _event_date(value: object, where: str) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) == len("2023-05"):
        _date(text + "-01", where)
    else:
        _date(text, where)
    return text


def _event(e: dict[str, Any], text: str, where: str) -> GoldEvent:
    types = e["type"] if isinstance(e["type"], list) else [e["type"]]
    evidence = e["evidence"] if isinstance(e["evidence"], list) else [e["evidence"]]
    spans: list[tuple[int, int]] = []
    for ev in evidence:
        found = occurrences(text, ev)
        if not found:
            raise RecordError(f"evidence {ev!r} is not in the text", where=where)
        spans.extend(found)
    return GoldEvent(
        types=tuple(types), mode=e.get("mode"), evidence=tuple(evidence), spans=tuple(spans),
        actor=e.get("actor"), actor_country=e.get("actor_country"),
        recipient=e.get("recipient"), recipient_country=e.get("recipient_country"),
        place=e.get("place"), country=e.get("country"), date=_event_date(e.get("date"), where),
        killed=_count(e.get("killed"), where), injured=_count(e.get("injured"), where),
        arrested=_count(e.get("arrested"), where), attribution=e.get("attribution"),
        flags=tuple((f, bool(e[f])) for f in FLAGS if f in e),
    )


def parse_passage(line: str, where: str) -> GoldPassage:
    try:
        p = json.loads(line)
        text = p["text"]
        events = tuple(_event(e, text, where) for e in p["events"])
        split = p["split"]
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise RecordError(f"malformed gold passage: {e}", where=where) from None
    if split not in ("dev", "test"):
        raise RecordError(f"split must be dev or test, not {split!r}", where=where)
    return GoldPassage(id=p.get("id", where), split=split, text=text,
                       published=_date(p.get("published"), where), source=p.get("source"),
                       events=events, raw=p)


def load_passages(path: Path, split: SplitChoice = "all") -> list[GoldPassage]:
    """The passages of ``path`` in ``split`` (``all``: both)."""
    out: list[GoldPassage] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        p = parse_passage(line, f"{path}:{n}")
        if split == "all" or p.split == split:
            out.append(p)
    return out


def parse_ids(spec: str) -> frozenset[str]:
    """The passage ids of ``spec``: comma-separated ids and ``first..last`` ranges of
    ``ev-NNN`` ids (``ev-353..ev-394,ev-010``)."""
    out: set[str] = set()
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        first, sep, last = part.partition("..")
        if not sep:
            out.add(part)
            continue
        try:
            lo, hi = int(first.rsplit("-", 1)[1]), int(last.rsplit("-", 1)[1])
        except (IndexError, ValueError):
            raise RecordError(f"bad id range {part!r} (want ev-NNN..ev-NNN)") from None
        prefix, width = first.rsplit("-", 1)[0], len(first.rsplit("-", 1)[1])
        out.update(f"{prefix}-{n:0{width}d}" for n in range(lo, hi + 1))
    return frozenset(out)


def select_ids(passages: list[GoldPassage], ids: frozenset[str]) -> list[GoldPassage]:
    """The passages whose id is in ``ids`` (all of them when ``ids`` is empty)."""
    return [p for p in passages if not ids or p.id in ids]
