"""The data objects' own small behaviours (``rasd.model``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.model import Event, Span

TEXT = "قصفت الطائرات البلدة. وأسفر القصف عن مقتل ثلاثة. وقال الجيش إن القصف استهدف مخزنا."


def _span(start: int, end: int) -> Span:
    return Span(start, end, TEXT[start:end])


def _event(*evidence: Span) -> Event:
    return Event(type="ASSAULT", trigger=_span(0, 4), evidence=tuple(evidence))


def test_with_evidence_appends_new_spans_in_order_once() -> None:
    first, second, third = _span(0, 21), _span(22, 49), _span(50, len(TEXT))
    host = _event(first)
    folded = host.with_evidence((second, first, third, second))
    assert folded.evidence == (first, second, third)
    assert folded.trigger == host.trigger and folded.type == host.type
    assert host.evidence == (first,)  # frozen: the host itself is unchanged


def test_with_evidence_of_known_spans_is_the_same_event() -> None:
    host = _event(_span(0, 21), _span(22, 49))
    assert host.with_evidence((_span(22, 49),)) is host
    assert host.with_evidence(()) is host


@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))), max_size=8))
def test_with_evidence_keeps_every_span_exactly_once(bounds: list[tuple[int, int]]) -> None:
    spans = tuple(_span(min(a, b), max(a, b)) for a, b in bounds)
    host = _event(_span(0, 21))
    folded = host.with_evidence(spans)
    assert folded.evidence[0] == _span(0, 21)
    assert len(set(folded.evidence)) == len(folded.evidence)
    assert set(folded.evidence) == {_span(0, 21), *spans}
