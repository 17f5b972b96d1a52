"""A label a describing verb pins on the victims (``مقتل العشرات ممن وصفتهم بمثيري الشغب``)
names what they are called, never who killed them: the scan for a nominal trigger's doer
passes over it (``rasd.events.actors.participants``)."""

from __future__ import annotations

from datetime import date

from rasd.events.learned.candidate_filter import filter_disabled
from tests.events.rule_checks import events_of_type

PUB = date(2026, 10, 7)


def actors(text: str) -> list[str | None]:
    with filter_disabled():
        found = events_of_type(text, "ASSAULT", published=PUB)
    return [e.actor.span.text if e.actor else None for e in found]


def test_victims_called_rioters_are_not_the_killers() -> None:
    text = ("أعلنت وزارة الداخلية مقتل العشرات ممن وصفتهم بمثيري الشغب في عملية لاستعادة "
            "النظام في المدينة.")
    got = actors(text)
    assert got and all(a is None or "الشغب" not in a for a in got)


def test_a_doer_named_by_a_relative_verb_is_still_read() -> None:
    text = "وأعلنت الشرطة مقتل ثلاثة مدنيين في هجوم نفذه مسلحون على حافلة قرب المدينة."
    got = actors(text)
    assert any(a is not None and "مسلحون" in a for a in got)
