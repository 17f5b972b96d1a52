"""The Spark job end to end in local mode (``rasd spark … --master local[2]``) on a WARC and
a JSONL batch built here: its Parquet tables hold the rows of the single-process
``rasd ingest`` of the same pages, identical after sorting. Skipped without pyspark or
Java. The tables are read back with DuckDB, a reader other than Spark."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.cli_spark import add_spark_command
from rasd.errors import SparkJobError
from rasd.spark.job import JobOptions, JobSummary, describe, run
from rasd.spark.tables import PARTITION_COLUMN, TABLES, UNKNOWN_DAY
from tests.spark.pages import build_inputs
from tests.spark.reference import compared_columns, normal_rows, store_tables


def _java() -> bool:
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") is not None or bool(home and Path(home, "bin", "java").exists())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd")
    add_spark_command(parser.add_subparsers(dest="command", required=True))
    return parser


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Path], int, str]]:
    """``rasd spark`` run once for the module: (output dir, input files, exit status,
    stderr)."""
    pytest.importorskip("pyspark")
    if not _java():
        pytest.skip("no Java runtime (Spark needs one)")
    root = tmp_path_factory.mktemp("spark-job")
    paths, files = build_inputs(root)
    out = root / "out"
    args = _parser().parse_args(["spark", str(paths), "--out", str(out),
                                 "--master", "local[2]"])
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        mp.setenv("SPARK_LOCAL_IP", "127.0.0.1")  # no network look-up, no warning about it
        status = args.func(args, io.StringIO(), err)
    yield out, files, status, err.getvalue()


def _read(out: Path, table: str) -> list[dict[str, Any]]:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect(":memory:")
    try:
        pattern = str(out / table / "**" / "*.parquet").replace("'", "''")
        partitioned = "true" if TABLES[table].partitioned else "false"
        cur = con.execute(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = "
                          f"{partitioned}, hive_types_autocast = false)")
        columns = [d[0] for d in cur.description]
        return [dict(zip(columns, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_tables_equal_the_single_process_run(job: tuple[Path, list[Path], int, str],
                                             tmp_path: Path) -> None:
    out, files, _, _ = job
    expected = store_tables(tmp_path / "rasd.db", files)
    for name, rows in expected.items():
        got = _read(out, name)
        assert got, name
        assert normal_rows(got, compared_columns(name)) == rows, name


def test_layout_failures_and_summary(job: tuple[Path, list[Path], int, str]) -> None:
    out, (_, batch), status, err = job
    for name, table in TABLES.items():
        if table.partitioned:
            days = sorted(p.name for p in (out / name).glob(f"{PARTITION_COLUMN}=*"))
            assert f"{PARTITION_COLUMN}={UNKNOWN_DAY}" in days or name in ("quotes",
                                                                             "comments")
        assert (out / name / "_SUCCESS").exists()
    days = {p.name for p in (out / "documents").glob(f"{PARTITION_COLUMN}=*")}
    assert days == {f"{PARTITION_COLUMN}={d}" for d in (
        "2024-02-11", "2024-03-05", "2024-04-17", "2024-05-20", UNKNOWN_DAY)}
    failures = sorted((f["record"], f["code"]) for f in _read(out, "failures"))
    missing = str(batch.parent / "missing.warc.gz")
    assert failures == [(missing, "missing"), (f"{batch}:2", "bad_record")]
    # Failures are reported, not fatal: the exit status says some inputs failed.
    assert status == 1, err
    assert "3 paths on 3 partitions: 5 documents" in err, err
    assert "2 failures (bad_record 1, missing 1)" in err, err


def test_existing_output_is_refused_before_spark_starts(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(SparkJobError, match="--overwrite"):
        run(None, str(tmp_path / "paths.txt"), str(tmp_path / "out"),
            JobOptions(stored="2026-12-02T00:00:00+00:00"))


def test_spark_command_arguments() -> None:
    args = _parser().parse_args(["spark", "paths.txt", "--out", "o", "--partitions", "8",
                                 "--prefix", "https://data.commoncrawl.org/"])
    assert (args.paths_file, args.out, args.partitions, args.master) == (
        "paths.txt", "o", 8, "local[*]")
    assert args.prefix == "https://data.commoncrawl.org/" and args.input_format == "auto"


def test_summary_line() -> None:
    summary = JobSummary(rows={"documents": 3, "events": 7, "failures": 1},
                         failures={"bad_record": 1}, ignored={"not_arabic": 40},
                         paths=2, partitions=2)
    assert describe(summary) == (
        "2 paths on 2 partitions: 3 documents, 0 entities, 7 events, 0 quotes, 0 comments; "
        "1 failures (bad_record 1); ignored: not_arabic 40")
