"""Event queries (rasd.store.query) on both engines, over the team's own fixture pages."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.store import Ingester, Store
from rasd.store.query import COLUMNS, EventFilter, document_events, events
from tests.store.pages import MEETING, PROTEST, STRIKE, WITH_CLITIC, record

#: Negated and future events of the team's own sentences.
NOT_FACTS = (
    "لم تعتقل الشرطة أي متظاهر في مدينة بغداد أمس.\n"
    "وسيزور وزير الخارجية العراقي القاهرة الأسبوع المقبل."
)


@pytest.fixture
def filled(store: Store) -> Store:
    Ingester(store).run([
        record(PROTEST, id="kz", source="outlet-a", published="2024-03-10"),
        record(STRIKE, id="sy", source="outlet-b", published="2024-03-10"),
        record(MEETING, id="jo", source="outlet-a", published="2024-04-01"),
        record(WITH_CLITIC, id="iq", source="outlet-c", published="2024-02-01"),
        record(NOT_FACTS, id="nf", source="outlet-c", published="2024-05-01"),
    ])
    return store


def test_rows_have_every_column_and_plain_values(filled: Store) -> None:
    rows = events(filled.db)
    assert rows
    for e in rows:
        assert tuple(e) == COLUMNS
        assert e["event_id"] == f"{e['doc_id']}:{e['ordinal']}"
        assert all(isinstance(e[f], bool) for f in ("negated", "denied", "future"))
        assert e["event_date"] is None or isinstance(e["event_date"], str)


def test_order_is_by_date_then_document(filled: Store) -> None:
    rows = events(filled.db)
    dates = [e["event_date"] for e in rows if e["event_date"]]
    assert dates == sorted(dates)
    keys = [(e["event_date"], e["doc_id"], e["ordinal"]) for e in rows]
    assert keys == sorted(keys)


def test_country_type_and_date_filters(filled: Store) -> None:
    kaz = events(filled.db, EventFilter(country="kaz", type="protest"))
    assert kaz and all(e["country"] == "KAZ" and e["type"] == "PROTEST" for e in kaz)
    assert {e["doc_id"] for e in kaz} == {"outlet-a:kz"}
    march = events(filled.db, EventFilter(since=date(2024, 3, 1), until=date(2024, 3, 31)))
    assert march and all("2024-03-01" <= e["event_date"] <= "2024-03-31" for e in march)
    assert not events(filled.db, EventFilter(since=date(2030, 1, 1)))
    arrests = events(filled.db, EventFilter(type="COERCE", mode="arrest"))
    assert arrests and all(e["mode"] == "arrest" for e in arrests)


def test_source_and_limit(filled: Store) -> None:
    a = events(filled.db, EventFilter(source="outlet-a"))
    assert a and {e["source"] for e in a} == {"outlet-a"}
    assert len(events(filled.db, EventFilter(source="outlet-a", limit=1))) == 1


def test_entity_filter_by_kb_id_and_name(filled: Store) -> None:
    by_id = events(filled.db, EventFilter(entity="gn:170063"))  # Aleppo
    assert by_id and all("gn:170063" in (e["place_kb_id"], e["actor_kb_id"],
                                         e["recipient_kb_id"]) for e in by_id)
    by_english = events(filled.db, EventFilter(entity="aleppo"))
    assert {e["event_id"] for e in by_english} == {e["event_id"] for e in by_id}
    assert events(filled.db, EventFilter(entity="حلب"))
    assert not events(filled.db, EventFilter(entity="Atlantis"))


def test_non_facts_left_out_unless_asked(filled: Store) -> None:
    facts = events(filled.db)
    assert not any(e["negated"] or e["denied"] or e["future"] or e["hypothetical"]
                   for e in facts)
    everything = events(filled.db, EventFilter(facts_only=False))
    flagged = [e for e in everything if e["negated"] or e["future"]]
    assert flagged and len(everything) == len(facts) + len(
        [e for e in everything if e["negated"] or e["denied"] or e["future"]
         or e["hypothetical"]])


def test_document_events_groups_by_page(filled: Store) -> None:
    pages = document_events(filled.db, ["outlet-a:kz", "outlet-b:sy"])
    assert set(pages) == {"outlet-a:kz", "outlet-b:sy"}
    assert all(e["doc_id"] == d for d, rows in pages.items() for e in rows)
    assert len(pages["outlet-a:kz"]) >= 2  # the protest and the arrests


def test_views_exist_on_both_engines(filled: Store) -> None:
    n_events = filled.db.scalar("SELECT COUNT(*) FROM events")
    assert filled.db.scalar("SELECT COUNT(*) FROM events_flat") == n_events
    n_entities = filled.db.scalar("SELECT COUNT(*) FROM entities")
    assert filled.db.scalar("SELECT COUNT(*) FROM entities_flat") == n_entities
