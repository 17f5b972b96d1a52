"""speed24's rewritten scans find what the patterns they replace found.

``casualty_pronouns._VERB_ONE_PERSON`` tests the word start after its و, as a look-behind
over it (``و(?<!\\w.)``), so that ``re`` skips to each و instead of trying the pattern at
every character; the matches are those of ``(?<!\\w)و``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import casualty_pronouns

#: The pattern as it was written before.
_BEFORE = re.compile(
    r"(?<!\w)و(?P<v>اصيب|اصيبت|جرح|جرحت|قتل|قتلت|استشهد|استشهدت|توفي|توفيت)\s+"
    + casualty_pronouns._PERSON)

TEXTS = [
    "", "و", "قتل شاب وأصيب والده", "قتل شاب واصيب والده", "استشهد مواطن وجرحت زوجته",
    "ووجرح ابنه", "x_وقتل ابنه", "_وقتل ابنه", "\nوقتل الثاني", "٣وقتل ابنه", "😀وقتل ابنه",
    "\ud800وقتل ابنه", "وقتلت\tزوجتها وتوفي الاخر",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.regs) for m in pattern.finditer(text)]


def test_rewritten_verb_scan_finds_the_same() -> None:
    for text in TEXTS:
        assert _found(casualty_pronouns._VERB_ONE_PERSON, text) == _found(_BEFORE, text)
    assert _found(_BEFORE, "قتل شاب واصيب والده")  # the comparison is not vacuous


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["و", "قتل", "جرح", "اصيبت", " ", "ابنه", "الثاني", "\n", "_",
                                 "x", "ـ", "😀", "\ud800", "1", "زوجته", "ال"]),
                max_size=12).map("".join))
def test_rewritten_verb_scan_finds_the_same_on_random_text(text: str) -> None:
    assert _found(casualty_pronouns._VERB_ONE_PERSON, text) == _found(_BEFORE, text)
