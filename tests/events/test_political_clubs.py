"""A club named as the subject right after the verb reads as sport or business (the generic
cue of modifiers.tsv), except the clubs that are political bodies in Arab news: the
Palestinian Prisoners' Club (نادي الأسير) and a Judges' Club (نادي القضاة)."""

from __future__ import annotations

from tests.events.rule_checks import events_of_type


def test_the_prisoners_club_demands_a_release() -> None:
    text = "وطالب نادي الأسير الفلسطيني، في بيان صدر في رام الله، بالإفراج عن المعتقلين الإداريين."
    assert events_of_type(text, "REQUEST")


def test_a_judges_club_calls_for_a_release() -> None:
    text = "ودعا نادي القضاة في بيان إلى الإفراج عن القاضيين الموقوفين منذ أسبوع."
    assert events_of_type(text, "REQUEST")


def test_a_football_club_is_still_no_political_actor() -> None:
    text = "وطالب النادي الأهلي اتحاد الكرة بإعادة المباراة بعد الأخطاء التحكيمية."
    assert not events_of_type(text, "REQUEST")
