"""Write-behind for the serial ingest: a batch is written elsewhere while the next one is
analysed.

Why: on a database server the write of a batch — the client's statements and the
server's own work — can run on another core while this process analyses the next batch.
:mod:`rasd.store.ingest` gives :class:`WriteBehind` a one-thread executor for PostgreSQL,
whose thread hands each batch to the writer process (:mod:`rasd.store.writer_process`)
and waits for it without holding the interpreter lock, and none for SQLite, written in
place: its work is in this process, and a writer thread only contended with the analysis
for the interpreter (79% against 81% of analysis-only throughput). The thread used to
write to PostgreSQL itself: it held the lock for the client's Python work (COPY streams,
near-duplicate clustering) and the ingest reached 75-77% (docs/store.md "Speed").

The guarantees of the serial path stay as they were (:mod:`rasd.store.ingest`):

- one transaction per batch, written in the order the batches were read;
- the database is written by one writer at a time, and the caller reads the store (the
  skip-unchanged check) only between two writes, after :meth:`WriteBehind.wait`;
- the skip-unchanged check sees every page read before: a batch that holds a page of the
  batch waiting to be written first has that batch written (:meth:`WriteBehind.settle`);
- an error in a write is raised in the caller at its next call, and nothing after it is
  written; a crash loses at most the batch analysed and not yet written, which a re-run
  analyses again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from types import TracebackType

log = logging.getLogger(__name__)


class WriteBehind:
    """Hold one analysed batch, and when released write it on ``executor`` while the next
    is analysed (or, without one, at once in the caller: the same calls, in the same
    order). The executor must run its tasks one at a time, in order (one worker); it is
    shut down on leaving.

    Use as a context manager; per batch: :meth:`settle` (with the new batch's ids), read the
    store, :meth:`release`, analyse, :meth:`hold`. Leaving the ``with`` block normally
    writes what is held; leaving it by an exception only waits for the running write."""

    def __init__(self, executor: Executor | None = None) -> None:
        self._executor = executor
        self._running: Future[None] | None = None
        self._held: Callable[[], None] | None = None
        self._held_ids: frozenset[str] = frozenset()

    def __enter__(self) -> WriteBehind:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.flush()
            else:
                self._join(quiet=True)
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)

    def wait(self) -> None:
        """Block until the running write (if any) is committed; raise its error."""
        self._join(quiet=False)

    def settle(self, ids: Iterable[str]) -> None:
        """Make the store safe to read for a batch of ``ids``: the running write done, and
        the held batch written too when it holds one of them."""
        self.wait()
        if self._held is not None and not self._held_ids.isdisjoint(ids):
            self.flush()

    def release(self) -> None:
        """Start writing the held batch (call after :meth:`settle` and the store read)."""
        self.wait()
        if self._held is not None:
            write, self._held, self._held_ids = self._held, None, frozenset()
            if self._executor is not None:
                self._running = self._executor.submit(write)
            else:
                write()

    def hold(self, write: Callable[[], None], ids: Iterable[str]) -> None:
        """Keep the write of an analysed batch (of pages ``ids``) until the next
        :meth:`release`; one batch at a time."""
        if self._held is not None:
            raise RuntimeError("a batch is already held; release it first")
        self._held, self._held_ids = write, frozenset(ids)

    def flush(self) -> None:
        """Write the held batch now and wait for it."""
        self.release()
        self.wait()

    def _join(self, *, quiet: bool) -> None:
        running, self._running = self._running, None
        if running is None:
            return
        try:
            running.result()
        except BaseException:
            if not quiet:
                raise
            log.exception("a batch write failed while the ingest was stopping")
