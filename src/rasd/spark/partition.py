"""The work of one Spark partition, in plain Python: paths in, table rows out.

:func:`analyse_paths` builds the pipeline once (:func:`rasd.analysis.default_pipeline` is
cached per process, and Spark reuses its Python workers across tasks, so an executor loads
the models once), streams each path's records through :func:`rasd.io.sources.iter_records`
and yields ``(table, row tuple)`` pairs for :mod:`rasd.spark.tables`. A page is turned into
rows exactly as ``rasd ingest`` stores it: the same identity, metadata overrides and date
parsing (:func:`rasd.store.ingest.plan_jobs`), the same row builders
(:func:`rasd.store.rows.document_rows`, :mod:`rasd.export.rows_flat`).

Nothing here is fatal for the partition: an unreadable path, a bad record, a page the
analysis fails on become ``failures`` rows, and the next record goes on.

Privacy as in every rasd output: e-mail addresses and phone numbers found in reader
comments are masked (same length, offsets kept) in the text columns written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasd import __version__
from rasd.analysis import analyze, default_pipeline
from rasd.caches import freeze_loaded
from rasd.errors import RasdError
from rasd.export.rows_flat import entities_flat, events_flat
from rasd.io.records import DEFAULT_FIELDS, RecordFields
from rasd.io.sources import InputFormat, iter_records
from rasd.model import Document, document_id
from rasd.serialize import redacted_text
from rasd.spark.fetch import local_copy, resolve
from rasd.spark.tables import TABLES
from rasd.store.ingest import (
    BATCH_SIZE,
    IngestSummary,
    Job,
    Overrides,
    analysis_version,
    batches,
    plan_jobs,
)
from rasd.store.rows import DocumentRows, Row, document_rows

log = logging.getLogger(__name__)

#: A row on its way to Spark: its table's name and its values in column order.
TableRow = tuple[str, tuple[Any, ...]]

#: The pseudo-table of ignored failures (``JobOptions.ignore``): ``(code,)``, counted by the
#: driver, never written.
IGNORED = "ignored"

#: The code of a failure that is not a rasd error (a bug met on some page): the record
#: fails, the partition goes on.
INTERNAL_ERROR = "internal_error"


@dataclass(frozen=True, slots=True)
class JobOptions:
    """What every partition needs to know (pickled to the executors)."""

    #: When the job started (ISO-8601): the ``stored`` column of every document.
    stored: str
    input_format: InputFormat = "auto"
    fields: RecordFields = DEFAULT_FIELDS
    require_arabic: bool = True
    overrides: Overrides = field(default_factory=Overrides)
    #: Joined to relative paths (Common Crawl path lists): ``https://data.commoncrawl.org/``.
    prefix: str | None = None
    #: Where remote files are copied (default: the system's temporary directory).
    temp_dir: str | None = None
    #: Failure codes counted but not written (``not_arabic`` on a multilingual crawl,
    #: where most pages are not Arabic and a row for each would dwarf the output).
    ignore: frozenset[str] = frozenset()


def analyse_paths(paths: Iterable[str], options: JobOptions) -> Iterator[TableRow]:
    """Every row of every record of ``paths`` (lines of the path list; blank lines and
    ``#`` comments skipped)."""
    analysis = analysis_version()  # the stage names stored with every page, as ingest does
    default_pipeline()  # built (models loaded) once per Python worker, before any page
    for line in paths:
        path = line.strip()
        if not path or path.startswith("#"):
            continue
        for name, values in _analyse_path(path, options, analysis):
            if name == "failures" and values[2] in options.ignore:
                yield IGNORED, (values[2],)
            else:
                yield name, values


def _failure(path: str, record: str, code: str, message: str) -> TableRow:
    return "failures", TABLES["failures"].to_tuple(
        {"path": path, "record": record, "code": code, "message": message}, None)


def _analyse_path(path: str, options: JobOptions, analysis: str) -> Iterator[TableRow]:
    source = resolve(path, options.prefix)
    try:
        with local_copy(source, temp_dir=options.temp_dir) as local:
            records = iter_records([local], input_format=options.input_format,
                                   fields=options.fields,
                                   require_arabic=options.require_arabic)
            for batch in batches(records, BATCH_SIZE):
                summary = IngestSummary()
                jobs = plan_jobs(batch, summary, options.overrides)
                for where, code, reason in summary.failures:
                    yield _failure(path, _named(where, local, source), code, reason)
                for job in jobs.values():
                    yield from _analyse_job(path, job, local, source, options.stored,
                                            analysis)
    except RasdError as e:  # the download failed: the whole path fails
        yield _failure(path, source, e.code, e.reason)


def _named(where: str, local: str, source: str) -> str:
    """A record's ``where`` with the temporary copy's name replaced by the URL it came
    from (``…/tmp/rasd-fetch-x/f.warc.gz#3`` → ``https://…/f.warc.gz#3``)."""
    return source + where[len(local):] if where.startswith(local) else where


def _analyse_job(path: str, job: Job, local: str, source: str, stored: str,
                 analysis: str) -> Iterator[TableRow]:
    where = _named(job.rec.where, local, source)
    try:
        doc = analyze(job.rec.text, published=job.published, url=job.url, source=job.source,
                      title=job.title, id=job.who.id)
        rows = document_rows(doc, identity=job.who.kind, input_id=job.who.input_id,
                             url_key=job.who.url_key, input_sha=job.input_sha,
                             text_sha=document_id(doc.text), analysis=analysis,
                             rasd_version=__version__, stored=stored)
        out = list(table_rows(doc, rows))
        freeze_loaded()  # once: the models and lexicons the first page loaded live on
    except RasdError as e:
        yield _failure(path, where, e.code, e.reason)
        return
    except Exception as e:  # one page's bug must not end a partition of thousands
        log.exception("%s: analysis failed", where)
        yield _failure(path, where, INTERNAL_ERROR, f"{type(e).__name__}: {e}")
        return
    yield from out


def table_rows(doc: Document, rows: DocumentRows) -> Iterator[TableRow]:
    """The rows of one analysed page for every table but ``failures``."""
    _redact(doc, rows)
    day = rows.document["published"]
    yield "documents", TABLES["documents"].to_tuple(rows.document, day)
    for name, built in (("entities", entities_flat(rows)), ("events", events_flat(rows)),
                        ("quotes", rows.children["quotes"]),
                        ("comments", rows.children["comments"])):
        table = TABLES[name]
        for row in built:
            yield name, table.to_tuple(row, day)


def _redact(doc: Document, rows: DocumentRows) -> None:
    """Mask the personal data found in comments in ``rows`` (in place): the document's
    text, and every span text re-read from the masked text (``doc`` is already masked
    in the ``doc`` JSON column by :func:`rasd.serialize.document_to_json`)."""
    if not any(c.redactions for c in doc.comments):
        return
    masked = redacted_text(doc)
    rows.document["text"] = masked
    for table_rows_ in rows.children.values():
        for row in table_rows_:
            _remask_row(row, masked)
    for row, comment in zip(rows.children["comments"], doc.comments, strict=True):
        if comment.author is not None:
            row["author"] = masked[comment.author.start:comment.author.end]


def _remask_row(row: Row, masked: str) -> None:
    for prefix in ("", "trigger_"):
        start, end = row.get(f"{prefix}start_char"), row.get(f"{prefix}end_char")
        if isinstance(start, int) and isinstance(end, int) and f"{prefix}text" in row:
            row[f"{prefix}text"] = masked[start:end]
