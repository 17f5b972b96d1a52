"""Hadith-like quotes: found by their formulae, the span covers the quoted words only."""

from __future__ import annotations

import pytest

from rasd.comments.scripture import ScriptureFinder
from rasd.comments.scripture_hadith import MAX_HADITH_WORDS, find_hadith
from rasd.comments.scripture_text import Words


def hadith(text: str, offset: int = 0) -> list[str]:
    found = find_hadith(Words(text), offset)
    for q in found:
        assert q.source == "hadith" and q.reference is None
        assert text[q.span.start - offset:q.span.end - offset] == q.span.text
    return [q.span.text for q in found]


@pytest.mark.parametrize(("text", "quoted"), [
    ("قال رسول الله صلى الله عليه وسلم: «من غشنا فليس منا» فاتقوا الله", "من غشنا فليس منا"),
    ("عن النبي ﷺ أنه قال: خيركم خيركم لأهله. فأين نحن من هذا", "خيركم خيركم لأهله"),
    ("قال النبيﷺ: الحياء من الإيمان، فاستحوا", "الحياء من الإيمان، فاستحوا"),
    ("النبي عليه الصلاة والسلام يقول: الكلمة الطيبة صدقة\nوالسلام", "الكلمة الطيبة صدقة"),
    ("وفي الحديث: المؤمن للمؤمن كالبنيان! أين الأخوة", "المؤمن للمؤمن كالبنيان"),
    ("قَالَ رَسُولُ اللَّهِ ﷺ إِنَّ اللَّهَ رَفِيقٌ يُحِبُّ الرِّفْقَ. وأنا أقول كفى",
     "إِنَّ اللَّهَ رَفِيقٌ يُحِبُّ الرِّفْقَ"),
])
def test_opening_cue(text: str, quoted: str) -> None:
    assert hadith(text, 37) == [quoted]


def test_closing_cue_without_opening() -> None:
    assert hadith("صدقت. «الدين النصيحة» رواه مسلم") == ["الدين النصيحة"]
    assert hadith("أقول لكم. ليس الشديد بالصرعة متفق عليه") == ["ليس الشديد بالصرعة"]


def test_opening_and_closing_cue_give_one_quote() -> None:
    text = 'قال رسول الله صلى الله عليه وسلم: "لا ضرر ولا ضرار" رواه ابن ماجه. انتهى'
    assert hadith(text) == ["لا ضرر ولا ضرار"]


def test_quotation_mark_opening_a_few_words_after_the_cue() -> None:
    text = "قال النبي الأمين ﷺ يوما لأصحابه: «خير الناس أنفعهم للناس» فكونوا كذلك"
    assert hadith(text) == ["خير الناس أنفعهم للناس"]


def test_cue_closing_its_sentence_quotes_nothing() -> None:
    assert hadith("هذا ما جاء في الحديث. أما أنا فأرى غير ذلك تماما") == []


def test_long_run_is_cut() -> None:
    text = "قال النبي " + " ".join(["كلام"] * (MAX_HADITH_WORDS + 20))
    (quoted,) = hadith(text)
    assert len(quoted.split()) == MAX_HADITH_WORDS


@pytest.mark.parametrize("text", [
    "قال النبي ذلك",
    "أكد الرسول الأممي أن المفاوضات مستمرة في جنيف",
    "قال المتحدث إن الحكومة سترد على الاتهامات",
    "زار الوفد مسجد النبي يونس في الموصل",
    "أقرت الحكومة خطة جديدة متفق عليها دوليا لإعادة الإعمار",
    "",
])
def test_no_cue_no_hadith(text: str) -> None:
    assert hadith(text) == []


def test_quran_wins_over_an_overlapping_hadith_cue() -> None:
    verse = "وما أوتيتم من العلم إلا قليلا"
    found = ScriptureFinder.load().find(f"قال النبي {verse}")
    assert [(q.source, q.span.text) for q in found] == [("quran", verse)]


def test_finder_returns_both_kinds_in_text_order() -> None:
    text = ("قال رسول الله ﷺ: «الدين النصيحة». وقال تعالى: "
            "وما أوتيتم من العلم إلا قليلا")
    found = ScriptureFinder.load().find(text, 5)
    assert [(q.source, q.span.text) for q in found] == [
        ("hadith", "الدين النصيحة"), ("quran", "وما أوتيتم من العلم إلا قليلا")]
    assert found[0].span.start == text.index("الدين") + 5
