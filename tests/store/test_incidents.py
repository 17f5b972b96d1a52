"""Incidents: one real-world event reported by several articles, merged by the rules of
docs/store.md, on multi-outlet fixture stories (tests/store/fixtures/stories)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from rasd.io.sources import RawRecord
from rasd.store import Ingester, Store
from rasd.store.incident_rules import (
    Incident,
    Party,
    Place,
    Report,
    actors_agree,
    group,
    places_agree,
)
from rasd.store.incidents import best_figure, rebuild_incidents

STORIES = Path(__file__).parent / "fixtures" / "stories"


def _records(name: str) -> list[RawRecord]:
    out = []
    for line in (STORIES / name).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append(RawRecord(where=r["id"], text=r["text"], id=r["id"], source=r["source"],
                             published=r["published"], title=r.get("title")))
    return out


def _incidents(store: Store, type_: str) -> list[dict[str, Any]]:
    cols = ["id", "type", "place_name_en", "place_precision", "date_start", "date_end",
            "n_reports", "n_stories", "n_articles", "n_sources", "sources", "killed",
            "killed_low", "killed_high", "arrested", "country"]
    rows = store.db.query(f"SELECT {', '.join(cols)} FROM incidents WHERE type = ? "
                          "ORDER BY date_start, id", (type_,))
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _members(store: Store, incident: str) -> set[str]:
    return {r[0] for r in store.db.query(
        "SELECT doc_id FROM incident_events WHERE incident_id = ?", (incident,))}


def test_five_outlets_one_strike(store: Store) -> None:
    Ingester(store).run(_records("strike.jsonl"))
    (strike,) = _incidents(store, "ASSAULT")
    assert strike["place_name_en"] == "Aleppo"
    assert (strike["n_reports"], strike["n_articles"], strike["n_sources"]) == (5, 5, 5)
    # beta and epsilon carry one syndicated text: one story.
    assert strike["n_stories"] == 4
    # Tolls by story 3, 5 (beta = epsilon), 5, 7: five is the best supported, three the
    # conservative (ACLED) figure, seven the highest reported.
    assert (strike["killed"], strike["killed_low"], strike["killed_high"]) == (5, 3, 7)
    sources = strike["sources"]  # JSONB comes back decoded on PostgreSQL
    sources = json.loads(sources) if isinstance(sources, str) else sources
    assert sources == ["alpha", "beta", "delta", "epsilon", "gamma"]
    assert str(strike["date_start"])[:10] == "2024-06-11"
    assert str(strike["date_end"])[:10] == "2024-06-12"


def test_two_protests_a_week_apart_stay_apart(store: Store) -> None:
    Ingester(store).run(_records("protests.jsonl"))
    first, second = _incidents(store, "PROTEST")
    assert _members(store, first["id"]) == {"alpha:p1", "beta:p2"}
    assert _members(store, second["id"]) == {"alpha:p3"}
    assert first["n_articles"] == 2 and second["n_articles"] == 1


def test_same_arrests_with_different_place_precision(store: Store) -> None:
    Ingester(store).run(_records("precision.jsonl"))
    egypt, tunisia = sorted(_incidents(store, "COERCE"), key=lambda r: r["country"])
    assert _members(store, egypt["id"]) == {"alpha:q1", "beta:q2"}
    # The most specific place the reports agree on: the city, not the country.
    assert (egypt["place_name_en"], egypt["place_precision"]) == ("Alexandria", "city")
    assert egypt["arrested"] == 15
    assert _members(store, tunisia["id"]) == {"gamma:q3"}


def test_rebuild_is_idempotent(store: Store) -> None:
    Ingester(store).run(_records("precision.jsonl"))
    before = store.db.query("SELECT * FROM incidents ORDER BY id")
    summary = rebuild_incidents(store)
    assert store.db.query("SELECT * FROM incidents ORDER BY id") == before
    assert summary.incidents == len(before) and summary.merged >= 1


# -- the rules on their own ---------------------------------------------------------------

def _place(gid: int | None, country: str | None, precision: str | None,
           lat: float | None = None, lon: float | None = None) -> Place:
    return Place(None, None, country, None, gid, lat, lon, precision)


def test_places_agree() -> None:
    cairo = _place(1, "EGY", "city", 30.04, 31.24)
    giza = _place(2, "EGY", "city", 30.01, 31.21)  # ~5 km: a district geocoded apart
    alexandria = _place(3, "EGY", "city", 31.2, 29.92)
    egypt = _place(4, "EGY", "country")
    assert places_agree(cairo, giza) and places_agree(cairo, egypt)
    assert not places_agree(cairo, alexandria)
    assert not places_agree(cairo, _place(None, "SDN", "country"))
    assert places_agree(cairo, _place(None, None, None))  # unknown place: no conflict


def test_actors_agree() -> None:
    army = Party("الجيش", None, "SYR", "MIL")
    government = Party("الحكومة", None, "SYR", "GOV")
    rebels = Party("فصائل", None, "SYR", "REB")
    students = Party("الطلاب", None, "MAR", "EDU")
    protesters = Party("المحتجون", None, "MAR", "CVL")
    assert actors_agree(army, government) and actors_agree(students, protesters)
    assert not actors_agree(army, rebels)
    assert not actors_agree(army, Party("الجيش", None, "TUR", "MIL"))
    assert actors_agree(army, Party(None, None, None, None))


def test_best_figure() -> None:
    assert best_figure([3, 5, 5, 7]) == 5  # most reported
    assert best_figure([3, 3, 7, 7]) == 3  # a tie: the lower
    assert best_figure([2, 4, 9]) == 4  # all different: median
    assert best_figure([3, 8]) == 3  # lower median
    assert best_figure([]) is None


def _report(doc: str, day: date, month: bool = False) -> Report:
    nobody = Party(None, None, None, None)
    return Report(doc, 0, "PROTEST", None, _place(1, "MAR", "city"), "MAR",
                  day, day, not month, None, doc, nobody, nobody,
                  (None, None), (None, None), (None, None))


def test_daily_reports_do_not_chain() -> None:
    # Protests every day for a week: single linkage would make one incident of them all.
    reports = [_report(f"d{i}", date(2024, 3, 1 + i)) for i in range(7)]
    incidents = group(reports)
    assert all(isinstance(i, Incident) for i in incidents)
    assert len(incidents) >= 3
    assert all((i.hi - i.lo).days <= 2 for i in incidents if i.lo and i.hi)


def test_month_dated_report_joins_its_month() -> None:
    month = _report("m", date(2024, 3, 1), month=True)
    from dataclasses import replace

    month = replace(month, lo=date(2024, 3, 1), hi=date(2024, 3, 31))
    (inc,) = group([_report("a", date(2024, 3, 14)), month])
    assert len(inc.members) == 2 and inc.lo == inc.hi == date(2024, 3, 14)


def test_months_do_not_chain() -> None:
    from dataclasses import replace

    may = replace(_report("may", date(2024, 5, 1), month=True), hi=date(2024, 5, 31))
    june = replace(_report("june", date(2024, 6, 1), month=True), hi=date(2024, 6, 30))
    assert len(group([may, june])) == 2


def test_visits_need_the_same_actor() -> None:
    from dataclasses import replace

    day = date(2024, 4, 2)
    minister = Party("وزير الخارجية الأردني", None, "JOR", "GOV")
    other = Party("وزير الزراعة", None, "JOR", "GOV")
    unnamed = Party(None, None, None, None)
    a, b, c, d = (replace(_report(x, day), type="CONSULT", actor=p)
                  for x, p in (("a", minister), ("b", other), ("c", minister), ("d", unnamed)))
    # Two ministers of one government visiting one city on one day: two visits; the same
    # minister in two outlets: one; a visit whose visitor is unnamed stays apart.
    sizes = sorted(len(i.members) for i in group([a, b, c, d]))
    assert sizes == [1, 1, 2]
    # Protests are not held to that: outlets name protesters differently.
    e, f = (replace(_report(x, day), actor=p) for x, p in (("e", minister), ("f", unnamed)))
    assert len(group([e, f])) == 1


def test_the_place_named_does_not_depend_on_member_order() -> None:
    from dataclasses import replace

    from rasd.store.incidents import incident_row

    # one city written two ways by two stories: a tie, broken by the text, not by chance
    a = replace(_report("a", date(2024, 3, 1)), place=Place("لحج", "Lahij", "YEM", "gn:1", 1,
                                                            13.0, 44.9, "city"))
    b = replace(_report("b", date(2024, 3, 1)), place=replace(a.place, text="ﻟﺤﺞ"))
    names = {incident_row(inc)["place"] for order in ([a, b], [b, a])
             for inc in group(order)}
    assert names == {min("لحج", "ﻟﺤﺞ")}


def test_grouping_a_stream_yields_what_grouping_all_at_once_gives() -> None:
    from rasd.store.incident_rules import group_ordered

    reports = [_report(f"d{i}", date(2024, 3, 1 + i % 9)) for i in range(30)]
    ordered = sorted(reports, key=lambda r: (r.type, r.lo, r.doc_id, r.ordinal))
    streamed = group_ordered(iter(ordered))
    assert [[m.doc_id for m in i.members] for i in streamed] == \
        [[m.doc_id for m in i.members] for i in group(reports)]
