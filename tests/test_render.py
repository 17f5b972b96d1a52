from __future__ import annotations

from rasd.model import Casualty, Document, Event, Span
from rasd.render import render_document

TEXT = "وأصيب أكثر من ستين آخرين في قصف على السوق"


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part), part)


def test_summary_shows_an_open_toll_as_a_lower_bound() -> None:
    toll = Casualty(_span("وأصيب أكثر من ستين آخرين"), "injured", 61, None, approx=True)
    event = Event("ASSAULT", _span("قصف"), (_span(TEXT),), injured=toll)
    doc = Document(id="x", text=TEXT, casualties=(toll,), events=(event,))
    out = render_document(doc, "page.txt")
    assert "injured ≈ 61+" in out
    assert "ASSAULT" in out and "injured 61+" in out
    assert "None" not in out
