"""Precision pass 4 (2026-12-04 (15)): the probes of :mod:`tests.events.probes_prec4` scored
with the rules alone, and the first-person-plural column test of :mod:`rasd.events.actors.columns`.
Every ``MUST_NOT`` probe was reported by the rules before the pass; the ``MUST`` probes are
the true senses next to them. Held-out probes the rules get wrong are strict xfails with
their reason, so a later fix shows up."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.events.actors.columns import first_plural_column, first_plural_markers, reporting_frames
from tests.events.probes_prec4 import HELD_OUT_MUST, HELD_OUT_MUST_NOT, MUST, MUST_NOT
from tests.events.rule_checks import held_out_cases, known_failures, types

PUB = date(2026, 12, 2)  # a Wednesday

#: Held-out probes the rules get wrong after the pass (not tuned on, so left as found).
HELD_OUT_WRONG: dict[str, str] = {
    # recall pass 6 (2026-12-04 (15)): a counted crowd gathered before a building is now a
    # stand (تجمع مئات المعلمين أمام الوزارة، احتشد المئات أمام البرلمان), both found
    "وأبرمت المغرب وموريتانيا اتفاقا تجاريا يلغي الرسوم على السلع الزراعية.":
        "the accusative اتفاقا is not among the block's agreement nouns",
}


@pytest.mark.parametrize("text, type_", MUST_NOT)
def test_false_sense_not_reported(text: str, type_: str) -> None:
    assert type_ not in types(text, PUB)


@pytest.mark.parametrize("text, type_", MUST)
def test_true_sense_reported(text: str, type_: str) -> None:
    assert type_ in types(text, PUB)


@pytest.mark.parametrize(
    "text, type_, expected",
    known_failures(held_out_cases(HELD_OUT_MUST, HELD_OUT_MUST_NOT), HELD_OUT_WRONG))
def test_held_out(text: str, type_: str, expected: bool) -> None:
    assert (type_ in types(text, PUB)) == expected


def test_probe_counts() -> None:
    """At least 40 probes, about half of them held out (24 written with the first 25 tuned
    ones; three tuned ones were added later for the domain-policy change)."""
    tuned = len(MUST) + len(MUST_NOT)
    held = len(HELD_OUT_MUST) + len(HELD_OUT_MUST_NOT)
    assert tuned + held >= 40 and held >= 24 and 100 * held >= 45 * (tuned + held)


# --- the column test itself


def test_quoted_we_is_not_the_pages_voice() -> None:
    text = "قال الوزير: «نحن لن نتراجع، وعلينا أن نصمد». وأضاف أن المفاوضات مستمرة."
    assert first_plural_markers(text) == 0


def test_two_markers_of_the_writers_own_voice_make_a_column() -> None:
    text = "نحن نخسر كل صيف الحرب ذاتها. آن الأوان لأن نغير عاداتنا."
    assert first_plural_markers(text) == 2
    assert first_plural_column(text)


def test_one_marker_is_no_column() -> None:
    assert not first_plural_column("وأكد الرئيس أن بلادنا لن تقبل بالتدخل في شؤونها.")


def test_a_report_full_of_speech_frames_is_no_column() -> None:
    # an interview or a statement that lets an official say "we" without guillemets
    text = ("قال المتحدث إن قواتنا صدت الهجوم. وأضاف: نحن لن نسمح بتكراره. وأكد أن علينا "
            "حماية المدنيين. وأوضح أن الوضع مستقر.")
    assert first_plural_markers(text) >= 2
    assert reporting_frames(text) > 3
    assert not first_plural_column(text)


def test_a_column_keeps_its_dated_act() -> None:
    # in a column, a sentence that names a dated time keeps its triggers (as the link-line
    # columns do): an act the column dates is reported
    text = ("نحن ننسى سريعا. ففي عام 2015 قصفت الطائرات سوقا شعبية في صنعاء وقتلت العشرات. "
            "وعلينا ألا ننسى.")
    assert "ASSAULT" in types(text, PUB)
