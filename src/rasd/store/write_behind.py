"""Write-behind for the serial ingest: a batch is written on a thread while the next one is
analysed.

Why: a write to a database server is mostly waiting — PostgreSQL works in its own
process, on another core — so writing one batch while analysing the next hides that time
behind the analysis (ingest at 77% of analysis-only throughput instead of 69%,
docs/store.md "Speed"). SQLite is written in place (``threaded=False``): its work is in
this process, and the two threads contending for the interpreter made the ingest slower
(79% against 81% of analysis-only).

The guarantees of the serial path stay as they were (:mod:`rasd.store.ingest`):

- one transaction per batch, written in the order the batches were read;
- the connection is used by one thread at a time: the caller reads the store (the
  skip-unchanged check) only between two writes, after :meth:`WriteBehind.wait`;
- the skip-unchanged check sees every page read before: a batch that holds a page of the
  batch waiting to be written first has that batch written (:meth:`WriteBehind.settle`);
- an error in a write is raised in the caller at its next call, and nothing after it is
  written; a crash loses at most the batch analysed and not yet written, which a re-run
  analyses again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

log = logging.getLogger(__name__)

#: The interpreter's thread switch interval while a write-behind to a database SERVER is
#: open (seconds; Python's default is 0.005). Such a writer needs the GIL back after every
#: statement's round trip, and with the default it waits up to 5 ms each time behind the
#: analysing thread: ~40 statements a batch made a PostgreSQL write slower than analysing
#: the batch (7.8 ms a page against 7.4). With 0.5 ms it took 2.7 ms a page. Not for
#: SQLite: its writer works inside this process, and quicker switching only made both
#: threads pay for the contention (analysis +10%, measured).
SERVER_SWITCH_INTERVAL_S = 0.0005


class WriteBehind:
    """Hold one analysed batch, write it on a thread while the next is analysed (or, with
    ``threaded=False``, at once when released: the same calls, in the same order).

    Use as a context manager; per batch: :meth:`settle` (with the new batch's ids), read the
    store, :meth:`release`, analyse, :meth:`hold`. Leaving the ``with`` block normally
    writes what is held; leaving it by an exception only waits for the running write."""

    def __init__(self, *, threaded: bool = True, switch_interval: float | None = None) -> None:
        self._threaded = threaded
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="rasd-write-behind")
        self._running: Future[None] | None = None
        self._held: Callable[[], None] | None = None
        self._held_ids: frozenset[str] = frozenset()
        self._switch_interval = switch_interval
        self._saved_interval = sys.getswitchinterval()

    def __enter__(self) -> WriteBehind:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.flush()
            else:
                self._join(quiet=True)
        finally:
            self._executor.shutdown(wait=True)
            sys.setswitchinterval(self._saved_interval)

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
            if self._threaded:
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
