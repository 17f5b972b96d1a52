"""``rasd incidents``, ``rasd show inc-…``, ``rasd dedup``, ``rasd export --by incident`` and
``rasd events --count-by`` end to end on both backends, on the multi-outlet fixture stories
(tests/store/fixtures/stories: five outlets on one strike, two of them one syndicated text)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from rasd.cli import main

STORIES = Path(__file__).parent / "fixtures" / "stories"
STRIKE_SOURCES = ["alpha", "beta", "delta", "epsilon", "gamma"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def ingest(target: str, *names: str) -> None:
    code, _, err = run("ingest", *(str(STORIES / n) for n in names), "--db", target)
    assert code == 0, err


def incidents(target: str, *options: str) -> list[dict[str, Any]]:
    code, out, err = run("incidents", "--db", target, "--format", "json", *options)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def strike_id(target: str) -> str:
    (strike,) = incidents(target, "--type", "ASSAULT")
    return str(strike["id"])


def test_incidents_lists_and_filters(target: str) -> None:
    ingest(target, "strike.jsonl", "protests.jsonl")
    rows = incidents(target)
    starts = [r["date_start"] for r in rows]
    assert starts == sorted(starts) and len(rows) >= 3
    (strike,) = [r for r in rows if r["type"] == "ASSAULT"]
    assert (strike["n_reports"], strike["n_stories"], strike["n_sources"]) == (5, 4, 5)
    assert (strike["killed"], strike["killed_low"], strike["killed_high"]) == (5, 3, 7)
    assert strike["sources"] == STRIKE_SOURCES
    assert (strike["date_start"], strike["date_end"]) == ("2024-06-11", "2024-06-12")

    # Dates select by overlap: the strike of 11-12 June is "since the 12th".
    assert strike["id"] in {r["id"] for r in incidents(target, "--since", "2024-06-12")}
    assert all(r["date_end"] >= "2024-06-12" for r in incidents(target, "--since",
                                                                "2024-06-12"))
    assert strike["id"] not in {r["id"] for r in incidents(target, "--until", "2024-06-10")}
    assert {r["country"] for r in incidents(target, "--country", "mar")} == {"MAR"}
    merged = incidents(target, "--min-stories", "2")
    assert merged and all(r["n_stories"] >= 2 for r in merged)
    assert strike["id"] in {r["id"] for r in merged}
    assert [r["id"] for r in incidents(target, "--source", "epsilon")] == [strike["id"]]
    assert len(incidents(target, "--limit", "1")) == 1

    code, out, _ = run("incidents", "--db", target, "--format", "csv", "--type", "ASSAULT")
    assert code == 0
    header, row = list(csv.reader(io.StringIO(out)))
    assert header[:3] == ["id", "type", "mode"] and header[-3:] == ["killed", "killed_low",
                                                                      "killed_high"]
    assert row[0] == strike["id"] and row[-3:] == ["5", "3", "7"]
    _, out, err = run("incidents", "--db", target, "--format", "table")
    assert out.splitlines()[0].startswith("id ") and strike["id"] in out
    assert f"rasd: {len(rows)} incidents" in err


def test_show_incident_and_page_cluster(target: str) -> None:
    ingest(target, "strike.jsonl")
    inc = strike_id(target)
    code, out, _ = run("show", inc, "--db", target)
    assert code == 0 and out.startswith(f"{inc}  ASSAULT")
    assert "5 in 5 articles, 4 stories, 5 sources (alpha, beta, delta, epsilon, gamma)" in out
    assert "killed     5 (reported 3-7)" in out
    reports = [line for line in out.splitlines() if line.startswith("  report ")]
    assert len(reports) == 5
    # epsilon re-posts beta's text: its report belongs to beta's story.
    assert any(line.startswith("  report epsilon:s5#0 epsilon") and "story beta:s2" in line
               for line in reports)
    assert "قصف" in out  # the evidence sentences

    code, out, _ = run("show", inc, "--db", target, "--format", "json")
    shown = json.loads(out)
    assert shown["id"] == inc and len(shown["members"]) == 5
    assert {m["source"] for m in shown["members"]} == set(STRIKE_SOURCES)

    code, out, _ = run("show", "epsilon:s5", "--db", target)
    assert code == 0 and "cluster    beta:s2 (2 pages" in out
    assert f"[{inc}, 4 stories]" in out
    code, out, _ = run("show", "alpha:s1", "--db", target)
    assert "cluster    alpha:s1 (1 page)" in out

    code, _, err = run("show", "inc-0000000000000000", "--db", target)
    assert code == 1 and "no stored incident or document" in err


def test_dedup_rebuild(target: str) -> None:
    ingest(target, "strike.jsonl")
    before = incidents(target)
    code, out, err = run("dedup", "--db", target)
    assert code == 0 and out == ""
    assert "rasd: 0 pages clustered" in err  # ingest clustered them already
    code, _, err = run("dedup", "--rebuild", "--db", target)
    assert code == 0
    assert "rasd: 5 pages clustered, 1 near-duplicates" in err
    assert f"rasd: {len(before)} incidents from " in err and "1 reported by several" in err
    assert incidents(target) == before


def test_export_acled_by_incident(target: str, tmp_path: Path) -> None:
    ingest(target, "strike.jsonl")
    inc = strike_id(target)
    code, out, _ = run("export", "--db", target, "--format", "acled", "--type", "ASSAULT")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 5  # one per report

    target_file = tmp_path / "incidents.csv"
    code, out, err = run("export", "--db", target, "--format", "acled", "--by", "incident",
                         "--type", "ASSAULT", "-o", str(target_file))
    assert code == 0 and out == "" and "rasd: 1 incidents written" in err
    (row,) = csv.DictReader(io.StringIO(target_file.read_text(encoding="utf-8")))
    assert row["event_date"] == "2024-06-11" and row["location"] == "Aleppo"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["fatalities"] == "3"  # killed_low: ACLED's lowest credible figure
    assert row["source"] == "; ".join(STRIKE_SOURCES)
    assert row["notes"].startswith(f"rasd incident {inc}: 5 reports, 4 stories, 5 sources "
                                   "(alpha, beta, delta, epsilon, gamma); killed reported 3-7")


@pytest.mark.parametrize("argv", [("--format", "geojson", "--by", "incident"),
                                  ("--format", "acled", "--by", "incident", "--entity", "x")])
def test_export_by_incident_usage(tmp_path: Path, argv: tuple[str, ...]) -> None:
    code, _, err = run("export", "--db", str(tmp_path / "rasd.db"), *argv)
    assert code == 2 and "rasd: error:" in err


def test_events_count_by_story(target: str) -> None:
    ingest(target, "strike.jsonl")
    code, out, _ = run("events", "--db", target, "--type", "ASSAULT", "--count-by", "report")
    assert code == 0 and out.splitlines() == ["ASSAULT\t5", "total\t5"]
    code, out, err = run("events", "--db", target, "--type", "ASSAULT", "--count-by", "story",
                         "--format", "json")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"type": "ASSAULT", "stories": 4}, {"type": None, "stories": 4}]
    assert "rasd: 4 stories" in err
