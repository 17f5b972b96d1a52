"""Offsets stay exact and the stage never fails on quote-heavy generated text."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rasd.analysis import make_document
from rasd.quotes import QuoteAttributor
from rasd.structure.page import PageStructureParser

WORDS = ["وقال", "قالت", "وأضاف", "مؤكدا", "إن", "أن", "بأن", "الوزير", "د", ".", "،", ":",
         '"', "«", "»", "“", "”", "„", "بـ«", "قناة", "في", "بيان", "البيان", "وكانت", "قد",
         "وصفت", "هكذا", "الخميس", "ً", "ـ", "\u200f", "نيد", "برايس", "يفرج", "المنظمة"]
line = st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=25).map(" ".join)
page = st.lists(line, min_size=1, max_size=8).map("\n\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
@example("قال وصفت نيد بأن هكذا ab\x0c ،")  # a form feed before the closing comma
def test_quote_spans_are_exact(text: str) -> None:
    doc = PageStructureParser()(make_document(text))
    doc = QuoteAttributor()(replace(doc, entities=()))
    for q in doc.quotes:
        for span in (q.span, q.verb, q.speaker.span if q.speaker else None):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start:span.end] == span.text
        assert q.span.text.strip() == q.span.text and q.span.text
