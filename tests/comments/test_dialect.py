from __future__ import annotations

import pytest

from rasd.comments.dialect import LONG_COMMENT_WORDS, dialect_of, markers


@pytest.mark.parametrize("text", [
    "انا مش فاهم ليه القرار اتأخر كده",          # Egyptian
    "شو بدك تعمل إذا الوضع هيك",                 # Levantine
    "وش السالفة ليش ما أحد يتكلم",               # Gulf
    "علاش الحكومة ديال هاد البلاد ساكتة",         # Maghrebi
    "والله الكلام اللي قاله صحيح",               # shared relative اللي
    "ماقالش الحقيقة للناس",                      # attached negation ما…ش
    "هذولا ما يفهمون أبغى أعرف السبب",
])
def test_dialect(text: str) -> None:
    assert dialect_of(text) == "dialect"


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الجنوب",
    "ذهب الوفد إلى العاصمة لحضور المؤتمر الدولي",  # إلى is not the dialect الي
    "وصلت الدول الأعضاء إلى اتفاق بشأن الحق في المياه",
    "يتحدث النبي عن الصبر في الحديث",
    "التى فى الشمال",  # Egyptian spelling of MSA words is not dialect
])
def test_msa(text: str) -> None:
    assert dialect_of(text) == "msa"


def test_long_msa_comment_with_one_stray_marker_stays_msa() -> None:
    body = " ".join(["تطالب المعارضة بإصلاح النظام الانتخابي وتوسيع المشاركة"] * 10)
    text = "هذا المقال اللي نشر اليوم " + body
    assert len(text.split()) > LONG_COMMENT_WORDS
    assert dialect_of(text) == "msa"
    assert dialect_of(text + " ومش فاهم ليش كده") == "dialect"


def test_marker_file_is_normalised() -> None:
    table = markers()
    assert table["اللي"] == 1.0
    assert "الي" not in table and "دول" not in table


def test_shared_words_give_the_same_flag() -> None:
    from rasd.comments.toxicity_features import words_of

    for text in ("شو بدك تعمل هلق", "أعلنت الوزارة النتائج", "ماقالش حاجة"):
        assert dialect_of(text, words_of(text)) == dialect_of(text)
