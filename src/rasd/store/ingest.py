"""Ingest: records → analysed documents → the store, in one transaction per batch.

Identity (docs/store.md): a page is the same document when

1. the input gives its own id (a JSONL ``id``): ``SOURCE:ID``, or ``ID`` without a source;
2. else when it has a URL: the hash of the canonical URL, so an analyst re-crawling a URL
   whose text changed updates the stored page instead of adding a second one;
3. else by its text: the hash of the text (``Document.id``), as ``rasd analyze`` does.

A record whose id is stored with the same input (text and metadata hash) and the same
analysis version (the pipeline's versioned stage names) is skipped before analysis: the
fast path of a re-run. Anything else is analysed and replaces what was stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from urllib.parse import unquote, urlsplit, urlunsplit

from rasd import __version__
from rasd.analysis import analyze, default_pipeline
from rasd.caches import freeze_loaded, release_free_memory
from rasd.errors import RasdError
from rasd.io.sources import RawRecord, RecordFailure, RecordResult, parse_published
from rasd.model import Document, document_id
from rasd.store.db import Store, StoredState
from rasd.store.dedup import update_clusters
from rasd.store.incidents import rebuild_incidents
from rasd.store.rows import Analysed, document_rows
from rasd.store.schema import now_iso
from rasd.store.terms import text_terms, token_terms
from rasd.store.write_behind import WriteBehind
from rasd.store.writer_process import WriterProcess
from rasd.text.tokens import document_tokens

log = logging.getLogger(__name__)

#: Documents per transaction. Larger batches amortise the commit (an fsync of the WAL on
#: SQLite, a round trip on PostgreSQL); smaller ones lose less work to a crash. 50 pages
#: are a few seconds of analysis.
BATCH_SIZE = 50

#: SQLite targets that name a database private to its connection: written in place.
IN_MEMORY = frozenset({":memory:", ""})


@dataclass(frozen=True, slots=True)
class Identity:
    id: str
    #: 'input', 'url' or 'text' (module doc).
    kind: str
    input_id: str | None
    url_key: str | None


def canonical_url(url: str) -> str:
    """The URL as one page is named however it was written: scheme and host lower-cased,
    default port, fragment and trailing slash dropped, percent-escapes decoded."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    path = unquote(parts.path).rstrip("/")
    # http and https name the same article on a news site.
    scheme = "https" if scheme in ("http", "https") else scheme
    return urlunsplit((scheme, host, path, unquote(parts.query), ""))


def _sha16(*parts: str | None) -> str:
    blob = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def identity(text: str, *, id: str | None, url: str | None, source: str | None) -> Identity:
    if id:
        return Identity(f"{source}:{id}" if source else id, "input", id,
                        canonical_url(url) if url else None)
    if url:
        key = canonical_url(url)
        return Identity(_sha16("url", key), "url", None, key)
    return Identity(document_id(text), "text", None, None)


@dataclass
class IngestSummary:
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    #: (where, code, reason) of every record that could not be read or analysed.
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def seen(self) -> int:
        return self.stored + self.updated + self.unchanged + self.failed


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata given on the command line, which win over the records' own."""

    published: date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One page to analyse: its record, identity and the metadata it is stored with."""

    rec: RawRecord
    who: Identity
    published: date | None
    url: str | None
    source: str | None
    title: str | None
    input_sha: str


def analysis_version() -> str:
    """The versioned names of the stages that analyse a page, in order."""
    return " ".join(default_pipeline().names)


def terms_of(doc: Document) -> list[str]:
    """The search terms of a document: its title when the text lacks it, and its text
    (tokens shared with the analysis that just ran, when still cached)."""
    terms = token_terms(document_tokens(doc.text))
    if doc.meta_title and doc.meta_title not in doc.text:
        terms = text_terms(doc.meta_title) + terms
    return terms


def plan_jobs(batch: list[RecordResult], summary: IngestSummary,
              overrides: Overrides = Overrides()) -> dict[str, Job]:
    """The batch's pages by id (a later record of the same page wins), with identity and
    metadata decided as ``rasd ingest`` decides them; read failures and bad metadata go to
    ``summary``. Needs no store (the Spark job uses it as it is)."""
    jobs: dict[str, Job] = {}
    for rec in batch:
        if isinstance(rec, RecordFailure):
            summary.failures.append((rec.where, rec.error.code, rec.error.reason))
            continue
        job = _job(rec, summary, overrides)
        if job is not None:
            if job.who.id in jobs:
                summary.unchanged += 1  # superseded within the batch
            jobs[job.who.id] = job
    return jobs


def _job(rec: RawRecord, summary: IngestSummary, o: Overrides) -> Job | None:
    published = o.published
    if published is None and rec.published:
        try:
            published = parse_published(rec.published)
        except ValueError:
            summary.failures.append(
                (rec.where, "bad_published", f"unreadable date {rec.published!r}"))
            return None
    url, source, title = o.url or rec.url, o.source or rec.source, o.title or rec.title
    who = identity(rec.text, id=rec.id, url=url, source=source)
    sha = _sha16(rec.text, published.isoformat() if published else None, url, source, title)
    return Job(rec, who, published, url, source, title, sha)


class Ingester:
    """Analyse records and store them batch by batch (see module doc). With ``workers``
    above 1 a process pool analyses while this process alone writes
    (:mod:`rasd.store.parallel`); the stored rows are the same."""

    def __init__(self, store: Store, *, batch_size: int = BATCH_SIZE,
                 overrides: Overrides = Overrides(), force: bool = False,
                 workers: int = 1) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.overrides = overrides
        self.force = force
        self.workers = max(1, workers)
        self.analysis = analysis_version()

    def run(self, records: Iterable[RecordResult],
            progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        summary = IngestSummary()
        if self.workers > 1:
            from rasd.store.parallel import ingest_parallel

            ingest_parallel(self, records, summary, progress)
        else:
            self._serial(records, summary, progress)
        # Each batch was clustered as it was written (Ingester.write); this pass finds what
        # a crash left pending. Incidents are rebuilt whole, in one transaction, once the
        # last batch is in: both are idempotent and recover on the next run.
        update_clusters(self.store)
        rebuild_incidents(self.store)
        return summary

    def jobs(self, batch: list[RecordResult], summary: IngestSummary) -> dict[str, Job]:
        """:func:`plan_jobs` with this ingester's overrides."""
        return plan_jobs(batch, summary, self.overrides)

    def select(self, jobs: dict[str, Job],
               summary: IngestSummary) -> tuple[list[Job], dict[str, StoredState]]:
        """The jobs to analyse (the others are stored unchanged: counted and dropped) and
        what the store holds for the batch's ids."""
        states = self.store.stored_states(list(jobs))
        todo: list[Job] = []
        for doc_id, job in jobs.items():
            state = states.get(doc_id)
            if (not self.force and state is not None and state.input_sha == job.input_sha
                    and state.analysis == self.analysis):
                summary.unchanged += 1
                continue
            todo.append(job)
        return todo, states

    def write(self, done: list[Analysed], states: dict[str, StoredState],
              summary: IngestSummary) -> None:
        """Store the analysed pages of one batch in one transaction, stamped now."""
        if self.stamp(done, states, summary):
            write_and_cluster(self.store, done)
            log.info("stored a batch of %d documents", len(done))

    @staticmethod
    def stamp(done: list[Analysed], states: dict[str, StoredState],
              summary: IngestSummary) -> bool:
        """Stamp a batch's pages with the time they are stored and count them as stored or
        updated; False when there is nothing to write."""
        if not done:
            return False
        stored = now_iso()
        for rows, _ in done:
            rows.document["stored"] = rows.document["first_stored"] = stored
            if rows.document["id"] in states:
                summary.updated += 1
            else:
                summary.stored += 1
        return True

    def _serial(self, records: Iterable[RecordResult], summary: IngestSummary,
                progress: Callable[[IngestSummary], None] | None) -> None:
        """One analysing process; each batch is written by a writer process while the
        next one is analysed (:mod:`rasd.store.writer_process`, through
        :mod:`rasd.store.write_behind`: same rows, same order, same guarantees). An
        in-memory SQLite database, which no other process can open, is written in place."""
        target = self.store.db.connection_target()
        with ExitStack() as stack:
            # Entered first, left last: leaving the write-behind writes the held batch.
            process = (None if target in IN_MEMORY
                       else stack.enter_context(WriterProcess(target)))
            writer = stack.enter_context(
                WriteBehind(ThreadPoolExecutor(1, thread_name_prefix="rasd-writer")
                            if process is not None else None))
            for batch in batches(records, self.batch_size):
                jobs = self.jobs(batch, summary)
                writer.settle(jobs)
                # The batch written last is gone from this process now (see
                # write_and_cluster for why the heap is trimmed).
                release_free_memory()
                todo, states = self.select(jobs, summary)
                writer.release()
                done: list[Analysed] = []
                for job in todo:
                    try:
                        done.append(analyse_job(job, self.analysis))
                    except RasdError as e:
                        summary.failures.append((job.rec.where, e.code, e.reason))
                if self.stamp(done, states, summary):
                    write = (partial(process.write, done) if process is not None
                             else partial(write_and_cluster, self.store, done))
                    writer.hold(write, (rows.document["id"] for rows, _ in done))
                    freeze_loaded()
                if progress is not None:
                    progress(summary)


def write_and_cluster(store: Store, done: list[Analysed]) -> None:
    """Store one analysed batch in one transaction, then cluster its near-duplicates: now,
    while the next batch is analysed, instead of all together after the last batch (when
    nothing else runs). Pages the clustering misses here (a crash) stay pending for the
    pass at the end of the run."""
    store.write_batch(done)
    update_clusters(store, ids=[rows.document["id"] for rows, _ in done])
    # The batch's pages, rows and search terms are garbage now: hand the C allocator's
    # free pages back, or its heap creeps up over a long crawl (bench/bench_memory.py).
    release_free_memory()


def analyse_job(job: Job, analysis: str) -> Analysed:
    """Analyse one page into its rows and search terms (``stored`` is set by
    :meth:`Ingester.write`). Raises what :func:`rasd.analysis.analyze` raises."""
    doc = analyze(job.rec.text, published=job.published, url=job.url, source=job.source,
                  title=job.title, id=job.who.id)
    terms = terms_of(doc)  # now, while its tokens are cached
    rows = document_rows(doc, identity=job.who.kind, input_id=job.who.input_id,
                         url_key=job.who.url_key, input_sha=job.input_sha,
                         text_sha=document_id(doc.text), analysis=analysis,
                         rasd_version=__version__, stored="")
    return rows, terms


def batches(records: Iterable[RecordResult], size: int) -> Iterator[list[RecordResult]]:
    batch: list[RecordResult] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
