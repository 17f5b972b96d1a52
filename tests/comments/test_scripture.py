"""Qur'an quotes in comments: references, spans, tolerance, and what must not match."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analysis import make_document
from rasd.comments.scripture import MIN_WORDS, ScriptureFinder
from rasd.model import ScriptureQuote
from rasd.structure.page import PageStructureParser
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def finder() -> ScriptureFinder:
    return ScriptureFinder.load()


def quran(finder: ScriptureFinder, text: str, offset: int = 0) -> list[ScriptureQuote]:
    return [q for q in finder.find(text, offset) if q.source == "quran"]


def only(finder: ScriptureFinder, text: str) -> ScriptureQuote:
    found = quran(finder, text)
    assert len(found) == 1, [(q.reference, q.span.text) for q in found]
    return found[0]


def test_load_is_cached() -> None:
    assert ScriptureFinder.load() is ScriptureFinder.load()


def test_plain_verse_inside_a_comment(finder: ScriptureFinder) -> None:
    verse = "إن الله لا يغير ما بقوم حتى يغيروا ما بأنفسهم"
    text = f"الحكومة لن تتغير وحدها، {verse} فلنبدأ بأنفسنا"
    q = only(finder, text)
    assert q.reference == "13:11"
    assert q.span.text == verse
    assert 0 < q.coverage < 1


def test_document_offsets(finder: ScriptureFinder) -> None:
    verse = "وما أوتيتم من العلم إلا قليلا"
    comment = f"يظنون أنهم يعرفون كل شيء. {verse}"
    doc = "عنوان الخبر\n" + comment
    offset = doc.index(comment)
    q = quran(finder, comment, offset)[0]
    assert doc[q.span.start:q.span.end] == q.span.text == verse
    assert q.reference == "17:85"


def test_diacritics_and_quotation_marks(finder: ScriptureFinder) -> None:
    verse = "وَلَا تَحْسَبَنَّ اللَّهَ غَافِلًا عَمَّا يَعْمَلُ الظَّالِمُونَ"
    q = only(finder, f'صبرا يا أهل المدينة "{verse}" والفرج قريب')
    assert (q.reference, q.span.text) == ("14:42", verse)


def test_uthmani_script_with_pause_marks_and_brackets(finder: ScriptureFinder) -> None:
    verse = "قُلۡ هُوَ ٱللَّهُ أَحَدٌ ۝١ ٱللَّهُ ٱلصَّمَدُ ۝٢ لَمۡ يَلِدۡ وَلَمۡ يُولَدۡ ۝٣"
    q = only(finder, f"ردا على من يشرك: ﴿{verse}﴾")
    assert q.reference == "112:1-3"
    assert q.span.text == verse[:verse.rindex("يُولَدۡ") + len("يُولَدۡ")]


def test_two_consecutive_verses_with_a_number_between(finder: ScriptureFinder) -> None:
    q = only(finder, "تذكروا: قل هو الله أحد (1) الله الصمد (2) ولا تنسوا ذلك")
    assert q.reference == "112:1-2"
    assert q.span.text == "قل هو الله أحد (1) الله الصمد"


def test_whole_verse_has_full_coverage(finder: ScriptureFinder) -> None:
    q = only(finder, "يا ايها الذين امنو اتقوا الله وقولوا قولا سديدا")
    assert q.reference == "33:70"
    assert q.coverage == 1.0
    assert q.span.text.startswith("يا ايها")


def test_comment_spellings_missing_hamza_and_alef(finder: ScriptureFinder) -> None:
    # امنو for آمنوا, ان for إن, السما-style dropped hamza, ى written ي.
    q = only(finder, "والله صدق ربي: ان الذين امنو وعملو الصالحات لهم جنات تجري من تحتها الانهار")
    assert q.reference == "85:11"


def test_one_misspelled_word_in_a_long_quote(finder: ScriptureFinder) -> None:
    exact = "ظهر الفساد في البر والبحر بما كسبت أيدي الناس"
    slipped = "ظهر الفساد في البر والبحر بما كسبت ايادي الناس"
    assert only(finder, exact).span.text == exact
    q = only(finder, slipped)
    assert (q.reference, q.span.text) == ("30:41", slipped)


def test_conjunction_added_or_dropped_at_the_start(finder: ScriptureFinder) -> None:
    q = only(finder, "لا تحسبن الله غافلا عما يعمل الظالمون")
    assert q.span.text.startswith("لا تحسبن")
    assert q.reference == "14:42"


def test_basmala_followed_by_the_next_verse_is_a_quote(finder: ScriptureFinder) -> None:
    q = only(finder, "بسم الله الرحمن الرحيم الحمد لله رب العالمين")
    assert q.reference == "1:1-2"


@pytest.mark.parametrize("text", [
    "بسم الله نبدأ",
    "بسم الله الرحمن الرحيم",
    "إن شاء الله تنتهي الحرب قريبا",
    "ما شاء الله لا قوة إلا بالله على هذا الإنجاز",
    "إنا لله وإنا إليه راجعون، رحم الله الشهداء",
    "حسبنا الله ونعم الوكيل في كل من ظلمنا",
    "الحمد لله رب العالمين على السلامة",
    "لا إله إلا الله، ما هذا الظلم",
    "سقط الشهداء في سبيل الله قد يقول قائل إن هذا لا يكفي",
    "لا نعرف ما يكون إلى أن يعلن الجيش موقفه",
    "هذه أمور في هذه الحياة الدنيا لا أكثر",
    "يوم القيامة سيحاسب كل ظالم",
    "سقط ثلاثة في سبيل الله وقال الأهالي إن القصف مستمر",
    "أصبح الاتفاق قاب قوسين أو أدنى بعد جولة المفاوضات",
])
def test_everyday_phrases_are_not_quotes(finder: ScriptureFinder, text: str) -> None:
    assert quran(finder, text) == []


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الخارجية أن الوفد سيصل إلى العاصمة غدا لبحث ملف الأسرى",
    "قال المتحدث باسم الجيش إن القوات سيطرت على الطريق الرئيسي بعد اشتباكات عنيفة",
    "ارتفع عدد الضحايا إلى عشرين قتيلا في الغارة التي استهدفت السوق الشعبي",
    "يرى المحللون أن الاتفاق لن يصمد طويلا ما لم تتدخل الأمم المتحدة",
])
def test_news_sentences_are_not_quotes(finder: ScriptureFinder, text: str) -> None:
    assert finder.find(text) == ()


def test_a_cue_lowers_the_minimum(finder: ScriptureFinder) -> None:
    verse = "ادخلوها بسلام آمنين"
    assert len(verse.split()) < MIN_WORDS
    assert quran(finder, verse) == []
    q = only(finder, f"قال تعالى: {verse}")
    assert (q.reference, q.span.text) == ("15:46", verse)
    q = only(finder, f"تذكروا ﴿{verse}﴾")
    assert q.reference == "15:46"


def test_an_announced_formula_is_a_quote(finder: ScriptureFinder) -> None:
    q = only(finder, "قال الله تعالى: حسبنا الله ونعم الوكيل")
    assert q.reference == "3:173"


def test_two_quotes_in_one_comment(finder: ScriptureFinder) -> None:
    a = "وما أوتيتم من العلم إلا قليلا"
    b = "قل هو الله أحد الله الصمد"
    found = quran(finder, f"{a}، ثم إني أقول {b}")
    assert [(q.reference, q.span.text) for q in found] == [("17:85", a), ("112:1-2", b)]


def test_short_texts_and_empty(finder: ScriptureFinder) -> None:
    assert finder.find("") == ()
    assert finder.find("الله أكبر") == ()
    assert finder.find("hello world 123") == ()


_VERSES = [
    ("وما أوتيتم من العلم إلا قليلا", "17:85"),
    ("وَلَا تَحْسَبَنَّ اللَّهَ غَافِلًا عَمَّا يَعْمَلُ الظَّالِمُونَ", "14:42"),
    ("ظهر الفساد في البر والبحر بما كسبت أيدي الناس", "30:41"),
]
_NOISE = st.text(alphabet="abcxyz 0123456789.,!?؟،:-()\n", max_size=40)


@settings(max_examples=60, deadline=None)
@given(prefix=_NOISE, suffix=_NOISE, which=st.integers(0, len(_VERSES) - 1),
       offset=st.integers(0, 10_000))
def test_span_offsets_around_random_text(prefix: str, suffix: str, which: int,
                                         offset: int) -> None:
    verse, ref = _VERSES[which]
    text = f"{prefix} {verse} {suffix}"
    found = quran(ScriptureFinder.load(), text, offset)
    assert len(found) == 1
    q = found[0]
    assert q.reference == ref
    assert q.span.text == verse
    assert text[q.span.start - offset:q.span.end - offset] == verse


def test_no_hit_in_fixture_article_bodies(finder: ScriptureFinder) -> None:
    pages = sorted((FIXTURES / "pages").glob("*.txt"))
    assert pages
    for page in pages:
        doc = PageStructureParser()(make_document(page.read_text("utf-8")))
        for block in doc.blocks:
            assert finder.find(block.span.text, block.span.start) == (), page.name


def test_seed_comment_quotes_4_120(seed_path: Path, finder: ScriptureFinder) -> None:
    doc = PageStructureParser()(make_document(seed_path.read_text("utf-8")))
    assert len(doc.comments) == 2
    first, second = doc.comments
    text = doc.text[first.span.start:first.span.end]
    found = finder.find(text, first.span.start)
    assert [q.reference for q in found] == ["4:120"]
    q = found[0]
    assert q.source == "quran"
    assert q.span.text.startswith("يَعِدُهُمْ")
    assert doc.text[q.span.start:q.span.end] == q.span.text
    assert q.coverage == 1.0
    assert finder.find(doc.text[second.span.start:second.span.end], second.span.start) == ()
