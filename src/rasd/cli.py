"""The ``rasd`` command line: a thin edge over the library."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TextIO

from rasd import __version__
from rasd.analysis import analyze
from rasd.caches import freeze_loaded
from rasd.cli_audit import add_eval_audit
from rasd.cli_comments import add_eval_stance, add_eval_toxicity, add_train_toxicity
from rasd.cli_events import add_eval_events, add_eval_events_bank, add_train_events
from rasd.cli_input import add_input_arguments, iso_date
from rasd.cli_ner import add_eval_ner, add_train_ner
from rasd.cli_output import EXIT_FAILURES, EXIT_OK, EXIT_USAGE
from rasd.cli_serve import add_serve_command
from rasd.cli_spark import add_spark_command
from rasd.cli_store import add_store_commands
from rasd.errors import RasdError
from rasd.io.sources import RecordFields, parse_published
from rasd.model import Document
from rasd.render import COLOR, PLAIN, Palette, render_document

log = logging.getLogger("rasd")

#: The demo dashboard listens on loopback only.
DEMO_HOST = "127.0.0.1"
#: What the demo searches its store for once the sample pages are in.
DEMO_QUERY = "احتجاجات"


@dataclass
class BatchReport:
    done: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def fail(self, where: str, code: str, reason: str, err: TextIO) -> None:
        self.failures.append((where, code, reason))
        print(f"rasd: error: {where}: {reason} [{code}]", file=err)

    def finish(self, err: TextIO) -> int:
        if self.failures:
            print(f"rasd: {self.done} analysed, {len(self.failures)} failed:", file=err)
            for where, code, reason in self.failures:
                print(f"  {where}: {reason} [{code}]", file=err)
            return EXIT_FAILURES
        return EXIT_OK


def _palette(choice: str, stream: TextIO) -> Palette:
    if choice == "always":
        return COLOR
    if choice == "never" or os.environ.get("NO_COLOR"):
        return PLAIN
    return COLOR if stream.isatty() else PLAIN


def cmd_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.io.sources import RecordFailure, iter_records

    report = BatchReport()
    palette = _palette(args.color, out)
    docs: list[Document] = []
    stdin = sys.stdin.buffer if "-" in args.paths else None
    for rec in iter_records(args.paths, input_format=args.input_format, stdin=stdin,
                            fields=args.fields):
        if isinstance(rec, RecordFailure):
            report.fail(rec.where, rec.error.code, rec.error.reason, err)
            continue
        try:
            published = args.published
            if published is None and rec.published:
                published = parse_published(rec.published)
        except ValueError:
            report.fail(rec.where, "bad_published", f"unreadable date {rec.published!r}", err)
            continue
        try:
            doc = analyze(rec.text, published=published, url=args.url or rec.url,
                          source=args.source or rec.source, title=args.title or rec.title,
                          id=rec.id)
        except RasdError as e:
            report.fail(rec.where, e.code, e.reason, err)
            continue
        report.done += 1
        if report.done == 1:
            freeze_loaded()  # the models and lexicons the first page loaded live on
        if args.format == "text":
            print(render_document(doc, rec.where, palette), file=out)
            print(file=out)
        elif args.format == "jsonl":
            print(json.dumps(doc.to_json(), ensure_ascii=False), file=out)
        else:
            docs.append(doc)
    if args.format == "json" and docs:
        payload: object = docs[0].to_json() if len(docs) == 1 else [d.to_json() for d in docs]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
    return report.finish(err)


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    samples = resources.files("rasd.data.samples")
    paths = sorted(str(p) for p in samples.iterdir() if p.name.endswith(".txt"))
    print(f"rasd {__version__}: analysing {len(paths)} bundled sample pages\n", file=out)
    ns = argparse.Namespace(paths=paths, input_format="text", fields=RecordFields(),
                            format="text", published=None,
                            url=None, source=None, title=None, color=args.color)
    rc = cmd_analyze(ns, out, err)
    rc = max(rc, _demo_store(paths, args.db, out, err))
    url = f"http://{DEMO_HOST}:{args.port}/"
    if not args.serve:
        print(f"dashboard: rasd serve --db {args.db} --port {args.port}, then open {url}",
              file=out)
        return rc
    if rc:
        return rc
    from rasd.cli_serve import cmd_serve

    print(f"dashboard: {url} (Ctrl-C stops it)", file=out, flush=True)
    return cmd_serve(argparse.Namespace(db=args.db, host=DEMO_HOST, port=args.port,
                                        log_level="warning"), out, err)


def _demo_store(paths: Sequence[str], db: str, out: TextIO, err: TextIO) -> int:
    """Store the sample pages in the default embedded store and show what it holds."""
    from rasd.io.sources import iter_records
    from rasd.store import Ingester, Store
    from rasd.store.search import search

    try:
        with Store.open(db) as store:
            summary = Ingester(store).run(iter_records(paths, input_format="text"))
            counts = store.counts()
            hits = search(store.db, DEMO_QUERY, limit=3)
    except RasdError as e:
        print(f"{db}: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    print(f"store {db}: {summary.stored} stored, {summary.updated} updated, "
          f"{summary.unchanged} unchanged, {summary.failed} failed; it holds "
          f"{counts['documents']} documents, {counts['events']} events, "
          f"{counts['entities']} entities", file=out)
    found = ", ".join(f"{h.id} ({h.title})" for h in hits) or "nothing"
    print(f"rasd search {DEMO_QUERY!r}: {found}", file=out)
    print("next: rasd search \"...\", rasd show ID, rasd analyze PAGE --format json", file=out)
    return EXIT_FAILURES if summary.failed else 0


def cmd_kb_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.kb import search

    found = search(args.name, limit=args.limit)
    if not found:
        print(f"rasd: no knowledge-base entry matches {args.name!r}", file=err)
        return EXIT_FAILURES
    for e in found:
        where = f" {e.lat:.4f},{e.lon:.4f}" if e.lat is not None and e.lon is not None else ""
        extra = " ".join(x for x in (e.country, e.sector, e.precision) if x)
        print(f"{e.kb_id}\t{e.type}\t{e.name_ar}\t{e.name_en}\t{extra}{where}", file=out)
    return EXIT_OK


def cmd_kb_add(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from rasd.kb import add_user_entries, user_kb_path

    try:
        n = add_user_entries(args.file)
    except RasdError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    print(f"rasd: {n} entries added to {user_kb_path()}", file=out)
    return EXIT_OK


def cmd_eval_lang(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from rasd.evaluation.lang import SplitChoice, evaluate_lang, format_lang_report

    gold = Path(args.gold)
    if not gold.is_dir():
        print(f"rasd: error: {gold}: no gold directory (pass --gold DIR)", file=err)
        return EXIT_USAGE
    splits: list[SplitChoice] = ["dev", "test", "all"] if args.split == "each" else [args.split]
    reports = [evaluate_lang(gold, split) for split in splits]
    print(format_lang_report(reports), file=out)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd", description="Arabic news to geocoded political event data.")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log progress (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True)

    an = sub.add_parser("analyze", help="analyse pages and print their structure and facts")
    an.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    add_input_arguments(an)
    an.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    an.add_argument("--published", type=iso_date, help="publication date (YYYY-MM-DD)")
    an.add_argument("--url")
    an.add_argument("--source", help="outlet name")
    an.add_argument("--title", help="headline, when the text does not start with it")
    an.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    an.set_defaults(func=cmd_analyze)

    ev = sub.add_parser("eval", help="measure quality against gold data")
    ev_sub = ev.add_subparsers(dest="eval_command", required=True)
    ev_lang = ev_sub.add_parser("lang", help="numbers, casualties and dates gold cases")
    ev_lang.add_argument("--gold", default="tests/gold/lang", help="directory of gold files")
    ev_lang.add_argument("--split", choices=["dev", "test", "all", "each"], default="each")
    ev_lang.set_defaults(func=cmd_eval_lang)
    add_eval_ner(ev_sub)
    add_eval_toxicity(ev_sub)
    add_eval_stance(ev_sub)
    tr = sub.add_parser("train", help="train a model shipped with rasd")
    tr_sub = tr.add_subparsers(dest="train_command", required=True)
    add_train_ner(tr_sub)
    add_train_toxicity(tr_sub)
    add_train_events(tr_sub)
    add_eval_events(ev_sub)
    add_eval_events_bank(ev_sub)
    add_eval_audit(ev_sub)

    kb = sub.add_parser("kb", help="look up and extend the knowledge base")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    kb_search = kb_sub.add_parser("search", help="what a name links to")
    kb_search.add_argument("name")
    kb_search.add_argument("--limit", type=int, default=20)
    kb_search.set_defaults(func=cmd_kb_search)
    kb_add = kb_sub.add_parser(
        "add", help="add entries from a TSV file to the user dictionary (docs/kb.md)")
    kb_add.add_argument("file")
    kb_add.set_defaults(func=cmd_kb_add)

    add_store_commands(sub)
    add_serve_command(sub)
    add_spark_command(sub)

    demo = sub.add_parser("demo", help="analyse the bundled sample pages and store them")
    demo.add_argument("--db", default="rasd.db",
                      help="the store to fill (default: rasd.db in the current directory)")
    demo.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    demo.add_argument("--serve", action="store_true",
                      help="then serve the dashboard over the store (until Ctrl-C)")
    demo.add_argument("--port", type=int, default=8000, help="the dashboard's port")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, stream=err, format="rasd: %(levelname)s: %(message)s")
    try:
        return int(args.func(args, out, err))
    except BrokenPipeError:  # `rasd analyze ... | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print("rasd: interrupted", file=err)
        return 130


if __name__ == "__main__":
    sys.exit(main())
