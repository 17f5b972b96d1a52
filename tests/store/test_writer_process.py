"""The ingest's writer process (PostgreSQL): same rows as in place, errors come back, a
dead writer is a clear StoreError and leaves whole batches only."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator

import pytest

from rasd.errors import StoreError
from rasd.io.sources import RawRecord, RecordResult
from rasd.store import Ingester, Store
from rasd.store import ingest as ingest_module
from rasd.store.writer_process import WriterProcess
from tests.store.pages import batch, record


def _records(n: int) -> list[RawRecord]:
    return [record(r["text"], id=r["id"], source=r["source"], published=r["published"])
            for r in batch(n)]


@pytest.fixture
def pg_target(target: str) -> str:
    if not target.startswith("postgresql"):
        pytest.skip("the writer process serves database servers only")
    return target


def _count(store: Store, table: str) -> int:
    return int(store.db.scalar(f"SELECT COUNT(*) FROM {table}"))


def test_ingest_on_a_server_writes_in_a_writer_process(
        pg_target: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[WriterProcess] = []

    class Recorded(WriterProcess):
        def write(self, done: list) -> None:  # type: ignore[type-arg]
            super().write(done)
            started.append(self)

    monkeypatch.setattr(ingest_module, "WriterProcess", Recorded)
    with Store.open(pg_target) as store:
        summary = Ingester(store, batch_size=4).run(_records(10))
        assert summary.stored == 10 and not summary.failures
        assert _count(store, "documents") == 10
        assert _count(store, "page_clusters") == 10  # clustered by the writer, per batch
    assert len(started) == 3  # three batches, one process
    assert len({id(p) for p in started}) == 1


def test_a_rerun_with_nothing_to_write_starts_no_writer(
        pg_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(pg_target) as store:
        Ingester(store).run(_records(3))

        def refuse(self: WriterProcess, done: list) -> None:  # type: ignore[type-arg]
            raise AssertionError("nothing to write")

        monkeypatch.setattr(WriterProcess, "write", refuse)
        summary = Ingester(store).run(_records(3))
        assert summary.unchanged == 3


def test_an_error_in_the_writer_is_raised_in_the_ingest(pg_target: str) -> None:
    with (WriterProcess(pg_target) as writer,
          pytest.raises(StoreError, match="writer process failed: AttributeError")):
        writer.write([("not rows", [])])  # type: ignore[list-item]


def test_a_store_that_cannot_open_is_the_writers_store_error(pg_target: str) -> None:
    wrong = pg_target.rsplit("/", 1)[0] + "/rasd_no_such_database"
    with WriterProcess(wrong) as writer, pytest.raises(StoreError, match="cannot connect"):
        writer.write([])


def test_a_killed_writer_is_a_store_error_and_only_whole_batches_are_stored(
        pg_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    writers: list[WriterProcess] = []
    first_written = threading.Event()

    class Tracked(WriterProcess):
        def write(self, done: list) -> None:  # type: ignore[type-arg]
            super().write(done)
            writers.append(self)
            first_written.set()

    monkeypatch.setattr(ingest_module, "WriterProcess", Tracked)

    def records() -> Iterator[RecordResult]:
        for i, rec in enumerate(_records(12)):
            if i == 8:  # batch 1 is written, batch 2 analysed and held: kill the writer
                assert first_written.wait(60)
                proc = writers[0]._proc
                assert proc is not None
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
            yield rec

    with Store.open(pg_target) as store:
        with pytest.raises(StoreError, match="writer process died"):
            Ingester(store, batch_size=4).run(records())
        stored = _count(store, "documents")
        assert stored == 4  # batch 1 whole; batch 2 was never written
        # The re-run finishes the job.
        summary = Ingester(store, batch_size=4).run(_records(12))
        assert not summary.failures
        assert _count(store, "documents") == 12
        assert summary.unchanged == stored
