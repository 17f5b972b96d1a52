"""The writer's after-batch work in bounded memory (issue 8): incidents rebuilt one event
type at a time and pending pages clustered a chunk at a time give exactly the rows of the
all-at-once versions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from rasd.io.sources import RawRecord
from rasd.store import Ingester, Store, rebuild_clusters, update_clusters
from rasd.store.dedup import story_of
from rasd.store.incident_rules import Report, group
from rasd.store.incidents import _COLUMNS, _FACTUAL, incident_row, rebuild_incidents
from rasd.store.schema import INCIDENTS

STORIES = Path(__file__).parent / "fixtures" / "stories"


def _records() -> list[RawRecord]:
    out = []
    for path in sorted(STORIES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            out.append(RawRecord(where=r["id"], text=r["text"], id=r["id"], source=r["source"],
                                 published=r["published"], title=r.get("title")))
    return out


def _all_at_once(store: Store) -> list[tuple[Any, ...]]:
    """The incident rows of grouping every factual event in one call, as before."""
    from rasd.store.incidents import _report

    stories = story_of(store)
    reports: list[Report] = []
    for row in store.db.query(f"SELECT {_COLUMNS} FROM events e JOIN documents d "
                              "ON d.id = e.doc_id LEFT JOIN page_clusters c "
                              f"ON c.doc_id = e.doc_id WHERE {_FACTUAL}"):
        report = _report(row)
        assert report.story == stories[report.doc_id]
        reports.append(report)
    cols = INCIDENTS.column_names
    return [tuple(r[c] for c in cols) for r in map(incident_row, group(reports))]


def _plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row as both engines can be compared: PostgreSQL reads dates and JSON back as
    objects, SQLite (and the rows as written) as text."""
    out: list[Any] = []
    for v in row:
        if isinstance(v, date):
            v = v.isoformat()
        elif isinstance(v, str) and v[:1] in ("[", "{"):
            v = json.loads(v)
        out.append(v)
    return tuple(out)


def test_incidents_by_type_equal_all_at_once(store: Store) -> None:
    Ingester(store).run(_records())
    types = store.db.query("SELECT DISTINCT type FROM incidents")
    assert len(types) > 1  # the fixtures exercise several types
    cols = INCIDENTS.column_names
    stored = [_plain(r) for r in store.db.query(f"SELECT {', '.join(cols)} FROM incidents")]
    assert sorted(stored, key=repr) == sorted(map(_plain, _all_at_once(store)), key=repr)
    summary = rebuild_incidents(store)
    assert summary.incidents == len(stored)
    assert summary.events == int(store.db.scalar(
        f"SELECT COUNT(*) FROM events e WHERE {_FACTUAL}"))


def test_clusters_in_small_chunks_equal_one_chunk(store: Store) -> None:
    Ingester(store).run(_records())
    query = "SELECT doc_id, cluster_id, representative, linked_to FROM page_clusters"
    whole = sorted(store.db.query(query))
    with store.db.transaction():
        store.db.execute("DELETE FROM page_bands")
        store.db.execute("DELETE FROM page_clusters")
    assert update_clusters(store, chunk=2).pages == len(whole)
    assert sorted(store.db.query(query)) == whole
    assert update_clusters(store, chunk=2).pages == 0
    assert rebuild_clusters(store).pages == len(whole)
