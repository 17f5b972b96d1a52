"""Where one party's reported clause ends and another's begins, and clauses nobody says
(the lead's quote decisions of 2026-12-04 (11), tests/gold/events/README.md), on the
team's own sentences."""

from __future__ import annotations

import pytest

import rasd
from rasd.model import Document, Quote


def quotes_starting(doc: Document, words: str) -> list[Quote]:
    return [q for q in doc.quotes if q.span.text.startswith(words)]


def only(doc: Document, words: str) -> Quote:
    found = quotes_starting(doc, words)
    assert len(found) == 1, [q.span.text for q in doc.quotes]
    return found[0]


def speaker_text(q: Quote) -> str:
    assert q.speaker is not None
    return q.speaker.span.text


@pytest.mark.parametrize("opener", ["في حين", "فيما", "بينما"])
def test_a_contrasted_party_speaks_for_itself(opener: str) -> None:
    # the second verb after في حين/فيما/بينما is no part of the first party's statement:
    # the first clause ends before it, and the quotation is the second party's
    doc = rasd.analyze(f"وقالت نقابة المعلمين إن الشرطة فرقت المعتصمين بالقوة أمام الوزارة، "
                       f"{opener} قالت الوزارة إن عناصرها واجهوا «أعمال تخريب متعمدة» في الموقع.")
    first = only(doc, "الشرطة فرقت")
    assert not first.direct
    assert first.span.text == "الشرطة فرقت المعتصمين بالقوة أمام الوزارة"
    assert "نقابة المعلمين" in speaker_text(first)
    quoted = only(doc, "أعمال تخريب")
    assert quoted.direct
    assert speaker_text(quoted).startswith("الوزارة")


def test_a_mixed_quote_after_a_contrasted_party_is_its_direct_part() -> None:
    doc = rasd.analyze("قال الجيش إن وحداته استعادت التلال بعد قتال عنيف، فيما قالت الحركة "
                       "إنها سحبت مقاتليها من القرية «حفاظا على أرواح السكان».")
    assert only(doc, "حفاظا على أرواح").direct
    assert not quotes_starting(doc, "سحبت مقاتليها")  # the quotation carries the statement
    assert speaker_text(only(doc, "حفاظا على أرواح")) == "الحركة"


def test_a_coordinated_verb_shares_the_subject_of_the_verb_after_the_opener() -> None:
    doc = rasd.analyze("وانتقدت المعارضة الاتفاق، بينما رحبت وزارة المالية بالخطوة "
                       "ووصفتها بأنها «بداية مرحلة جديدة».")
    assert speaker_text(only(doc, "بداية مرحلة")) == "وزارة المالية"


def test_a_second_statement_after_a_mixed_first_one_is_reported() -> None:
    # إن ... «...» وإن ...: the quotation carries the first statement, the second is
    # reported speech of its own
    doc = rasd.analyze("وقال رئيس البعثة إن الجولة الثانية شهدت «نقاشات صريحة» وإن الوفدين "
                       "قررا مواصلة اللقاءات في جنيف.")
    assert only(doc, "نقاشات صريحة").direct
    second = only(doc, "الوفدين قررا")
    assert not second.direct
    assert speaker_text(second) == "رئيس البعثة"
    assert not quotes_starting(doc, "الجولة الثانية")


def test_a_second_statement_with_its_own_quotation_stays_carried() -> None:
    doc = rasd.analyze("وقال المتحدث إن المفاوضات حققت «تقدما محدودا» وإن الطرفين "
                       "«ما زالا بعيدين عن الاتفاق».")
    assert [q.span.text.strip("«»") for q in doc.quotes if not q.direct] == []


@pytest.mark.parametrize("text", [
    "زار الوفد القلعة التي تشير المصادر التاريخية إلى أنها صمدت أمام حصار طويل.",
    "وتذكر الوثائق أن السوق القديم أنشئ في القرن الرابع عشر.",
])
def test_documentary_sources_report_nobody(text: str) -> None:
    assert rasd.analyze(text).quotes == ()


def test_a_reported_clause_about_documents_is_still_reported() -> None:
    # الأرشيفات after أن is what the author says, not the subject of the verb
    doc = rasd.analyze("وقال المؤلف إن الحدود رسمت على عجل، معتبرا أن الأرشيفات ما زالت "
                       "تخفي الكثير.")
    assert speaker_text(only(doc, "الأرشيفات ما زالت")) == "المؤلف"


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # opinion verbs with a party as subject, named or generic
    ("ويرى خبراء أن الخطة ستخفض أسعار الوقود خلال عام.", "خبراء", "الخطة ستخفض"),
    # a stated hope is the hoping party's indirect quote
    ("وأعرب الوزير عن أمله في أن تستأنف الرحلات الجوية قريبا.", "الوزير", "تستأنف الرحلات"),
])
def test_opinions_and_hopes_are_reported_speech(text: str, speaker: str, words: str) -> None:
    q = only(rasd.analyze(text), words)
    assert not q.direct
    assert speaker in speaker_text(q)
