"""``rasd ingest``, ``search``, ``show``, ``events`` and ``export``: the store's command line
(``incidents`` and ``dedup`` are in :mod:`rasd.cli_incidents`).

``--db`` takes a SQLite file (default ``rasd.db``, or ``$RASD_DB``) or a
``postgresql://`` URL. ``rasd ingest`` reads inputs like ``rasd analyze`` (files,
directories, ``-``, JSONL batches), stores them batch by batch and ends with a summary;
a bad input is reported and skipped, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, TextIO

from rasd.cli_incidents import add_incident_commands
from rasd.cli_input import add_input_arguments, iso_date
from rasd.cli_output import (
    EXIT_FAILURES,
    EXIT_OK,
    print_export_summary,
    print_json_lines,
    print_table,
    resolve_format,
)
from rasd.store.errors import StoreError
from rasd.store.ingest import BATCH_SIZE

#: Seconds between two progress-line refreshes on a terminal.
PROGRESS_EVERY = 0.5


def _db_default() -> str:
    return os.environ.get("RASD_DB") or "rasd.db"


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from e
    if n < 1:
        raise argparse.ArgumentTypeError(f"at least 1 worker, not {n}")
    return n


class _Progress:
    """``N pages, X pages/s`` rewritten in place on a terminal; nothing in a pipe."""

    def __init__(self, stream: TextIO, mode: str) -> None:
        self.stream = stream
        self.on = mode == "always" or (mode == "auto" and stream.isatty())
        self.t0 = time.monotonic()
        self.last = 0.0

    def __call__(self, s: Any) -> None:
        now = time.monotonic()
        if not self.on or now - self.last < PROGRESS_EVERY:
            return
        self.last = now
        rate = s.seen / max(now - self.t0, 1e-9)
        print(f"\r{s.seen} pages, {rate:.1f} pages/s: {s.stored} stored, {s.updated} updated, "
              f"{s.unchanged} unchanged, {s.failed} failed", end="", file=self.stream,
              flush=True)

    def done(self) -> None:
        if self.on and self.last:
            print(file=self.stream)


def cmd_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.io.sources import iter_records
    from rasd.store import Ingester, Overrides, Store

    stdin = sys.stdin.buffer if "-" in args.paths else None
    records = iter_records(args.paths, input_format=args.input_format, stdin=stdin,
                           fields=args.fields)
    overrides = Overrides(args.published, args.url, args.source, args.title)
    progress = _Progress(err, args.progress)
    t0 = time.monotonic()
    try:
        with Store.open(args.db) as store:
            summary = Ingester(store, batch_size=args.batch_size, overrides=overrides,
                               force=args.force, workers=args.workers).run(records, progress)
    except StoreError as e:
        progress.done()
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    progress.done()
    for where, code, reason in summary.failures:
        print(f"rasd: error: {where}: {reason} [{code}]", file=err)
    seconds = time.monotonic() - t0
    print(f"rasd: {summary.stored} stored, {summary.updated} updated, {summary.unchanged} "
          f"unchanged, {summary.failed} failed in {seconds:.1f} s", file=err)
    return EXIT_FAILURES if summary.failures else EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.store import Store, search, snippet

    try:
        with Store.open(args.db) as store:
            hits = search(store.db, args.query, limit=args.limit)
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    if not hits:
        print(f"rasd: nothing matches {args.query!r}", file=err)
        return EXIT_FAILURES
    for h in hits:
        if args.format == "jsonl":
            print(json.dumps({"id": h.id, "title": h.title, "source": h.source,
                              "published": h.published, "snippet": snippet(h.text, h.terms)},
                             ensure_ascii=False), file=out)
        else:
            meta = " ".join(x for x in (h.published, h.source) if x)
            print(f"{h.id}\t{h.title or ''}\t{meta}\n    {snippet(h.text, h.terms)}", file=out)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.cli_incidents import show_incident
    from rasd.store import Store
    from rasd.store.incident_query import document_incidents, incident, page_cluster
    from rasd.store.rows import masked_text

    try:
        with Store.open(args.db) as store:
            # An incident id; a document whose own id starts with "inc-" still shows.
            is_incident = args.id.startswith("inc-") and incident(store.db, args.id)
            row = None if is_incident else store.document(args.id)
            cluster = page_cluster(store.db, row["id"]) if row else None
            in_incidents = document_incidents(store.db, row["id"]) if row else {}
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    if is_incident:
        return show_incident(args.db, args.id, args.format, out, err)
    if row is None:
        what = "incident or document" if args.id.startswith("inc-") else "document"
        print(f"rasd: no stored {what} {args.id!r}", file=err)
        return EXIT_FAILURES
    doc = row["doc"] if isinstance(row["doc"], dict) else json.loads(row["doc"])
    if args.format == "json":
        # The store keeps the page as read; e-mails and phones in comments are masked on
        # the way out, as the API shows them (the JSON's redactions say where).
        doc = {**doc, "text": masked_text(row["text"], doc)}
        print(json.dumps(doc, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    print(f"{row['id']}  {row['title'] or '(no title)'}", file=out)
    for label, key in (("source", "source"), ("url", "url"), ("published", "published"),
                       ("identity", "identity"), ("analysis", "analysis"),
                       ("revision", "revision"), ("stored", "stored")):
        if row[key] is not None:
            print(f"  {label:10} {row[key]}", file=out)
    counts = ", ".join(f"{row['n_' + k]} {k}" for k in (
        "blocks", "entities", "quotes", "events", "casualties", "times", "comments"))
    print(f"  {'contents':10} {row['chars']} characters, {counts}", file=out)
    if cluster is not None:
        size = "1 page" if cluster.size == 1 else f"{cluster.size} pages"
        lead = ", its representative" if cluster.representative and cluster.size > 1 else ""
        print(f"  {'cluster':10} {cluster.id} ({size}{lead})", file=out)
    for i, ev in enumerate(doc.get("events", [])[:20]):
        actor = (ev.get("actor") or {}).get("text") or "?"
        place = (ev.get("place") or {}).get("name_en") or ""
        inc = in_incidents.get(i)
        tail = f" [{inc[0]}, {inc[1]} stories]" if inc else ""
        print(f"  event {ev['type']:10} {actor} — {ev['trigger']['text']} "
              f"{ev.get('date') or ''} {place}".rstrip() + tail, file=out)
    return EXIT_OK


def _event_filter(args: argparse.Namespace, *, limit: int | None) -> Any:
    from rasd.store.query import EventFilter

    return EventFilter(country=args.country, type=args.type, mode=args.mode,
                       since=args.since, until=args.until, source=args.source,
                       entity=args.entity, facts_only=not args.all_events, limit=limit)


#: Widths of the ``rasd events`` table columns (characters; longer values are cut).
_TABLE = (("event_date", 10), ("type", 18), ("country", 7), ("place", 16), ("actor", 24),
          ("recipient", 20), ("killed", 6), ("event_id", 30))


def _table_cell(e: dict[str, Any], column: str) -> str:
    if column == "type":
        return f"{e['type']}/{e['mode']}" if e["mode"] else e["type"]
    if column == "place":
        return e["place_name_en"] or e["place"] or ""
    if column == "killed":
        lo, hi = e["killed_min"], e["killed_max"]
        return "" if lo is None else (str(lo) if hi in (None, lo) else f"{lo}-{hi}")
    value = e[column]
    return "" if value is None else " ".join(str(value).split())


def cmd_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.export import flat
    from rasd.store import Store
    from rasd.store.query import events

    if args.count_by:
        return _count_events(args, out, err)
    try:
        with Store.open(args.db) as store:
            rows = events(store.db, _event_filter(args, limit=args.limit))
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    fmt = resolve_format(args.format, out)
    if fmt == "json":
        print_json_lines(rows, out)
    elif fmt == "csv":
        flat.write(rows, out)
    else:
        print_table(rows, _TABLE, _table_cell, out)
    print(f"rasd: {len(rows)} events", file=err)
    return EXIT_OK


def _count_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``rasd events --count-by story|report``: events per type, then the total."""
    from rasd.store import Store
    from rasd.store.incident_query import event_counts

    try:
        with Store.open(args.db) as store:
            counts = event_counts(store.db, _event_filter(args, limit=None), args.count_by)
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    unit = "stories" if args.count_by == "story" else "events"
    for type_, n in counts:
        if args.format == "json":
            print(json.dumps({"type": None if type_ == "*" else type_, unit: n}), file=out)
        else:
            sep = "," if args.format == "csv" else "\t"
            print(f"{'total' if type_ == '*' else type_}{sep}{n}", file=out)
    print(f"rasd: {counts[-1][1]} {unit}", file=err)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.cli_incidents import export_incidents
    from rasd.export import ExportError, export
    from rasd.store import Store

    if args.by == "incident":
        return export_incidents(args, out, err)
    try:
        with Store.open(args.db) as store:
            stats = export(store.db, args.format, _event_filter(args, limit=args.limit),
                           target=args.output, stream=out)
    except (StoreError, ExportError) as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    print_export_summary(stats, "events", err)
    return EXIT_OK


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="ISO 3166 alpha-3 code of the event's country (KAZ)")
    p.add_argument("--type", help="PLOVER event type (PROTEST, ASSAULT, ...)")
    p.add_argument("--mode", help="PLOVER mode (demo, arrest, aerial, ...)")
    p.add_argument("--since", type=iso_date, help="events on or after this date")
    p.add_argument("--until", type=iso_date, help="events on or before this date")
    p.add_argument("--source", help="outlet, as stored with the page")
    p.add_argument("--entity", help="KB id (iso:KAZ, gn:1526384) or name of the actor, "
                                    "recipient or place")
    p.add_argument("--all-events", action="store_true",
                   help="include negated, denied, future and hypothetical events")
    p.add_argument("--limit", type=int, help="at most N events")


def add_store_commands(sub: Any) -> None:
    """Register ``ingest``, ``search``, ``show``, ``events``, ``export``, ``incidents`` and
    ``dedup`` on the top-level subparsers."""
    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=_db_default(),
                       help="SQLite file or postgresql:// URL (default rasd.db or $RASD_DB)")

    ing = sub.add_parser("ingest", help="analyse pages and store them (SQLite or PostgreSQL)")
    ing.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    db_option(ing)
    add_input_arguments(ing)
    ing.add_argument("--published", type=iso_date, help="publication date (YYYY-MM-DD)")
    ing.add_argument("--url")
    ing.add_argument("--source", help="outlet name")
    ing.add_argument("--title", help="headline, when the text does not start with it")
    ing.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                     help=f"documents per transaction (default {BATCH_SIZE})")
    ing.add_argument("--workers", type=_workers, default=1,
                     help="processes analysing pages in parallel (default 1: this one, "
                          "with a writer process storing each batch while the next is "
                          "analysed); with more, this process alone writes")
    ing.add_argument("--force", action="store_true",
                     help="re-analyse pages even when stored unchanged")
    ing.add_argument("--progress", choices=["auto", "always", "never"], default="auto",
                     help="progress line on stderr (auto: on a terminal only)")
    ing.set_defaults(func=cmd_ingest)

    se = sub.add_parser("search", help="full-text search of stored pages")
    se.add_argument("query")
    db_option(se)
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--format", choices=["text", "jsonl"], default="text")
    se.set_defaults(func=cmd_search)

    sh = sub.add_parser("show", help="a stored document's or incident's (inc-...) summary, "
                                    "or its JSON")
    sh.add_argument("id")
    db_option(sh)
    sh.add_argument("--format", choices=["text", "json"], default="text")
    sh.set_defaults(func=cmd_show)

    ev = sub.add_parser("events", help="stored events, filtered (a table on a terminal)")
    db_option(ev)
    _filter_options(ev)
    ev.add_argument("--format", choices=["auto", "table", "json", "csv"], default="auto",
                    help="auto: a table on a terminal, JSON lines otherwise")
    ev.add_argument("--count-by", choices=["report", "story"],
                    help="count events per type instead of listing them: every report, or "
                         "each story (near-duplicate pages) once")
    ev.set_defaults(func=cmd_events)

    ex = sub.add_parser("export", help="export stored events: PLOVER, ACLED, GeoJSON, ...")
    db_option(ex)
    ex.add_argument("--format", required=True,
                    choices=["plover", "acled", "geojson", "parquet", "csv"])
    ex.add_argument("-o", "--output", help="file to write (atomically); default stdout")
    ex.add_argument("--by", choices=["event", "incident"], default="event",
                    help="one row per event (default) or per incident (acled only: "
                         "fatalities = the lowest figure any story reports)")
    _filter_options(ex)
    ex.set_defaults(func=cmd_export)

    add_incident_commands(sub, db_option, iso_date)

