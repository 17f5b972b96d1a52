"""The work of one Spark partition without Spark (rasd.spark.partition, rasd.spark.fetch,
rasd.spark.tables): rows equal to what ``rasd ingest`` stores, failures as rows, remote
paths copied first."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.spark import fetch
from rasd.spark.partition import IGNORED, JobOptions, TableRow, analyse_paths
from rasd.spark.tables import PARTITION_COLUMN, TABLES, UNKNOWN_DAY
from tests.spark.pages import build_inputs, build_jsonl, build_warc
from tests.spark.reference import compared_columns, normal_rows, store_tables

OPTIONS = JobOptions(stored="2026-12-02T00:00:00+00:00")


def _by_table(rows: list[TableRow]) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {name: [] for name in TABLES}
    for name, values in rows:
        table = TABLES[name]
        columns = [*table.column_names, *([PARTITION_COLUMN] if table.partitioned else [])]
        assert len(values) == len(columns)
        out[name].append(dict(zip(columns, values, strict=True)))
    return out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    return build_inputs(tmp_path_factory.mktemp("spark-inputs"))


@pytest.fixture(scope="module")
def tables(inputs: tuple[Path, list[Path]]) -> dict[str, list[dict[str, object]]]:
    paths, _ = inputs
    return _by_table(list(analyse_paths(paths.read_text("utf-8").splitlines(), OPTIONS)))


def test_rows_equal_the_single_process_store(inputs: tuple[Path, list[Path]],
                                             tables: dict[str, list[dict[str, object]]],
                                             tmp_path: Path) -> None:
    _, files = inputs
    expected = store_tables(tmp_path / "rasd.db", files)
    assert len(expected["documents"]) == 5 and len(expected["events"]) >= 5
    for name, rows in expected.items():
        assert normal_rows(tables[name], compared_columns(name)) == rows, name


def test_failures_are_rows_not_fatal(inputs: tuple[Path, list[Path]],
                                     tables: dict[str, list[dict[str, object]]]) -> None:
    paths, (_, batch) = inputs
    missing = str(paths.parent / "missing.warc.gz")
    got = sorted((f["path"], f["record"], f["code"]) for f in tables["failures"])
    assert got == sorted([(str(batch), f"{batch}:2", "bad_record"),
                          (missing, missing, "missing")])


def test_partition_days_and_masked_comments(
        tables: dict[str, list[dict[str, object]]]) -> None:
    days = {d["input_id"]: d[PARTITION_COLUMN] for d in tables["documents"]}
    assert days["b1"] == UNKNOWN_DAY and days["t1"] == "2024-05-20"
    assert sorted(d for d in days.values() if d != UNKNOWN_DAY) == [
        "2024-02-11", "2024-03-05", "2024-04-17", "2024-05-20"]
    for name in ("entities", "events", "quotes", "comments"):
        for row in tables[name]:
            doc = next(d for d in tables["documents"] if d["id"] == row["doc_id"])
            assert row[PARTITION_COLUMN] == doc[PARTITION_COLUMN]
    # The e-mail address a reader left is masked, same length, in every text written.
    texts = [str(d["text"]) for d in tables["documents"]]
    texts += [str(c["text"]) for c in tables["comments"]]
    assert all("mona.k@example.org" not in t for t in texts)
    assert any("[email]" in str(c["text"]) for c in tables["comments"])
    for c in tables["comments"]:
        doc = next(d for d in tables["documents"] if d["id"] == c["doc_id"])
        assert str(doc["text"])[c["start_char"]:c["end_char"]] == c["text"]  # type: ignore[misc]


def test_blank_lines_and_comments_in_the_path_list_are_skipped() -> None:
    assert list(analyse_paths(["", "  ", "# a comment"], OPTIONS)) == []


def test_resolve_paths() -> None:
    assert fetch.resolve("file:///data/a.warc.gz") == "/data/a.warc.gz"
    cc = "crawl-data/CC-NEWS/2024/01/CC-NEWS-20240101000000-00001.warc.gz"
    assert (fetch.resolve(cc, "https://data.commoncrawl.org/")
            == f"https://data.commoncrawl.org/{cc}")
    assert fetch.resolve(cc, "s3://commoncrawl") == f"s3://commoncrawl/{cc}"
    assert fetch.resolve("/abs/a.jsonl", "https://x.example/") == "/abs/a.jsonl"
    assert fetch.resolve(cc) == cc
    assert fetch.is_remote("https://x.example/a") and not fetch.is_remote("/a")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A directory served over HTTP on the loopback address (a stand-in for a crawl
    bucket), stopped after the test."""
    root = tmp_path / "bucket"
    root.mkdir()

    def handler(*args: object, **kwargs: object) -> _Quiet:
        return _Quiet(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_remote_paths_are_fetched_and_named_by_url(served: tuple[str, Path],
                                                   tmp_path: Path) -> None:
    base, root = served
    (root / "crawl-data").mkdir()
    build_warc(root / "crawl-data" / "c.warc.gz")
    build_jsonl(root / "crawl-data" / "w.jsonl")
    work = tmp_path / "work"
    work.mkdir()
    options = JobOptions(stored=OPTIONS.stored, prefix=base, temp_dir=str(work))
    rows = _by_table(list(analyse_paths(
        ["crawl-data/c.warc.gz", "crawl-data/w.jsonl", "crawl-data/gone.warc.gz"], options)))
    assert len(rows["documents"]) == 5
    failures = sorted((f["record"], f["code"]) for f in rows["failures"])
    assert failures == [(f"{base}crawl-data/gone.warc.gz", "missing"),
                        (f"{base}crawl-data/w.jsonl:2", "bad_record")]
    assert list(work.iterdir()) == []  # the copies are gone


def test_to_tuple_types_and_missing_columns() -> None:
    events = TABLES["events"]
    row = dict.fromkeys(events.column_names)
    row.update(lat=31, ordinal=2.0, negated=0, event_date="2024-05-01")
    values = dict(zip([*events.column_names, PARTITION_COLUMN],
                      events.to_tuple(row, None), strict=True))
    assert values["lat"] == 31.0 and isinstance(values["lat"], float)
    assert values["ordinal"] == 2 and isinstance(values["ordinal"], int)
    assert values["negated"] is False and values[PARTITION_COLUMN] == UNKNOWN_DAY
    assert str(values["event_date"]) == "2024-05-01"
    del row["lat"]
    with pytest.raises(KeyError):
        events.to_tuple(row, "2024-05-01")
    assert "`precision` STRING" in TABLES["entities"].ddl()
    assert TABLES["events"].ddl().endswith(f"`{PARTITION_COLUMN}` STRING")


def test_ignored_failure_codes_are_counted_not_written(tmp_path: Path) -> None:
    batch = build_jsonl(tmp_path / "w.jsonl")
    options = JobOptions(stored=OPTIONS.stored, ignore=frozenset({"missing"}))
    rows = list(analyse_paths([str(tmp_path / "gone.warc"), str(batch)], options))
    assert (IGNORED, ("missing",)) in rows
    assert [v[2] for name, v in rows if name == "failures"] == ["bad_record"]
