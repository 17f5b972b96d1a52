"""Exports (rasd.export) on both engines: every format parses and holds what it promises."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.export import ExportError, export
from rasd.export.acled import HEADER, interaction
from rasd.export.plover import REQUIRED
from rasd.store import Ingester, Store
from rasd.store.query import COLUMNS, EventFilter
from tests.store.pages import MEETING, PROTEST, STRIKE, record

#: The team's own page: security forces fire on protesters (ACLED: excessive force).
CRACKDOWN = (
    "تظاهر مئات العمال أمام مقر الحكومة في مدينة البصرة للمطالبة برواتبهم.\n"
    "وأطلقت قوات الأمن الرصاص الحي على المتظاهرين فقتلت اثنين منهم وأصابت العشرات."
)
#: No place the gazetteer knows: an event without coordinates.
NOWHERE = "اعتقلت الشرطة خمسة أشخاص بعد مشاجرة في سوق القرية أمس."


@pytest.fixture
def filled(store: Store) -> Store:
    Ingester(store).run([
        record(PROTEST, id="kz", source="outlet-a"),
        record(STRIKE, id="sy", source="outlet-b"),
        record(MEETING, id="jo", source="outlet-a"),
        record(CRACKDOWN, id="iq", source="outlet-c"),
        record(NOWHERE, id="nw", source="outlet-c"),
    ])
    return store


def run(store: Store, fmt: str, f: EventFilter | None = None) -> tuple[str, int]:
    out = io.StringIO()
    stats = export(store.db, fmt, f or EventFilter(), stream=out)
    return out.getvalue(), stats.written


def test_plover_lines_are_json_with_the_plover_fields(filled: Store) -> None:
    text, n = run(filled, "plover")
    lines = text.splitlines()
    assert n == len(lines) > 0
    for line in lines:
        rec = json.loads(line)
        assert all(k in rec for k in REQUIRED)
        assert set(rec["size"]) == {"dead", "injured", "arrested"}
        assert rec["rasd"]["doc_id"] and "flags" in rec["rasd"]
        loc = rec["event_loc"]
        if loc and loc["latitude"] is not None:
            assert {"geonameid", "name", "latitude", "longitude"} <= set(loc)
    strike = [json.loads(x) for x in lines if json.loads(x)["event"] == "ASSAULT"]
    assert strike[0]["size"]["dead"] == 3 and strike[0]["event_loc"]["country_code"] == "SY"


def test_acled_header_is_exact_and_rows_follow_the_conventions(filled: Store) -> None:
    text, n = run(filled, "acled")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == HEADER
    data = [dict(zip(HEADER, r, strict=True)) for r in rows[1:]]
    assert len(data) == n > 0
    shelling = next(r for r in data if r["event_type"] == "Explosions/Remote violence")
    assert shelling["fatalities"] == "3" and shelling["iso"] == "760"
    assert shelling["country"] == "Syria" and shelling["geo_precision"] == "1"
    # Verbal events (the Amman meeting) have no ACLED counterpart.
    assert not any(r["location"] == "Amman" for r in data)
    for r in data:
        assert r["event_date"] and r["fatalities"].isdigit()
        assert r["interaction"] == "" if r["inter1"] == "0" else r["interaction"].isdigit()


def test_acled_protest_met_with_fire_is_excessive_force(filled: Store) -> None:
    text, _ = run(filled, "acled", EventFilter(source="outlet-c", type="PROTEST"))
    data = list(csv.DictReader(io.StringIO(text)))
    assert data and data[0]["sub_event_type"] == "Excessive force against protesters"
    assert data[0]["inter1"] == "6"


def test_interaction_codes() -> None:
    assert interaction(1, 7) == "17" and interaction(7, 1) == "17"
    assert interaction(6, 0) == "60"
    assert interaction(0, 7) == ""  # unknown actor type: no ACLED code


def test_arrests_without_an_actor_are_by_state_forces() -> None:
    from rasd.export.acled import row
    from rasd.store.query import COLUMNS

    e = dict.fromkeys(COLUMNS)
    e.update(event_id="d:0", doc_id="d", ordinal=0, type="COERCE", mode="arrest",
             event_date="2024-01-02", country="IRQ", negated=False, denied=False,
             future=False, hypothetical=False)
    out = row(e, ("Strategic developments", "Arrests"))
    assert out["inter1"] == 1 and out["interaction"] == "10"
    assert out["actor1"] == "Police Forces (Iraq)" and out["fatalities"] == 0


def test_geojson_has_valid_points_and_counts_the_unlocated(filled: Store) -> None:
    out = io.StringIO()
    stats = export(filled.db, "geojson", EventFilter(), stream=out)
    doc = json.loads(out.getvalue())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == stats.written
    for feat in doc["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert feat["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    total = len(run(filled, "csv")[0].splitlines()) - 1
    assert stats.written + sum((stats.skipped or {}).values()) == total


def test_flat_csv_has_every_column(filled: Store) -> None:
    text, n = run(filled, "csv", EventFilter(country="SYR"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == n
    assert {r["country"] for r in rows} == {"SYR"}


def test_filters_apply_to_exports(filled: Store) -> None:
    text, n = run(filled, "plover", EventFilter(country="KAZ"))
    assert n > 0 and all(json.loads(x)["rasd"]["country"] == "KAZ" for x in text.splitlines())
    assert run(filled, "plover", EventFilter(country="NOR")) == ("", 0)


def test_file_output_is_atomic(filled: Store, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "events.jsonl"
    target.write_text("old\n", encoding="utf-8")
    from rasd.export import plover

    real, calls = plover.record, []

    def failing(e: dict[str, object]) -> dict[str, object]:
        calls.append(e)
        if len(calls) > 1:
            raise RuntimeError("disk full")
        return real(e)

    monkeypatch.setattr(plover, "record", failing)
    with pytest.raises(RuntimeError):
        export(filled.db, "plover", EventFilter(), target=target)
    assert target.read_text(encoding="utf-8") == "old\n"  # not half a file
    monkeypatch.setattr(plover, "record", real)
    export(filled.db, "plover", EventFilter(), target=target)
    assert target.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in out_dir.iterdir()] == ["events.jsonl"]  # no temp file left


def test_unknown_format_is_an_export_error(filled: Store) -> None:
    with pytest.raises(ExportError):
        export(filled.db, "nonsense", EventFilter(), stream=io.StringIO())


def test_parquet_reads_back_in_duckdb(filled: Store, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "events.parquet"
    stats = export(filled.db, "parquet", EventFilter(), target=target)
    con = duckdb.connect()
    n, dated = con.execute(
        "SELECT COUNT(*), COUNT(event_date) FROM read_parquet(?)", [str(target)]).fetchone()
    assert n == stats.written > 0 and dated > 0
    names = [r[0] for r in con.execute(
        "DESCRIBE SELECT * FROM read_parquet(?)", [str(target)]).fetchall()]
    assert tuple(names) == COLUMNS


def test_parquet_needs_a_file(filled: Store) -> None:
    with pytest.raises(ExportError, match="output file"):
        export(filled.db, "parquet", EventFilter(), stream=io.StringIO())


def test_parquet_without_duckdb_names_the_extra(filled: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "duckdb", None)  # import duckdb now fails
    target = tmp_path / "x.parquet"
    with pytest.raises(ExportError, match=r"rasd\[export\]"):
        export(filled.db, "parquet", EventFilter(), target=target)
    assert not target.exists()
