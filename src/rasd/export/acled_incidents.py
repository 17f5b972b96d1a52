"""ACLED-style CSV of incidents: one row per real-world event, however many outlets reported
it (``rasd export --format acled --by incident``; docs/store.md).

An event-level ACLED export writes one row per report, so five outlets retelling one air
strike are five strikes. Here each incident of :mod:`rasd.store.incidents` is one row, built
by the event-level writer's rules (:mod:`rasd.export.acled`) from the incident's agreed
type, mode, place, actor and recipient, with:

* the **category** each member report gets from ``acled.category`` (with its own page as
  context), the one the most stories give (a tie: the earliest report's);
* ``event_date`` = the incident's first day (``date_start``);
* ``fatalities`` = ``killed_low``, the lowest figure any story reports: ACLED's
  conservative convention (when sources conflict, code the lowest credible figure);
* ``source`` = the outlets, ``; ``-separated as in ACLED; ``notes`` = the incident id, its
  report, story and outlet counts, the outlets, the range of reported tolls and the first
  report's evidence sentence.

Incidents hold factual events only, so nothing is skipped for being negated or future; an
incident with no ACLED category or no date is left out and counted.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import ExportError
from rasd.export import acled
from rasd.export.common import ExportStats, atomic_text
from rasd.store.backend import Backend
from rasd.store.incident_query import IncidentFilter, IncidentRow, incidents
from rasd.store.query import EventRow, document_events

#: Parameters per ``IN (...)`` list: old SQLite builds allow 999 per statement.
_CHUNK = 500

Member = tuple[str, int, str]  # (doc_id, event ordinal, story)


def _members(db: Backend, ids: Sequence[str]) -> dict[str, list[Member]]:
    out: dict[str, list[Member]] = {i: [] for i in ids}
    for k in range(0, len(ids), _CHUNK):
        chunk = ids[k:k + _CHUNK]
        rows = db.query("SELECT incident_id, doc_id, event, story FROM incident_events "
                        f"WHERE incident_id IN ({', '.join('?' for _ in chunk)}) "
                        "ORDER BY doc_id, event", chunk)
        for inc, doc, event, story in rows:
            out[inc].append((doc, int(event), story))
    return out


def category(members: Sequence[Member],
             pages: Mapping[str, Sequence[EventRow]]) -> tuple[str, str] | None:
    """The ACLED category the most stories give their report of the incident (module doc);
    ``None`` when no member has one."""
    by_story: dict[tuple[str, str], set[str]] = {}
    first: list[tuple[str, str]] = []
    for doc, ordinal, story in members:
        page = pages.get(doc, ())
        e = next((r for r in page if r["ordinal"] == ordinal), None)
        cat = acled.category(e, page) if e is not None else None
        if cat is None:
            continue
        by_story.setdefault(cat, set()).add(story)
        first.append(cat)
    if not by_story:
        return None
    counts = Counter({cat: len(stories) for cat, stories in by_story.items()})
    top = max(counts.values())
    return next(cat for cat in first if counts[cat] == top)


def _evidence(members: Sequence[Member], pages: Mapping[str, Sequence[EventRow]]) -> str:
    rows = [r for doc, ordinal, _ in members for r in pages.get(doc, ())
            if r["ordinal"] == ordinal and r["evidence"]]
    rows.sort(key=lambda r: (r["event_date"] or "9999", r["doc_id"], r["ordinal"]))
    return " ".join(rows[0]["evidence"].split()) if rows else ""


def _n(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1]}ies" if noun.endswith("y") else f"{n} {noun}s"


def notes(inc: IncidentRow, evidence: str) -> str:
    lo, hi, best = inc["killed_low"], inc["killed_high"], inc["killed"]
    toll = ""
    if lo is not None:
        spread = str(lo) if hi in (None, lo) else f"{lo}-{hi}"
        toll = f"; killed reported {spread}, best supported {best}"
    counts = ", ".join(_n(inc[column], noun) for column, noun in (
        ("n_reports", "report"), ("n_stories", "story"), ("n_sources", "source")))
    text = f"rasd incident {inc['id']}: {counts} ({', '.join(inc['sources'])}){toll}."
    return f"{text} {evidence}" if evidence else text


def row(inc: IncidentRow, cat: tuple[str, str], evidence: str) -> dict[str, object]:
    # The incident seen as one event, so the event writer's actor, inter and place rules
    # apply unchanged.
    as_event: dict[str, Any] = {
        **inc, "event_date": inc["date_start"], "place_country": inc["country"],
        "place_basis": None, "killed_min": inc["killed_low"],
        "source": "; ".join(inc["sources"]), "url": None, "evidence": notes(inc, evidence),
    }
    out = acled.row(as_event, cat)
    # ACLED's conservative convention: the lowest figure any story gives.
    out["fatalities"] = inc["killed_low"] or 0
    return out


def write(db: Backend, rows: Sequence[IncidentRow], out: TextIO) -> ExportStats:
    """Write the ACLED CSV of the incidents ``rows``."""
    stats = ExportStats()
    members = _members(db, [r["id"] for r in rows])
    docs = sorted({doc for ms in members.values() for doc, _, _ in ms})
    pages = document_events(db, docs)
    w = csv.DictWriter(out, fieldnames=acled.HEADER, lineterminator="\n")
    w.writeheader()
    for inc in rows:
        cat = category(members[inc["id"]], pages)
        if cat is None:
            stats.skip("no ACLED category")
            continue
        if not inc["date_start"]:
            stats.skip("no date")
            continue
        w.writerow(row(inc, cat, _evidence(members[inc["id"]], pages)))
        stats.written += 1
    return stats


def export(db: Backend, f: IncidentFilter, *, target: str | Path | None = None,
           stream: TextIO | None = None) -> ExportStats:
    """Export the incidents matching ``f`` to ``target`` (atomically) or ``stream``."""
    rows = incidents(db, f)
    if target is None:
        if stream is None:
            raise ExportError("nowhere to write: give a target file or a stream")
        return write(db, rows, stream)
    with atomic_text(target, newline="") as out:
        return write(db, rows, out)
