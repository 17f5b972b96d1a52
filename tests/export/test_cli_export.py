"""``rasd events`` and ``rasd export`` end to end, on both engines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rasd.cli import main
from rasd.export.acled import HEADER
from tests.store.pages import PROTEST, STRIKE, write_jsonl


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _ingest(target: str, tmp_path: Path) -> None:
    pages = write_jsonl(tmp_path / "pages.jsonl", [
        {"id": "kz", "source": "a", "text": PROTEST, "published": "2024-03-10"},
        {"id": "sy", "source": "b", "text": STRIKE, "published": "2024-03-10"},
    ])
    assert run("ingest", str(pages), "--db", target)[0] == 0


def test_events_json_and_table(target: str, tmp_path: Path) -> None:
    _ingest(target, tmp_path)
    code, out, err = run("events", "--db", target, "--country", "KAZ", "--type", "PROTEST",
                         "--since", "2024-01-01")
    assert code == 0 and out  # not a terminal: JSON lines
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and all(r["country"] == "KAZ" and r["type"] == "PROTEST" for r in rows)
    assert f"{len(rows)} events" in err
    code, out, _ = run("events", "--db", target, "--format", "table")
    assert code == 0 and out.splitlines()[0].startswith("event_date")
    assert len(out.splitlines()) > 2


def test_export_to_file_and_stdout(target: str, tmp_path: Path) -> None:
    _ingest(target, tmp_path)
    dest = tmp_path / "acled.csv"
    code, _, err = run("export", "--db", target, "--format", "acled", "-o", str(dest))
    assert code == 0 and "events written" in err
    with dest.open(encoding="utf-8", newline="") as f:
        assert tuple(next(csv.reader(f))) == HEADER
    code, out, err = run("export", "--db", target, "--format", "geojson", "--source", "b")
    assert code == 0 and json.loads(out)["type"] == "FeatureCollection"
    code, _, err = run("export", "--db", target, "--format", "parquet")
    assert code == 1 and "output file" in err
