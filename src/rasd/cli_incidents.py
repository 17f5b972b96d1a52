"""``rasd incidents``, ``rasd show inc-…``, ``rasd dedup`` and the incident ACLED export:
the store's near-duplicate clusters and cross-article incidents on the command line
(docs/store.md, "Incidents on the command line"). Registered by :mod:`rasd.cli_store`.
"""

from __future__ import annotations

import argparse
import csv
import json
from typing import Any, Final, TextIO

from rasd.cli_output import (
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_USAGE,
    print_export_summary,
    print_json_lines,
    print_table,
    resolve_format,
)
from rasd.store.errors import StoreError

#: ``rasd incidents`` columns, with their table widths (characters; longer values are cut).
COLUMNS: Final = (("id", 20), ("type", 10), ("mode", 13), ("country", 7),
                  ("place_name_en", 18), ("date_start", 10), ("date_end", 10),
                  ("n_reports", 9), ("n_stories", 9), ("n_sources", 9), ("killed", 6),
                  ("killed_low", 10), ("killed_high", 11))
#: Members listed by ``rasd show inc-…`` before "... and N more".
SHOW_MEMBERS: Final = 50
#: Characters of a member's evidence sentence shown by ``rasd show inc-…``.
EVIDENCE_CHARS: Final = 100


def _cell(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def incident_filter(args: argparse.Namespace) -> Any:
    from rasd.store.incident_query import IncidentFilter

    return IncidentFilter(type=args.type, mode=getattr(args, "mode", None),
                          country=args.country, since=args.since, until=args.until,
                          min_stories=getattr(args, "min_stories", None),
                          source=getattr(args, "source", None), limit=args.limit)


def cmd_incidents(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.store import Store
    from rasd.store.incident_query import incidents

    try:
        with Store.open(args.db) as store:
            rows = incidents(store.db, incident_filter(args))
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    fmt = resolve_format(args.format, out)
    names = [c for c, _ in COLUMNS]
    if fmt == "json":
        print_json_lines(rows, out)
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(names)
        w.writerows([_cell(r[c]) for c in names] for r in rows)
    else:
        print_table(rows, COLUMNS, lambda r, c: _cell(r[c]), out)
    print(f"rasd: {len(rows)} incidents", file=err)
    return EXIT_OK


def show_incident(db_target: str, incident_id: str, fmt: str, out: TextIO,
                  err: TextIO) -> int:
    """``rasd show inc-…``: the incident and its member reports."""
    from rasd.store import Store
    from rasd.store.incident_query import incident, members

    try:
        with Store.open(db_target) as store:
            inc = incident(store.db, incident_id)
            reports = members(store.db, incident_id) if inc else []
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    if inc is None:
        print(f"rasd: no incident {incident_id!r} (incidents are rebuilt by rasd ingest "
              "and rasd dedup)", file=err)
        return EXIT_FAILURES
    if fmt == "json":
        print(json.dumps({**inc, "members": reports}, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    place = inc["place_name_en"] or inc["place"] or inc["country"] or "?"
    kind = f"{inc['type']}/{inc['mode']}" if inc["mode"] else inc["type"]
    when = inc["date_start"] or "undated"
    if inc["date_end"] and inc["date_end"] != inc["date_start"]:
        when += f"..{inc['date_end']}"
    print(f"{inc['id']}  {kind} {place} {when}", file=out)
    print(f"  {'reports':10} {inc['n_reports']} in {inc['n_articles']} articles, "
          f"{inc['n_stories']} stories, {inc['n_sources']} sources "
          f"({', '.join(inc['sources'])})", file=out)
    for role in ("actor", "recipient"):
        if inc[role]:
            print(f"  {role:10} {inc[role]}", file=out)
    for kind_ in ("killed", "injured", "arrested"):
        if inc[kind_] is not None:
            print(f"  {kind_:10} {inc[kind_]} (reported {inc[kind_ + '_low']}-"
                  f"{inc[kind_ + '_high']})", file=out)
    for m in reports[:SHOW_MEMBERS]:
        evidence = _cell(m["evidence"])
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[:EVIDENCE_CHARS - 1] + "…"
        story = "" if m["story"] == m["doc_id"] else f" story {m['story']}"
        print(f"  report {m['doc_id']}#{m['event']} {m['source'] or ''} "
              f"{m['event_date'] or ''}{story}".rstrip(), file=out)
        if evidence:
            print(f"    {evidence}", file=out)
    if len(reports) > SHOW_MEMBERS:
        print(f"  ... and {len(reports) - SHOW_MEMBERS} more reports", file=out)
    return EXIT_OK


def cmd_dedup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Cluster pending pages (or, with ``--rebuild``, every page from scratch), then
    rebuild the incidents."""
    from rasd.store import Store, rebuild_clusters, rebuild_incidents, update_clusters

    try:
        with Store.open(args.db) as store:
            clusters = (rebuild_clusters if args.rebuild else update_clusters)(store)
            incidents = rebuild_incidents(store)
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    print(f"rasd: {clusters.pages} pages clustered, {clusters.duplicates} near-duplicates",
          file=err)
    print(f"rasd: {incidents.incidents} incidents from {incidents.events} events, "
          f"{incidents.merged} reported by several stories", file=err)
    return EXIT_OK


def export_incidents(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``rasd export --format acled --by incident``."""
    from rasd.errors import ExportError
    from rasd.export import acled_incidents
    from rasd.store import Store

    if args.format != "acled":
        print("rasd: error: --by incident is for --format acled", file=err)
        return EXIT_USAGE
    if args.entity or args.all_events:
        print("rasd: error: --entity and --all-events select events, not incidents",
              file=err)
        return EXIT_USAGE
    try:
        with Store.open(args.db) as store:
            stats = acled_incidents.export(store.db, incident_filter(args),
                                           target=args.output, stream=out)
    except (StoreError, ExportError) as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    print_export_summary(stats, "incidents", err)
    return EXIT_OK


def add_incident_commands(sub: Any, db_option: Any, iso_date: Any) -> None:
    """Register ``incidents`` and ``dedup`` on the top-level subparsers."""
    inc = sub.add_parser("incidents", help="stored incidents: one real-world event per row, "
                                           "however many outlets reported it")
    db_option(inc)
    inc.add_argument("--type", help="PLOVER event type (PROTEST, ASSAULT, ...)")
    inc.add_argument("--mode", help="PLOVER mode (demo, arrest, aerial, ...)")
    inc.add_argument("--country", help="ISO 3166 alpha-3 code (SYR)")
    inc.add_argument("--since", type=iso_date, help="incidents ending on or after this date")
    inc.add_argument("--until", type=iso_date,
                     help="incidents starting on or before this date")
    inc.add_argument("--source", help="with a report from this outlet")
    inc.add_argument("--min-stories", type=int, metavar="N",
                     help="reported by at least N stories (2: independently confirmed)")
    inc.add_argument("--limit", type=int, help="at most N incidents")
    inc.add_argument("--format", choices=["auto", "table", "json", "csv"], default="auto",
                     help="auto: a table on a terminal, JSON lines otherwise")
    inc.set_defaults(func=cmd_incidents)

    dd = sub.add_parser("dedup", help="cluster near-duplicate pages and rebuild incidents")
    db_option(dd)
    dd.add_argument("--rebuild", action="store_true",
                    help="forget every cluster and recompute them from the stored texts "
                         "(default: cluster only the pages not clustered yet)")
    dd.set_defaults(func=cmd_dedup)
