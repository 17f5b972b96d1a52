"""The real-news precision audit: judgments file, matching of reported events to judgments,
and the figures (a fake analyser stands in for rasd; the corpus is a temporary JSONL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasd.errors import DataMissing, RecordError
from rasd.evaluation.events_audit import (
    audit,
    format_audit,
    load_articles,
    read_judgments,
)
from rasd.model import Document, Event, Span

TEXT = "قال شهود إن الشرطة اعتقلت عشرة محتجين هنا، وارتفع السعر ليصل إلى مئة ريال."
HEADER = "doc_id\tstart\tend\ttype\tlabel\tsplit\tnote\n"


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start, start + len(word), word)


def _event(word: str, typ: str, **flags: bool) -> Event:
    span = _span(word)
    return Event(type=typ, trigger=span, evidence=(span,), **flags)  # type: ignore[arg-type]


def _judgments(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "j.tsv"
    path.write_text("# comment\n" + HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _row(word: str, typ: str, label: str, split: str = "dev") -> str:
    s = _span(word)
    return f"a1\t{s.start}\t{s.end}\t{typ}\t{label}\t{split}\t"


def _analyser(events: list[Event]):
    def run(text: str, published: date | None) -> Document:
        return Document(id="a1", text=text, events=tuple(events))
    return run


def test_precision_unjudged_and_kept(tmp_path: Path) -> None:
    judgments = read_judgments(_judgments(tmp_path, [
        _row("اعتقلت", "COERCE", "y"), _row("هنا", "SUPPORT", "n"),
        _row("ليصل إلى", "CONSULT", "n")]))
    articles = {"a1": _article()}
    events = [_event("اعتقلت", "COERCE"), _event("هنا", "SUPPORT"),
              _event("قال", "ACCUSE"),  # no judgment: unjudged
              _event("ليصل إلى", "CONSULT", future=True)]  # not a fact: not counted
    report = audit(judgments, articles, _analyser(events))
    assert report.reported == 3
    assert report.judged["y"] == 1 and report.judged["n"] == 1
    assert report.unjudged == 1
    assert report.precision == 0.5
    assert (report.positives, report.positives_kept) == (1, 1)
    assert "50.0%" in format_audit([report])


def test_a_lost_true_event_shows_in_kept(tmp_path: Path) -> None:
    judgments = read_judgments(_judgments(tmp_path, [_row("اعتقلت", "COERCE", "y")]))
    report = audit(judgments, {"a1": _article()}, _analyser([]))
    assert report.kept == 0.0 and report.positives == 1


def test_a_merged_retelling_is_told_though_not_kept(tmp_path: Path) -> None:
    # two judged tellings of one arrest, merged into one event whose evidence holds both
    judgments = read_judgments(_judgments(tmp_path, [
        _row("اعتقلت", "COERCE", "y"), _row("محتجين", "COERCE", "y")]))
    first, second = _span("اعتقلت"), _span("محتجين")
    sentence = Span(first.start, second.end, TEXT[first.start:second.end])
    merged = Event(type="COERCE", trigger=first, evidence=(sentence,))
    report = audit(judgments, {"a1": _article()}, _analyser([merged]))
    assert (report.positives, report.positives_kept, report.positives_told) == (2, 1, 2)
    assert "2/2" in format_audit([report])
    lost = audit(judgments, {"a1": _article()}, _analyser([]))
    assert lost.positives_told == 0


def test_a_type_change_is_not_the_judged_event(tmp_path: Path) -> None:
    judgments = read_judgments(_judgments(tmp_path, [_row("اعتقلت", "COERCE", "y")]))
    report = audit(judgments, {"a1": _article()}, _analyser([_event("اعتقلت", "ASSAULT")]))
    assert report.unjudged == 1 and report.positives_kept == 0


def test_split_selects_articles(tmp_path: Path) -> None:
    judgments = read_judgments(_judgments(tmp_path, [_row("اعتقلت", "COERCE", "y", "test")]))
    report = audit(judgments, {"a1": _article()}, _analyser([_event("اعتقلت", "COERCE")]),
                   "dev")
    assert report.articles == 0 and report.reported == 0


def test_bad_judgment_lines_name_their_place(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="label") as e:
        read_judgments(_judgments(tmp_path, ["a1\t0\t3\tCOERCE\tmaybe\tdev\t"]))
    assert e.value.where is not None and e.value.where.endswith(":3")
    with pytest.raises(RecordError, match="reversed"):
        read_judgments(_judgments(tmp_path, ["a1\t5\t3\tCOERCE\ty\tdev\t"]))
    bad = tmp_path / "h.tsv"
    bad.write_text("id\tfrom\n", encoding="utf-8")
    with pytest.raises(RecordError, match="header"):
        read_judgments(bad)


def test_corpus_must_hold_every_judged_article(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": TEXT, "published": "2015-07-31"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    found = load_articles(corpus, {"a1"})
    assert found["a1"].published == date(2015, 7, 31)
    with pytest.raises(DataMissing, match="not in the corpus"):
        load_articles(corpus, {"a1", "a2"})
    with pytest.raises(DataMissing):
        load_articles(tmp_path / "absent.jsonl", {"a1"})


def test_offsets_must_index_the_analysed_text(tmp_path: Path) -> None:
    judgments = read_judgments(_judgments(tmp_path, [_row("اعتقلت", "COERCE", "y")]))

    def changed(text: str, published: date | None) -> Document:
        return Document(id="a1", text=text + " ", events=())

    with pytest.raises(RecordError, match="differs"):
        audit(judgments, {"a1": _article()}, changed)


def test_shipped_judgments_are_well_formed() -> None:
    path = Path(__file__).resolve().parents[1] / "gold/events/real_news.tsv"
    judgments = read_judgments(path)
    assert len(judgments) >= 300
    assert {j.split for j in judgments} == {"dev", "test"}
    # an article is judged in one split only: test articles are never read while tuning
    dev = {j.doc_id for j in judgments if j.split == "dev"}
    assert not dev & {j.doc_id for j in judgments if j.split == "test"}


def _article():
    from rasd.evaluation.events_audit import Article

    return Article("a1", TEXT, date(2015, 7, 31))


def test_cli_audits_a_corpus(tmp_path: Path) -> None:
    """``rasd eval events-audit`` end to end with rasd itself on a one-article corpus."""
    import argparse
    import io

    from rasd.cli_audit import add_eval_audit

    text = "اعتقلت الشرطة التونسية خمسة متظاهرين أمس في مدينة صفاقس."
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": text, "published": "2026-03-10"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    judged = tmp_path / "j.tsv"
    judged.write_text(HEADER + "a1\t0\t6\tCOERCE\ty\tdev\t\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="rasd")
    add_eval_audit(parser.add_subparsers(dest="what", required=True))
    args = parser.parse_args(["events-audit", str(judged), "--corpus", str(corpus),
                              "--split", "dev", "--no-filter"])
    out, err = io.StringIO(), io.StringIO()
    assert args.func(args, out, err) == 0
    assert "| dev | 1 |" in out.getvalue() and "100.0%" in out.getvalue()
    args = parser.parse_args(["events-audit", str(judged), "--corpus",
                              str(tmp_path / "absent.jsonl")])
    assert args.func(args, out, err) == 2 and "not here" in err.getvalue()
