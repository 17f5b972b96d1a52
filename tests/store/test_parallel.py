"""``rasd ingest --workers N``: the same rows as one process, idempotent re-runs, failures
per record (a worker that dies included), and the bounded window of batches in flight."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.cli import main
from rasd.io.sources import RawRecord, RecordResult
from rasd.store import Ingester, IngestSummary, Store
from rasd.store.ingest import Job, analyse_job
from rasd.store.parallel import Window, ingest_parallel
from rasd.store.rows import Analysed
from rasd.store.schema import DEDUP_TABLES, TABLES
from tests.store.pages import MEETING, PROTEST, STRIKE, WITH_CLITIC, batch, record, write_jsonl

#: Columns that hold the time of the write, the one thing a second run may change.
_TIMESTAMPS = frozenset({"stored", "first_stored"})

#: Texts the test analyser below treats specially (in the worker process).
_KILLS_WORKER = "هذه الصفحة توقف العامل عن العمل فجأة."
_EXHAUSTS_MEMORY = "هذه الصفحة تستهلك الذاكرة كلها."


def crashing_analyser(job: Job, analysis: str) -> Analysed:
    """The real analysis, except for two pages: one kills its worker process outright (as
    the kernel's OOM killer would), one raises MemoryError."""
    if job.rec.text == _KILLS_WORKER:
        os._exit(9)
    if job.rec.text == _EXHAUSTS_MEMORY:
        raise MemoryError
    return analyse_job(job, analysis)


@pytest.fixture(params=["sqlite", "postgresql"])
def two_targets(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty stores on the same backend (the PostgreSQL ones from ``pg_url``)."""
    if request.param == "sqlite":
        yield str(tmp_path / "one.db"), str(tmp_path / "two.db")
        return
    from urllib.parse import urlsplit, urlunsplit

    url = request.getfixturevalue("pg_url")
    import psycopg

    names = [f"rasd_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with psycopg.connect(url, autocommit=True) as admin:
        for name in names:
            admin.execute(f"CREATE DATABASE {name}")
    p = urlsplit(url)
    try:
        a, b = (urlunsplit((p.scheme, p.netloc, "/" + n, p.query, "")) for n in names)
        yield a, b
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            for name in names:
                admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _records() -> list[RecordResult]:
    pages: list[RecordResult] = [
        RawRecord(r["id"], r["text"], id=r["id"], source=r["source"],
                  published=r["published"]) for r in batch(9)]
    pages[2:2] = [record(PROTEST, id="a"), record(STRIKE, url="https://x.example/strike"),
                  record(MEETING), record("   ", id="blank"),
                  record(WITH_CLITIC, id="c", published="not a date")]
    # The same page again two batches later: stored once, then unchanged (not analysed).
    pages.append(record(PROTEST, id="a"))
    return pages


def _rows(target: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, timestamps left out, in a stable order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with Store.open(target) as store:
        for table in (*TABLES, *DEDUP_TABLES):
            cols = [c for c in table.column_names if c not in _TIMESTAMPS]
            rows = store.db.query(f"SELECT {', '.join(cols)} FROM {table.name}")
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def _outcome(s: IngestSummary) -> tuple[int, int, int, list[tuple[str, str, str]]]:
    return s.stored, s.updated, s.unchanged, sorted(s.failures)


def test_two_workers_store_the_same_rows_as_one(two_targets: tuple[str, str]) -> None:
    serial_db, parallel_db = two_targets
    with Store.open(serial_db) as store:
        serial = Ingester(store, batch_size=3).run(_records())
    with Store.open(parallel_db) as store:
        parallel = Ingester(store, batch_size=3, workers=2).run(_records())
        assert store.check() == []
    assert _outcome(parallel) == _outcome(serial)
    assert (parallel.stored, parallel.unchanged) == (12, 1)
    assert sorted(code for _, code, _ in parallel.failures) == ["bad_published", "empty"]
    serial_rows, parallel_rows = _rows(serial_db), _rows(parallel_db)
    assert parallel_rows["events"] and parallel_rows["search_terms"]
    assert parallel_rows == serial_rows


def test_a_rerun_with_workers_is_idempotent(target: str, tmp_path: Path) -> None:
    pages = write_jsonl(tmp_path / "pages.jsonl", batch(5))

    def ingest() -> str:
        err = io.StringIO()
        code = main(["ingest", str(pages), "--db", target, "--workers", "2",
                     "--batch-size", "2"], out=io.StringIO(), err=err)
        assert code == 0, err.getvalue()
        return err.getvalue()

    assert "5 stored, 0 updated, 0 unchanged, 0 failed" in ingest()
    with Store.open(target) as store:
        before = store.counts()
    assert "0 stored, 0 updated, 5 unchanged, 0 failed" in ingest()
    with Store.open(target) as store:
        assert store.counts() == before and store.check() == []


def test_workers_must_be_positive(tmp_path: Path) -> None:
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(tmp_path), "--workers", "0"], out=io.StringIO(), err=err)
    assert exit_.value.code == 2


def test_a_page_that_kills_its_worker_fails_alone(tmp_path: Path) -> None:
    pages: list[RecordResult] = [
        record(PROTEST, id="a"), record(_KILLS_WORKER, id="dies"), record(STRIKE, id="b"),
        record(_EXHAUSTS_MEMORY, id="big"), record(MEETING, id="c"),
        record(WITH_CLITIC, id="d")]
    with Store.open(tmp_path / "rasd.db") as store:
        ingester = Ingester(store, batch_size=2, workers=2)
        summary = IngestSummary()
        ingest_parallel(ingester, pages, summary, analyser=crashing_analyser)
        assert sorted((where, code) for where, code, _ in summary.failures) == [
            ("big", "out_of_memory"), ("dies", "worker_crashed")]
        assert summary.stored == 4
        stored = {r[0] for r in store.db.query("SELECT id FROM documents")}
        assert stored == {"a", "b", "c", "d"}
        assert store.check() == []


def test_the_window_holds_at_most_its_limit_and_keeps_order() -> None:
    window: Window[int] = Window(3)
    finished: list[int] = []
    for i in range(10):
        finished.extend(window.push(i))
        assert len(window) <= 3
    assert finished == list(range(7))
    finished.extend(window.drain())
    assert finished == list(range(10)) and len(window) == 0
    assert list(Window(0).push(1)) == []  # a limit below 1 still lets one through
