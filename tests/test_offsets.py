"""The sacred invariant: every span of every document is an exact slice of its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import rasd
from rasd.errors import EmptyInput
from rasd.model import Document
from tests.conftest import FIXTURES, SEED_DIR


def assert_spans_exact(doc: Document) -> None:
    for span in doc.spans():
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start:span.end] == span.text


ARABIC_WORDS = ["أعلنت", "الحكومة", "مقتل", "العشرات", "في", "كازاخستان", "الخميس", "قوات",
                "الأمن", "التعليقات", "(2)", "اقرأ", "أيضا", "شارك", "الوسوم:", "جيتي", "-", "،",
                ".", "07-01-2022", "06:28", "م", "ص", "٣", "\u00a0", "\u200f", "ً", "ـ", '"',
                "«", "»", "سياسة", "تعليقات", "منذ", "ساعات", "رد"]
line = st.lists(st.sampled_from(ARABIC_WORDS) | st.text(max_size=6), max_size=14).map(" ".join)
page = st.lists(line, max_size=30).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\n\n", "\r"]).map(lambda nl: nl.join(lines)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
def test_generated_pages_keep_offsets(text: str) -> None:
    assume(text.strip())
    assert_spans_exact(rasd.analyze(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    if not text.strip():
        with pytest.raises(EmptyInput):
            rasd.analyze(text)
        return
    assert_spans_exact(rasd.analyze(text))


def _pages() -> list[Path]:
    pages = sorted((FIXTURES / "pages").glob("*.txt"))
    seed = SEED_DIR / "000_deac851cec9a8270.txt"
    return pages + ([seed] if seed.exists() else [])


def test_fixture_pages_keep_offsets() -> None:
    for path in _pages():
        assert_spans_exact(rasd.analyze(path.read_bytes().decode("utf-8")))
