"""Parallel ingest (``rasd ingest --workers N``): a process pool analyses, this process
alone reads the records, decides what to analyse and writes.

Why this split: SQLite has one writer, and the store's guarantees (one transaction per
batch, ids, the skip-unchanged fast path) live in :class:`~rasd.store.ingest.Ingester`.
So the parent does exactly what a single-process ingest does, batch by batch, except that
the pages a batch must analyse are sent to the pool (:data:`PAGES_PER_TASK` pages a task),
and batches are written, and their near-duplicates clustered, in the order they were read
once their pages are back. The stored rows are those of ``--workers 1``
(only the ``stored`` timestamps differ).

- **Bounded memory**: records are streamed; at most :data:`WINDOW_BATCHES_PER_WORKER` × N
  batches are in flight (read, not yet written), never the corpus.
- **Nothing analysed twice**: the skip-unchanged check runs in the parent before a page is
  sent. A batch holding a page still in flight first waits for the window to be written,
  so the check sees it stored, as the serial path would.
- **Failures are per record**: an analysis error comes back as that record's failure; so
  does a worker process that dies (killed, out of memory): the pool is restarted and the
  pages it held are analysed again one at a time, so only the page that kills a worker
  again fails (``worker_crashed``).

Workers are forked from a fork server that built and warmed the pipeline once and froze it
out of the garbage collector's reach (``spawn``
where there is no fork server: each worker then warms itself); never forked from the
writer, whose database connection must not be copied.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rasd.errors import RasdError
from rasd.io.sources import RecordResult
from rasd.store.db import StoredState
from rasd.store.ingest import Ingester, IngestSummary, Job, analyse_job, batches
from rasd.store.rows import Analysed

log = logging.getLogger(__name__)

#: Batches in flight per worker: two keep every worker busy while the parent writes the
#: oldest batch (one being analysed, one queued), and bound memory to 2 × N × batch pages.
WINDOW_BATCHES_PER_WORKER = 2

#: Pages sent to a worker in one task. One task per page cost the writer ~0.8 ms a page of
#: queue and pickling work (a third of its time) on the same two cores the workers need;
#: five pages a task cut that while a 50-page batch still spreads over the workers.
PAGES_PER_TASK = 5

#: The module the fork server imports before forking workers: it warms the pipeline.
_WARM_MODULE = "rasd.store.warm"

#: What a worker returns: the page's rows and terms, or the (code, reason) of its failure.
Outcome = tuple[Analysed | None, tuple[str, str] | None]
#: The function a worker runs on each job (module-level, so it pickles by name).
Analyser = Callable[[Job, str], Analysed]

T = TypeVar("T")


def _init_worker() -> None:
    """Warm the pipeline in the worker: already done (and instant) when it was forked from
    a warm fork server; under ``spawn`` the few seconds of loading are paid here."""
    from rasd.store.warm import warm

    warm()


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where there is one (Linux, macOS): a clean process, warmed once, that
    forks every worker, so N workers and every restart start warm. ``spawn`` elsewhere.
    Never plain ``fork``: it would copy the writer's open database connection."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Ignored when this process's fork server already runs (preloaded or not): then
        # the workers warm themselves in _init_worker.
        ctx.set_forkserver_preload([_WARM_MODULE])
        return ctx
    return multiprocessing.get_context("spawn")


def analyse_task(analyser: Analyser, jobs: list[Job], analysis: str) -> list[Outcome]:
    """Run in a worker: the outcome of each page of one task, in order."""
    return [analyse_in_worker(analyser, job, analysis) for job in jobs]


def analyse_in_worker(analyser: Analyser, job: Job, analysis: str) -> Outcome:
    """Run in a worker: the job's rows, or its failure. A MemoryError or an unexpected
    exception is the failure of this page, not of the run (the serial path would stop)."""
    try:
        return analyser(job, analysis), None
    except RasdError as e:
        return None, (e.code, e.reason)
    except MemoryError:
        return None, ("out_of_memory", "the analysis ran out of memory")
    except Exception as e:  # a bug on one page must not lose the others
        log.exception("analysis of %s failed", job.rec.where)
        return None, ("analysis_crashed", f"{type(e).__name__}: {e}")


class Window(Generic[T]):
    """A FIFO of at most ``limit`` items: :meth:`push` first hands back the oldest items
    beyond the limit, for the caller to finish before more are started."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self._items: deque[T] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def push(self, item: T) -> Iterator[T]:
        while len(self._items) >= self.limit:
            yield self._items.popleft()
        self._items.append(item)

    def drain(self) -> Iterator[T]:
        while self._items:
            yield self._items.popleft()


@dataclass
class _Batch:
    """A batch in flight: its tasks' futures and what the store held for its ids."""

    states: dict[str, StoredState]
    #: Each task's jobs with its future and the generation of the pool it was sent to.
    tasks: list[tuple[list[Job], Future[list[Outcome]], int]] = field(default_factory=list)

    @property
    def ids(self) -> set[str]:
        return {job.who.id for jobs, _, _ in self.tasks for job in jobs}


class _Pool:
    """A process pool, started on the first page sent (a re-run with every page unchanged
    starts none) and restarted after a worker died. ``generation`` counts the restarts, so
    a batch knows whether the pool that failed its pages is still the current one (restart
    it) or was already replaced (just resubmit)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.generation = 0
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, analyser: Analyser, jobs: list[Job],
               analysis: str) -> Future[list[Outcome]]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=_context(),
                initializer=_init_worker)
        try:
            return self._executor.submit(analyse_task, analyser, jobs, analysis)
        except BrokenProcessPool as e:
            # A worker died since the last collection: this page fails with the others the
            # pool held, and is redone when its batch is collected.
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(e)
            return failed

    def restart(self, generation: int) -> None:
        """Drop the pool, if it is still the broken one of ``generation``."""
        if generation != self.generation:
            return
        log.warning("a worker process died; analysing its pages again one at a time")
        self.close()
        self.generation += 1

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def ingest_parallel(ingester: Ingester, records: Iterable[RecordResult],
                    summary: IngestSummary,
                    progress: Callable[[IngestSummary], None] | None = None, *,
                    analyser: Analyser = analyse_job) -> None:
    """The batches of :meth:`Ingester.run` with ``ingester.workers`` processes analysing
    (module doc). ``analyser`` is what the workers run on each page (tests swap it)."""
    pool = _Pool(ingester.workers)
    window: Window[_Batch] = Window(WINDOW_BATCHES_PER_WORKER * ingester.workers)
    in_flight: set[str] = set()

    def finish(batch: _Batch) -> None:
        done = _collect(pool, batch, analyser, ingester.analysis, summary)
        ingester.write(done, batch.states, summary)
        in_flight.difference_update(batch.ids)
        if progress is not None:
            progress(summary)

    try:
        for records_batch in batches(records, ingester.batch_size):
            jobs = ingester.jobs(records_batch, summary)
            if in_flight.intersection(jobs):
                for batch in window.drain():
                    finish(batch)
            todo, states = ingester.select(jobs, summary)
            tasks = [todo[i:i + PAGES_PER_TASK] for i in range(0, len(todo), PAGES_PER_TASK)]
            batch = _Batch(states, [(jobs, pool.submit(analyser, jobs, ingester.analysis),
                                     pool.generation) for jobs in tasks])
            in_flight.update(batch.ids)
            generation = pool.generation
            for oldest in window.push(batch):
                finish(oldest)
            if pool.generation != generation:
                # The pool was restarted: what is left in flight was sent to the dead one
                # and is redone one page at a time; finish it before sending more, so each
                # of those pages really is alone in the pool.
                for left in window.drain():
                    finish(left)
        for batch in window.drain():
            finish(batch)
    finally:
        pool.close()


def _collect(pool: _Pool, batch: _Batch, analyser: Analyser, analysis: str,
             summary: IngestSummary) -> list[Analysed]:
    """The batch's analysed pages in submission order; failures go to ``summary``."""
    done: list[Analysed] = []
    for jobs, future, generation in batch.tasks:
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            # A worker died: every page the pool held failed with it, in this batch and
            # the later ones in flight. Which page killed it is unknown, so each is
            # analysed again alone on a new pool.
            pool.restart(generation)
            outcomes = [_alone(pool, analyser, job, analysis) for job in jobs]
        except Exception:  # the task's results could not come back (e.g. not picklable)
            outcomes = [_alone(pool, analyser, job, analysis) for job in jobs]
        for job, (rows, failure) in zip(jobs, outcomes, strict=True):
            if failure is not None:
                summary.failures.append((job.rec.where, *failure))
            elif rows is not None:
                done.append(rows)
    return done


def _alone(pool: _Pool, analyser: Analyser, job: Job, analysis: str) -> Outcome:
    """``job`` analysed with nothing else in the pool: if a worker dies now, this page
    killed it."""
    generation = pool.generation
    try:
        return pool.submit(analyser, [job], analysis).result()[0]
    except BrokenProcessPool:
        pool.restart(generation)
        return None, ("worker_crashed", "the worker process analysing this page died")
    except Exception as e:  # its result could not come back (e.g. not picklable)
        return None, ("analysis_crashed", f"{type(e).__name__}: {e}")
