"""``rasd eval events`` on tiny hand-built cases, with a fake extractor so the measures are
checked independently of the real one."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rasd.cli import main
from rasd.errors import RecordError
from rasd.evaluation.events import (
    attribute_checks,
    evaluate_events,
    format_events_report,
    match_events,
)
from rasd.evaluation.events_gold import load_passages, parse_passage
from rasd.evaluation.report import PRF
from rasd.model import Actor, Casualty, Document, Event, Place, Span

TEXT = ("اعتقلت الشرطة ثلاثة متظاهرين أمس في مدينة صفاقس، بعد أن تظاهر مئات العمال أمام مقر "
        "الولاية. وأدانت نقابة العمال الاعتقالات.")
PUBLISHED = "2024-02-11"


def _at(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span.of(text, i, i + len(needle))


def _gold(events: list[dict[str, Any]], split: str = "dev", text: str = TEXT,
          pid: str = "t-1") -> str:
    return json.dumps({"id": pid, "split": split, "published": PUBLISHED, "source": "test",
                       "text": text, "events": events, "quotes": [], "not_quotes": []},
                      ensure_ascii=False)


def _g(type_: str | list[str], evidence: str | list[str], **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"type": type_, "mode": None, "evidence": evidence, "actor": None,
                            "actor_country": None, "place": None, "country": None,
                            "date": None, "killed": None, "injured": None, "arrested": None,
                            "negated": False, "future": False, "hypothetical": False}
    base.update(kw)
    return base


ARREST = _g("COERCE", "اعتقلت الشرطة", mode="arrest", actor="الشرطة", actor_country="TUN",
            place="صفاقس", country="TUN", date="2024-02-10",
            arrested={"min": 3, "max": 3, "approx": False})
PROTEST = _g("PROTEST", "تظاهر مئات العمال", mode="demo", place="صفاقس", country="TUN",
             date="2024-02-10")
CONDEMN = _g("ACCUSE", "أدانت نقابة العمال", mode="disapprove", country="TUN",
             date="2024-02-11")


def fake(events: list[Event]) -> Callable[[str, date | None], Document]:
    def run(text: str, published: date | None) -> Document:
        return Document(id="x", text=text, events=tuple(events))
    return run


def _arrest_event(**kw: Any) -> Event:
    fields: dict[str, Any] = dict(
        type="COERCE", mode="arrest", trigger=_at(TEXT, "اعتقلت"),
        evidence=(_at(TEXT, "اعتقلت الشرطة ثلاثة متظاهرين"),),
        actor=Actor(_at(TEXT, "الشرطة"), country="TUN", sector="COP"),
        place=Place(_at(TEXT, "مدينة صفاقس"), "Sfax", "TUN", kb_id="gn:2467454"),
        country="TUN", date=date(2024, 2, 10), date_basis="sentence",
        arrested=Casualty(_at(TEXT, "ثلاثة متظاهرين"), "arrested", 3, 3))
    fields.update(kw)
    return Event(**fields)


def _passages(*events: dict[str, Any]) -> list[Any]:
    return [parse_passage(_gold(list(events)), "t")]


def test_perfect_match_scores_everything() -> None:
    report = evaluate_events(_passages(ARREST), "all", fake([_arrest_event()]))
    assert report.micro == PRF(1, 0, 0)
    assert dict(report.per_type)["COERCE"].f1 == 1.0
    scores = {a.name: (a.correct, a.total) for a in report.attributes}
    assert scores == {"mode": (1, 1), "date": (1, 1), "country": (1, 1), "place": (1, 1),
                      "casualties": (1, 1), "actor_country": (1, 1), "actor": (1, 1),
                      "negated": (1, 1),
                      "future": (1, 1), "hypothetical": (1, 1)}
    assert report.failures == ()


def test_missed_spurious_and_wrong_type() -> None:
    # The ASSAULT prediction overlaps the arrest evidence but has the wrong type: it is a
    # false positive of ASSAULT and the arrest is a false negative of COERCE.
    wrong = _arrest_event(type="ASSAULT", mode=None)
    report = evaluate_events(_passages(ARREST, PROTEST), "all", fake([wrong]))
    per = dict(report.per_type)
    assert per["ASSAULT"] == PRF(0, 1, 0)
    assert per["COERCE"] == PRF(0, 0, 1) and per["PROTEST"] == PRF(0, 0, 1)
    assert report.micro.precision == 0.0 and report.micro.recall == 0.0
    assert report.attributes == ()
    assert {f.got for f in report.failures} == {"missed", "spurious"}


def test_one_prediction_matches_one_gold_event() -> None:
    # Two gold arrests in one passage, one prediction overlapping both: one TP, one FN.
    text = "اعتقلت الشرطة ناشطا واعتقلت الشرطة صحفيا في العاصمة."
    g1 = _g("COERCE", "اعتقلت الشرطة ناشطا")
    g2 = _g("COERCE", "واعتقلت الشرطة صحفيا")
    wide = Event(type="COERCE", trigger=_at(text, "اعتقلت"),
                 evidence=(Span.of(text, 0, len(text)),))
    passages = [parse_passage(_gold([g1, g2], text=text), "t")]
    report = evaluate_events(passages, "all", fake([wide]))
    assert dict(report.per_type)["COERCE"] == PRF(1, 0, 1)


def test_matching_prefers_trigger_overlap_and_is_maximal() -> None:
    text = "اعتقلت الشرطة ناشطا واعتقلت الشرطة صحفيا في العاصمة."
    passage = parse_passage(_gold([_g("COERCE", "اعتقلت الشرطة ناشطا"),
                                   _g("COERCE", "اعتقلت الشرطة صحفيا")], text=text), "t")
    second = text.index("اعتقلت", 5)
    # p0 spans the whole sentence (overlaps both); p1's trigger is the second arrest.
    p0 = Event(type="COERCE", trigger=_at(text, "اعتقلت"), evidence=(Span.of(text, 0, 52),))
    p1 = Event(type="COERCE", trigger=Span.of(text, second, second + 6),
               evidence=(Span.of(text, second, second + 6),))
    assert match_events(passage.events, [p0, p1]) == {0: 0, 1: 1}
    assert match_events(passage.events, [p1, p0]) == {0: 1, 1: 0}


def test_any_accepted_type_matches() -> None:
    text = "وقع البلدان اتفاقا للتعاون الأمني في الرباط."
    passage = parse_passage(_gold([_g(["SUPPORT", "AGREE"], "وقع البلدان اتفاقا")],
                                  text=text), "t")
    agree = Event(type="AGREE", trigger=_at(text, "وقع"), evidence=(_at(text, "وقع"),))
    report = evaluate_events([passage], "all", fake([agree]))
    assert dict(report.per_type)["AGREE"] == PRF(1, 0, 0)
    assert dict(report.per_type)["SUPPORT"] == PRF()


def test_attribute_mismatches() -> None:
    e = _arrest_event(mode="restrict", date=date(2024, 2, 11), country="LBY",
                      place=Place(_at(TEXT, "مقر الولاية"), None, "TUN"),
                      arrested=Casualty(_at(TEXT, "ثلاثة متظاهرين"), "arrested", 2, 3),
                      actor=Actor(_at(TEXT, "الشرطة"), country=None), future=True)
    passage = _passages(ARREST)[0]
    checks = attribute_checks(passage.events[0], e)
    wrong = {k for k, (ok, _, _) in checks.items() if not ok}
    assert wrong == {"mode", "date", "country", "place", "casualties", "actor_country",
                     "future"}
    # the actor phrase is right (its country is not): a victim named as the actor is not
    victim = _arrest_event(actor=Actor(_at(TEXT, "ثلاثة متظاهرين")))
    assert attribute_checks(passage.events[0], victim)["actor"][0] is False


def test_null_gold_values() -> None:
    # Null date and casualties are assertions; null place and country are not scored.
    g = parse_passage(_gold([_g("ACCUSE", "أدانت نقابة العمال")]), "t").events[0]
    e = Event(type="ACCUSE", trigger=_at(TEXT, "أدانت"), evidence=(_at(TEXT, "أدانت"),),
              date=date(2024, 2, 11), place=Place(None, "Tunisia", "TUN"), country="TUN")
    checks = attribute_checks(g, e)
    assert "place" not in checks and "country" not in checks and "mode" not in checks
    assert checks["date"][0] is False  # dated by a sentence (date_basis defaults to none)
    assert checks["casualties"][0] is True


@pytest.mark.parametrize(("basis", "day", "ok"), [
    ("published", date(2024, 2, 11), True),   # the fallback: the text states no date
    ("none", None, True),
    ("sentence", date(2024, 2, 11), False),   # rasd read a date the text does not give
    ("paragraph", date(2024, 2, 10), False),
])
def test_null_gold_date_means_no_stated_date(basis: str, day: date | None, ok: bool) -> None:
    g = parse_passage(_gold([_g("ACCUSE", "أدانت نقابة العمال")]), "t").events[0]
    e = Event(type="ACCUSE", trigger=_at(TEXT, "أدانت"), evidence=(_at(TEXT, "أدانت"),),
              date=day, date_basis=basis)  # type: ignore[arg-type]
    assert attribute_checks(g, e)["date"][0] is ok


def test_month_dates_and_kb_places() -> None:
    g = parse_passage(_gold([_g("COERCE", "اعتقلت الشرطة", date="2024-02",
                                place="صفاقس")]), "t").events[0]
    e = _arrest_event(place=Place(None, "Sfax", "TUN", kb_id="gn:2467454", basis="document"))
    checks = attribute_checks(g, e)
    assert checks["date"][0] is True
    assert checks["place"][0] is True  # same KB place, no span in the text
    e2 = _arrest_event(date=date(2024, 3, 1))
    assert attribute_checks(g, e2)["date"][0] is False


def test_split_selection_and_report_text() -> None:
    passages = [parse_passage(_gold([ARREST], "dev", pid="a"), "a"),
                parse_passage(_gold([CONDEMN], "test", pid="b"), "b")]
    run = fake([_arrest_event()])
    dev = evaluate_events(passages, "dev", run)
    test = evaluate_events(passages, "test", run)
    assert dev.passages == 1 and dev.micro == PRF(1, 0, 0)
    # On the test passage the arrest prediction is spurious and the condemnation missed.
    assert test.micro == PRF(0, 1, 1)
    text = format_events_report([dev, test])
    assert "| COERCE | dev | 1 | 1 | 100.0% | 100.0% | 100.0% |" in text
    assert "| **micro** | test (1 passages) | 1 | 1 | 0.0% | 0.0% | **0.0%** |" in text
    assert "b: أدانت نقابة العمال — expected ACCUSE/disapprove, got missed" in text


@pytest.mark.parametrize("event, message", [
    (_g("COERCE", "ليس في النص"), "not in the text"),
    (_g("COERCE", "اعتقلت", date="10/02/2024"), "bad date"),
    (_g("COERCE", "اعتقلت", killed=3), "count"),
])
def test_gold_validation(event: dict[str, Any], message: str) -> None:
    with pytest.raises(RecordError, match=message):
        parse_passage(_gold([event]), "t")


def test_shipped_gold_loads() -> None:
    path = Path(__file__).resolve().parents[1] / "gold" / "events" / "passages.jsonl"
    dev, test = load_passages(path, "dev"), load_passages(path, "test")
    assert len(dev) + len(test) >= 80
    assert len({p.id for p in dev + test}) == len(dev) + len(test)


def test_cli_sentences_and_passages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.evaluation import events as ev_module

    monkeypatch.setattr(ev_module, "default_analyzer", fake([_arrest_event()]))
    gold = tmp_path / "g.jsonl"
    gold.write_text(_gold([ARREST]) + "\n", "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["eval", "events", str(gold), "--split", "dev"], out=out, err=err) == 0
    assert "| **micro** | dev (1 passages) | 1 | 1 | 100.0%" in out.getvalue()
    missing = tmp_path / "none.jsonl"
    assert main(["eval", "events", str(missing)], out=out, err=err) == 2


def test_cli_failures_option_bounds_the_failure_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.evaluation import events as ev_module

    monkeypatch.setattr(ev_module, "default_analyzer", fake([]))  # every gold event missed
    gold = tmp_path / "g.jsonl"
    gold.write_text(_gold([ARREST, ARREST]) + "\n", "utf-8")
    for n, listed in ((0, 0), (1, 1), (5, 2)):
        out, err = io.StringIO(), io.StringIO()
        argv = ["eval", "events", str(gold), "--split", "dev", "--failures", str(n)]
        assert main(argv, out=out, err=err) == 0
        text = out.getvalue().split("failures (2):")[1].split("\n\n")[0]
        assert sum(line.startswith("- t") for line in text.splitlines()) == listed
    with pytest.raises(SystemExit):
        main(["eval", "events", str(gold), "--failures", "-1"], out=out, err=err)


def test_cached_analyzer_runs_each_passage_once() -> None:
    from rasd.evaluation.events import cached_analyzer

    calls: list[str] = []
    inner = fake([_arrest_event()])

    def counting(text: str, published: date | None) -> Document:
        calls.append(text)
        return inner(text, published)

    run = cached_analyzer(counting)
    passages = _passages(ARREST)
    for split in ("dev", "test", "all"):
        evaluate_events(passages, split, run)
    assert len(calls) == 1
