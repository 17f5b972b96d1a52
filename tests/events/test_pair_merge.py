"""The nearest-kept searches of rasd.events.folds.pair_merge."""

from __future__ import annotations

from rasd.events.folds.pair_merge import last_index, last_of_type
from rasd.model import Event, Span

TEXT = "قصفت الطائرات القرية واعتقلت الشرطة خمسة ثم قصفت المدفعية الحي"


def event(kind: str, word: str, nth: int = 0) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    span = Span(start, start + len(word), word)
    return Event(kind, span, (Span(0, len(TEXT), TEXT),))  # type: ignore[arg-type]


def test_the_last_of_a_type_is_the_nearest_kept() -> None:
    kept = [event("ASSAULT", "قصفت"), event("COERCE", "اعتقلت"), event("ASSAULT", "قصفت", 1)]
    assert last_of_type(kept, "ASSAULT") == 2
    assert last_of_type(kept, "COERCE") == 1
    assert last_of_type(kept, "PROTEST") is None
    assert last_of_type([], "ASSAULT") is None


def test_a_relation_to_the_event_read_picks_the_nearest_that_holds() -> None:
    kept = [event("ASSAULT", "قصفت"), event("COERCE", "اعتقلت"), event("ASSAULT", "قصفت", 1)]
    reading = event("ASSAULT", "الحي")

    def earlier_same_type(host: Event, e: Event) -> bool:
        return host.type == e.type and host.trigger.start < 10

    assert last_index(kept, earlier_same_type, reading) == 0
    assert last_index(kept, lambda host, e: host.type != e.type, reading) == 1
    assert last_index(kept, lambda host, e: False, reading) is None
