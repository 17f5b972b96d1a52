"""speed24's prefilters in the structure stage skip a regex only where it cannot match.

* ``page._credit_tail``: ``_CREDIT_TAIL.match`` is not tried on a line with no dash, bar or
  slash that does not end with ")";
* ``published.infer_from_text``: the day-month scan is not run on a piece naming no month.

Each is checked against the unfiltered regex on ordinary and hostile lines and random text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.structure import page
from rasd.structure.published import _text_patterns

LINES = [
    "", " ", ")", "(", "صورة أرشيفية (رويترز)", "صورة أرشيفية (رويترز)  \n", "الرياض - واس",
    "وزير الخارجية — أ ف ب", "خبر | المصدر", "صورة/ تصوير أحمد", "الأمير محمد بن سلمان",
    "(واس) الرياض", "نص بلا شيء", "a-b", "lone \ud800 - 😀", "٣ ـ ٤", "قبل (ال) بعد)\t",
    "كلمة" * 30 + " - " + "مصدر", "\u2028)", "x )\u3000",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.regs == b.regs


def test_credit_tail_filter_loses_no_match() -> None:
    for line in LINES:
        assert _same(page._credit_tail(line), page._CREDIT_TAIL.match(line)), line
    assert page._credit_tail("صورة أرشيفية (رويترز)") is not None
    assert page._credit_tail("الأمير محمد بن سلمان") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="اب تث-–—|/()\n\t\u00a0x١", max_size=50))
def test_credit_tail_filter_loses_no_match_on_random_lines(line: str) -> None:
    assert _same(page._credit_tail(line), page._CREDIT_TAIL.match(line))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["الخميس", " ", "12", "من", "مارس", "ابريل", "الاول", "عام",
                                 "2015", ",", "يناير", "x", "كانون الثاني", "/", "(", ")"]),
                max_size=12).map("".join))
def test_month_filter_loses_no_day_month_match(text: str) -> None:
    _today, _yesterday, day_month, any_month = _text_patterns()
    if any_month.search(text) is None:
        assert list(day_month.finditer(text)) == []
