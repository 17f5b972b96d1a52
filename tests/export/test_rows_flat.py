"""The flat views' rows built in Python (rasd.export.rows_flat) equal the store's SQL views
(events_flat through the exports' query, entities_flat) for the same page."""

from __future__ import annotations

from pathlib import Path

from rasd.export.rows_flat import (
    ENTITIES_FLAT_COLUMNS,
    EVENTS_FLAT_COLUMNS,
    entities_flat,
    events_flat,
)
from rasd.io.sources import RawRecord
from rasd.store import Ingester, Store
from rasd.store.ingest import IngestSummary, analyse_job
from rasd.store.query import EventFilter, events

PAGE = ("اعتقلت الشرطة العراقية عشرة متظاهرين في البصرة يوم الاثنين بعد احتجاجات على انقطاع "
        "الكهرباء.\nوقال محافظ البصرة إن الحكومة سترسل مولدات إضافية إلى المدينة.")


def test_rows_equal_the_store_views(tmp_path: Path) -> None:
    rec = RawRecord("page", PAGE, id="p1", source="wire", published="2024-07-01",
                    url="https://wire.example.org/basra")
    with Store.open(tmp_path / "rasd.db") as store:
        ingester = Ingester(store)
        ingester.run([rec])
        job = ingester.jobs([rec], IngestSummary())["wire:p1"]
        rows, _ = analyse_job(job, ingester.analysis)
        stored_events = events(store.db, EventFilter(facts_only=False))
        stored_entities = [dict(zip(ENTITIES_FLAT_COLUMNS, r, strict=True)) for r in store.db.query(
            f"SELECT {', '.join(ENTITIES_FLAT_COLUMNS)} FROM entities_flat ORDER BY ordinal")]
    built = events_flat(rows)
    assert len(built) >= 2 and list(built[0]) == list(EVENTS_FLAT_COLUMNS)
    assert sorted(built, key=lambda e: e["ordinal"]) == sorted(stored_events,
                                                               key=lambda e: e["ordinal"])
    assert built[0]["event_id"] == "wire:p1:0" and built[0]["evidence"]
    assert entities_flat(rows) == stored_entities and stored_entities
