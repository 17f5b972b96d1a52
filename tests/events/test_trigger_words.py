"""The words on either side of an event's trigger (rasd.events.syntax.trigger_words)."""

from __future__ import annotations

from datetime import date

from rasd.evaluation.events import default_analyzer
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.model import Span

TEXT = "وفي بلدة العريش، اعتقلت قوات الأمن، أمس الأحد، خمسة مطلوبين بتهمة التهريب."


def _arrest():
    doc = default_analyzer(TEXT, date(2026, 10, 5))
    (event,) = [e for e in doc.events if e.type == "COERCE"]
    return doc, event


def test_the_words_around_the_trigger_keep_their_punctuation() -> None:
    _, e = _arrest()
    assert words_before(e)[-2:] == ["بلدة", "العريش،"]
    assert words_after(e)[-1] == "التهريب."


def test_the_words_around_and_the_trigger_make_up_the_sentence() -> None:
    _, e = _arrest()
    sent = e.evidence[0]
    assert " ".join([*words_before(e), e.trigger.text, *words_after(e)]).split() \
        == sent.text.split()


def test_another_span_can_be_read() -> None:
    doc, e = _arrest()
    head = Span.of(doc.text, 0, e.trigger.start)
    assert words_after(e, head) == []
    assert words_before(e, head) == doc.text[:e.trigger.start].split()
