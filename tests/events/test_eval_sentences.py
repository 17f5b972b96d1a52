"""Sentence mode of ``rasd eval events``: labelled sentences, CSV and JSONL, with a fake
extractor."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.errors import RecordError
from rasd.evaluation.events import EVENT_TYPES, PRF
from rasd.evaluation.events_sentences import (
    evaluate_sentences,
    format_sentence_report,
    is_sentence_file,
    load_sentences,
)
from rasd.model import Document, Event, Span

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events" / "sentences.jsonl"
#: The fake extractor: a word that, when in the sentence, yields an event of that type.
CUES = {"قصفت": "ASSAULT", "هجوم": "ASSAULT", "تظاهر": "PROTEST"}


def keyword_extractor(text: str, published: date | None) -> Document:
    events = []
    for cue, type_ in CUES.items():
        i = text.find(cue)
        if i >= 0:
            span = Span.of(text, i, i + len(cue))
            negated = text[max(0, i - 3):i].strip() == "لم"
            events.append(Event(type=type_, trigger=span, evidence=(span,),  # type: ignore[arg-type]
                                negated=negated))
    return Document(id="x", text=text, events=tuple(events))


ROWS = [
    {"text": "قصفت الطائرات مواقع في الجبل.", "type": "ASSAULT", "label": True},
    {"text": "شن الفريق هجوم مرتد سريع.", "type": "ASSAULT", "label": False},
    {"text": "لم قصفت الطائرات أي هدف.", "type": "ASSAULT", "label": False},
    {"text": "اشتبك مسلحون مع الشرطة.", "type": "ASSAULT", "label": True},
    {"text": "تظاهر مئات العمال أمام المصنع.", "type": "PROTEST", "label": True},
]


def _write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
    return path


def test_detection_counts(tmp_path: Path) -> None:
    sentences = load_sentences(_write_jsonl(tmp_path / "s.jsonl"))
    report = evaluate_sentences(sentences, "all", keyword_extractor)
    per = dict(report.per_type)
    # true found, sports هجوم found (FP), negated not counted (TN), clash missed (FN).
    assert per["ASSAULT"] == PRF(1, 1, 1)
    assert per["PROTEST"] == PRF(1, 0, 0)
    assert report.micro == PRF(2, 1, 1)
    text = format_sentence_report([report])
    assert "| ASSAULT | all | 2 | 2 | 50.0% | 50.0% | 50.0% |" in text
    assert "expected ASSAULT=False, got ASSAULT«هجوم»" in text


def test_csv_and_mode_detection(tmp_path: Path) -> None:
    csv_path = tmp_path / "s.csv"
    csv_path.write_text("text,type,label\n" + "".join(
        f"\"{r['text']}\",{r['type']},{'yes' if r['label'] else 'no'}\n" for r in ROWS),
        "utf-8")
    assert is_sentence_file(csv_path)
    assert [s.label for s in load_sentences(csv_path)] == [r["label"] for r in ROWS]
    passages = tmp_path / "p.jsonl"
    passages.write_text(json.dumps({"id": "p", "text": "x", "events": []}) + "\n", "utf-8")
    assert not is_sentence_file(passages)
    assert is_sentence_file(_write_jsonl(tmp_path / "s.jsonl"))


@pytest.mark.parametrize("row, message", [
    ({"text": "x", "type": "ASSAULT"}, "missing"),
    ({"text": "x", "type": "ATTACK", "label": True}, "unknown event type"),
    ({"text": "x", "type": "ASSAULT", "label": "maybe"}, "label"),
])
def test_bad_rows(tmp_path: Path, row: dict[str, object], message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(row) + "\n", "utf-8")
    with pytest.raises(RecordError, match=message):
        load_sentences(path)


def test_shipped_sentences() -> None:
    sentences = load_sentences(GOLD)
    assert len(sentences) >= 60
    assert {s.type for s in sentences if s.label} == set(EVENT_TYPES)
    assert sum(not s.label for s in sentences) >= 20
    assert len({s.id for s in sentences}) == len(sentences)
    assert {s.split for s in sentences} == {"dev", "test"}


def test_cli_sentence_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.evaluation import events as ev_module

    monkeypatch.setattr(ev_module, "default_analyzer", keyword_extractor)
    # events_sentences imported the name; patch it there too.
    from rasd.evaluation import events_sentences

    monkeypatch.setattr(events_sentences, "default_analyzer", keyword_extractor)
    out, err = io.StringIO(), io.StringIO()
    code = main(["eval", "events", str(_write_jsonl(tmp_path / "s.jsonl")), "--split", "all"],
                out=out, err=err)
    assert code == 0
    assert "| **all** | all (5 sentences) | 3 | 3 | 66.7% | 66.7% | **66.7%** |" \
        in out.getvalue()
