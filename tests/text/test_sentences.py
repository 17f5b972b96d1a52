from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.sentences import MAX_QUOTE_CHARS, split_sentences
from tests.text.test_tokens import MIXED


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف مدفعي على أطراف الحديدة.. والأمم المتحدة تدعو إلى التهدئة",
         ["قصف مدفعي على أطراف الحديدة..", "والأمم المتحدة تدعو إلى التهدئة"]),
        ("صرح د. سامي العلي بأن النمو بلغ 3.5 في المئة. وتوقع تحسنا العام المقبل!",
         ["صرح د. سامي العلي بأن النمو بلغ 3.5 في المئة.", "وتوقع تحسنا العام المقبل!"]),
        ("التقى أ. خالد بالمهندسة م. ريم في الرباط. ثم غادرا",
         ["التقى أ. خالد بالمهندسة م. ريم في الرباط.", "ثم غادرا"]),
        ("شيد المعبد في القرن الثالث ق.م على ضفاف النيل. وما زال قائما",
         ["شيد المعبد في القرن الثالث ق.م على ضفاف النيل.", "وما زال قائما"]),
        ("زار المبعوث U.S. Senator J. Reed العاصمة. واستمرت الزيارة يومين",
         ["زار المبعوث U.S. Senator J. Reed العاصمة.", "واستمرت الزيارة يومين"]),
        ("انهار الاتحاد عام 1991 م. وتفككت جمهورياته",
         ["انهار الاتحاد عام 1991 م.", "وتفككت جمهورياته"]),
        ("هل انتهت الأزمة؟ يقول المحللون لا؛ فالخلافات عميقة",
         ["هل انتهت الأزمة؟", "يقول المحللون لا؛", "فالخلافات عميقة"]),
        ("أعلنت الحكومة استقالتها.وقال المتحدث إنها ستسير الأعمال",
         ["أعلنت الحكومة استقالتها.", "وقال المتحدث إنها ستسير الأعمال"]),
        ("نشر الخبر على موقع aljazeera.net وغيره… ثم حذف",
         ["نشر الخبر على موقع aljazeera.net وغيره…", "ثم حذف"]),
        ("السطر الأول\nالسطر الثاني\n\n  السطر الثالث  ",
         ["السطر الأول", "السطر الثاني", "السطر الثالث"]),
        ("قالت الوزيرة: \"لن نتراجع. سنواصل الإصلاح\". وغادرت القاعة",
         ["قالت الوزيرة: \"لن نتراجع. سنواصل الإصلاح\".", "وغادرت القاعة"]),
        ("وأضاف «الوضع خطير! ولا بد من التحرك» قبل أن يختم كلمته. شكرا",
         ["وأضاف «الوضع خطير! ولا بد من التحرك» قبل أن يختم كلمته.", "شكرا"]),
        ("وقال: “انتهى كل شيء.” ثم انسحب من الاجتماع",
         ["وقال: “انتهى كل شيء.”", "ثم انسحب من الاجتماع"]),
        ("أطلق سراحه (بعد تدخل السفارة.) وعاد إلى بلاده. انتهى",
         ["أطلق سراحه (بعد تدخل السفارة.)", "وعاد إلى بلاده.", "انتهى"]),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_unbalanced_quote_cannot_swallow_the_page() -> None:
    sentence = "هذه جملة قصيرة عن الطقس في عمان. "
    text = "قال المتحدث: \"" + sentence * (MAX_QUOTE_CHARS // len(sentence) + 5)
    assert len(split_sentences(text)) > 5


def test_a_long_quote_is_still_one_sentence_when_closed_in_time() -> None:
    inner = "تحسنت المؤشرات. " * 10
    assert len(inner) < MAX_QUOTE_CHARS
    assert len(split_sentences(f"وقال: «{inner}» ثم صمت.")) == 1


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def assert_partition(text: str) -> None:
    """Spans are exact, stripped, in order, and together hold every non-blank character."""
    spans = split_sentences(text)
    covered = 0
    previous_end = 0
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert s.start >= previous_end
        previous_end = s.end
        covered += sum(1 for ch in s.text if not ch.isspace())
    assert covered == sum(1 for ch in text if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_sentence_spans_partition_the_non_blank_text(text: str) -> None:
    assert_partition(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="«»\"“”.!?؟;؛… اب3د\n", max_size=120))
def test_quotes_and_terminators_never_break_the_partition(text: str) -> None:
    assert_partition(text)


def test_newlines_next_to_terminators() -> None:
    # a newline is a candidate of its own, never part of a terminator run around it
    text = "وصل الوفد..\n.غادر الوزير؟\n\nانتهى"
    assert [s.text for s in split_sentences(text)] == ["وصل الوفد..", ".غادر الوزير؟", "انتهى"]
