"""Benchmark rasd.text.dates against dateparser's ``search_dates`` (Arabic).

(a) Accuracy on the gold file ``tests/gold/lang/dates.jsonl``, dev and test reported apart.
    *Strict* is the gold rule (rasd.evaluation.lang_dates: same number of expressions, and
    pairwise the same value, the same granularity and a span containing the gold text).
    dateparser returns no granularity, so both tools are also scored with a *relaxed* rule:
    same number of expressions and, pairwise in order, the found text and the gold text
    overlap (either contains the other: dateparser keeps prepositions, rasd keeps a weekday
    joined to its date) and the value agrees *at the gold granularity* (minute: to the
    minute; hour: to the hour; day: the date; week: within 6 days; month: year and month;
    season and year: the year; ``vague`` and a gold value of null accept any value, since
    dateparser has no way to say "unknown"). dateparser often returns a date and its clock
    time as two hits where gold has one expression; hits separated only by spaces or
    punctuation are joined (keeping the value with the time) so style costs it nothing.
    dateparser runs as the brief says
    (``languages=["ar"]``, ``RELATIVE_BASE`` = publication date) and, to be fair to its
    month-first default, once more with ``DATE_ORDER="DMY"``.
(b) Speed on the same sentences for both: the saudinewsnet texts split on . ! ? ؟ and
    newlines, the first N sentences of at least MIN_SENTENCE_CHARS characters, timed in one
    run after one warm-up call each; plus rasd's MB/s (UTF-8) over all the full texts.

Usage::

    PYTHONPATH=src .venv/bin/python bench/bench_dates.py [--sentences 3000]

Prints markdown tables (for docs/benchmarks.md). Needs the ``bench`` extra (dateparser) and
../shared/data/news/saudinewsnet-3000.jsonl for (b); (a) runs without the news file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from rasd.evaluation.lang_dates import DateCase, ExpectedTime, case_passes, load_date_cases
from rasd.text.dates import extract_times

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "lang" / "dates.jsonl"
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-3000.jsonl"
#: Fragments shorter than this (bylines, "عين اليوم – جدة") are not sentences.
MIN_SENTENCE_CHARS = 20
SENTENCE_SPLIT = re.compile(r"[.!?؟\n]+")

Found = list[tuple[str, date | None]]
Finder = Callable[[str, date | None], Found]


def rasd_finder(text: str, pub: date | None) -> Found:
    return [(t.span.text, t.value) for t in extract_times(text, pub)]


#: What may separate two dateparser hits that are one expression (a date and its time).
ADJACENT = re.compile(r"[\s,،\-–]{0,3}")


def join_adjacent(text: str, hits: Found) -> Found:
    """Join consecutive hits that touch in ``text``, keeping the value that has a time."""
    out: list[tuple[int, int, date | None]] = []
    pos = 0
    for hit, value in hits:
        start = text.find(hit, pos)
        if start < 0:
            start = pos
        end = start + len(hit)
        pos = end
        if out and ADJACENT.fullmatch(text, out[-1][1], start):
            prev_start, _, prev_value = out[-1]
            has_time = isinstance(value, datetime) and (value.hour or value.minute)
            out[-1] = (prev_start, end, value if has_time else prev_value)
        else:
            out.append((start, end, value))
    return [(text[s:e], v) for s, e, v in out]


def dateparser_finder(date_order: str | None) -> Finder:
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    def find(text: str, pub: date | None) -> Found:
        settings: dict[str, object] = {}
        if pub is not None:
            settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
        if date_order is not None:
            settings["DATE_ORDER"] = date_order
        hits = search_dates(text, languages=["ar"], settings=settings) or []
        return join_adjacent(text, [(s, d) for s, d in hits])

    return find


def _same_at(granularity: str, expected: str, got: date) -> bool:
    want = datetime.fromisoformat(expected)
    have = got if isinstance(got, datetime) else datetime(got.year, got.month, got.day)
    if granularity == "minute":
        return have.replace(second=0, microsecond=0) == want
    if granularity == "hour":
        return (have.date(), have.hour) == (want.date(), want.hour)
    if granularity == "day":
        return have.date() == want.date()
    if granularity == "week":
        return abs(have - want) <= timedelta(days=6)
    if granularity == "month":
        return (have.year, have.month) == (want.year, want.month)
    return have.year == want.year  # season, year


def relaxed_match(expected: ExpectedTime, text: str, value: date | None) -> bool:
    if expected.text not in text and text.strip() not in expected.text:
        return False
    if expected.granularity == "vague" or expected.value is None:
        return True
    return value is not None and _same_at(expected.granularity, expected.value, value)


def relaxed_pass(case: DateCase, found: Found) -> bool:
    return len(found) == len(case.expect) and all(
        relaxed_match(e, text, value) for e, (text, value) in zip(case.expect, found, strict=True)
    )


@dataclass(frozen=True, slots=True)
class Score:
    passed: int
    total: int

    def __str__(self) -> str:
        return f"{self.passed}/{self.total} ({100 * self.passed / self.total:.1f}%)"


def score(cases: Sequence[DateCase], ok: Callable[[DateCase], bool]) -> Score:
    return Score(sum(ok(c) for c in cases), len(cases))


def accuracy_table(cases: list[DateCase]) -> str:
    finders: dict[str, Finder] = {
        "rasd": rasd_finder,
        "dateparser": dateparser_finder(None),
        "dateparser (DMY)": dateparser_finder("DMY"),
    }
    found = {name: {c.id: f(c.text, c.published) for c in cases} for name, f in finders.items()}
    splits = {"dev": [c for c in cases if c.split == "dev"],
              "test": [c for c in cases if c.split == "test"], "all": cases}
    no_dates = [c for c in cases if not c.expect]
    rows = ["| tool | rule | dev | test | all | no false alarm on the non-date cases |",
            "|---|---|---|---|---|---|"]
    def rasd_strict(case: DateCase) -> bool:
        return case_passes(case, extract_times(case.text, case.published))

    strict = {n: score(s, rasd_strict) for n, s in splits.items()}
    clean = {name: Score(sum(not found[name][c.id] for c in no_dates), len(no_dates))
             for name in finders}
    rows.append(f"| rasd | strict (gold rule) | {strict['dev']} | {strict['test']} | "
                f"{strict['all']} | {clean['rasd']} |")
    for name in finders:
        hits = found[name]
        rel = {n: Score(sum(relaxed_pass(c, hits[c.id]) for c in s), len(s))
               for n, s in splits.items()}
        rows.append(f"| {name} | relaxed | {rel['dev']} | {rel['test']} | {rel['all']} | "
                    f"{clean[name]} |")
    return "\n".join(rows)


def news_sentences(path: Path, limit: int) -> tuple[list[tuple[str, date | None]], list[str]]:
    """(sentence, publication date) pairs, and every full text."""
    sentences: list[tuple[str, date | None]] = []
    texts: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        texts.append(text)
        published = row.get("published")
        pub = date.fromisoformat(published[:10]) if published else None
        for piece in SENTENCE_SPLIT.split(text):
            piece = piece.strip()
            if len(sentences) < limit and len(piece) >= MIN_SENTENCE_CHARS:
                sentences.append((piece, pub))
    return sentences, texts


def _time(find: Finder, items: Sequence[tuple[str, date | None]]) -> tuple[float, int]:
    find(*items[0])  # warm-up: lazy loading is not what is measured
    start = time.perf_counter()
    hits = sum(len(find(text, pub)) for text, pub in items)
    return time.perf_counter() - start, hits


def speed_table(path: Path, limit: int) -> str:
    sentences, texts = news_sentences(path, limit)
    rasd_s, rasd_hits = _time(rasd_finder, sentences)
    dp_s, dp_hits = _time(dateparser_finder(None), sentences)
    n = len(sentences)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    full_s, _ = _time(rasd_finder, [(t, date(2015, 8, 1)) for t in texts])
    return "\n".join([
        "| tool | sentences | expressions found | seconds | sentences/s |",
        "|---|---|---|---|---|",
        f"| rasd | {n} | {rasd_hits} | {rasd_s:.2f} | {n / rasd_s:,.0f} |",
        f"| dateparser | {n} | {dp_hits} | {dp_s:.2f} | {n / dp_s:,.0f} |",
        "",
        f"rasd is **{dp_s / rasd_s:.0f}×** faster than dateparser on the same sentences.",
        f"rasd over all {len(texts):,} full texts ({megabytes:.2f} MB UTF-8): {full_s:.2f} s = "
        f"**{megabytes / full_s:.1f} MB/s** (normalisation included).",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--sentences", type=int, default=3000)
    args = parser.parse_args(argv)
    cases = load_date_cases(args.gold)
    print(f"### Dates: accuracy on {args.gold.name} ({len(cases)} cases)\n")
    print(accuracy_table(cases))
    if not args.news.exists():
        print(f"\n(speed skipped: {args.news} not found)")
        return 0
    print(f"\n### Dates: speed on {args.sentences:,} news sentences\n")
    print(speed_table(args.news, args.sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main())
