from __future__ import annotations

import pytest

from rasd.comments import toxicity_lexicon
from rasd.comments.toxicity_features import context_features
from rasd.comments.toxicity_lexicon import Lexicon, word_key, words_of
from rasd.errors import RasdError


def _hits(text: str) -> list[tuple[str, str]]:
    """(entry, the text it covers) of every hit."""
    return [(h.entry, text[h.start:h.end]) for h in Lexicon.load().hits(words_of(text))]


def test_every_entry_matches_its_own_form() -> None:
    lex = Lexicon.load()
    for key in [*lex.words, *lex.inflected, *lex.prefixes]:
        assert lex.lookup(key) is not None, key
    for key in lex.never:
        assert lex.lookup(key) is None, key
    assert len(lex.words) + len(lex.inflected) + len(lex.prefixes) > 300
    assert sum(len(v) for v in lex.phrases.values()) > 50


@pytest.mark.parametrize(("word", "entry"), [
    ("حقيرين", "حقير"), ("عبيطة", "عبيط"), ("المهابيل", None), ("مهبولين", "مهبول"),
    ("جزمته", "جزمه"),     # ة written ت before a pronoun
    ("صرمايتو", "صرمايه"),  # the Levantine -و (his)
    ("الخره", "خره"), ("فخره", None), ("فخرا", None),  # pride, not ف + خره
    ("الزمالك", None), ("الآفاق", None), ("خولة", None), ("نصابها", None),
    ("تاافه", "تافه"),     # a doubled alef is emphasis
    ("مؤخراتهم", "مؤخرات"),  # a plural in -ات before a pronoun
    ("شحاتة", None),       # a name, not شحات + ه
    ("حثالات", "حثاله"),   # the plural of a feminine word
    ("ذليلاً", "ذليل"), ("كلابا", "كلاب"),  # the accusative tanween
    ("جهلها", None), ("واجبنا", None), ("جروا", None),  # pronoun or verb endings
    ("وغداً", None), ("فلولا", None),  # tomorrow, had it not been
    ("هالقرد", "قرد"), ("هالة", None),  # هال "this" (Levant, Gulf); a name
    ("القرفة", None),      # never holds after a clitic too: cinnamon
    ("7mar", "7mar"), ("kalb", "kalb"),  # Arabizi
])
def test_inflections_and_exceptions(word: str, entry: str | None) -> None:
    found = Lexicon.load().lookup(word_key(word))
    assert (found.key if found else None) == entry


def test_a_doubled_alef_is_squeezed_but_not_a_single_one() -> None:
    assert word_key("جداا") == word_key("جدا") == "جدا"
    assert word_key("الله") == "الله"


def test_phrases_are_one_hit_over_their_words() -> None:
    text = "يا ابن الكلب انت"
    assert _hits(text) == [("ابن الكلب", "ابن الكلب")]  # not also كلب inside it
    assert _hits("الله يقطعهم") == [("الله يقطع", "الله يقطعهم")]  # pronoun on the last word
    assert _hits("عديم الاخلاق وحقير") == [("عديم الاخلاق", "عديم الاخلاق"),
                                           ("حقير", "وحقير")]
    assert _hits("ابن") == [] and _hits("الكلب نبح") == [("كلب", "الكلب")]
    # a vocative glued to a phrase, a negation glued to its verb
    assert _hits("ياعديمى الأخلاق") == [("عديمي الاخلاق", "ياعديمى الأخلاق")]
    assert _hits("الله لايبارك فيكم") == [("الله لا يبارك", "الله لايبارك")]
    assert _hits("ماتستحون") == [("ما تستحون", "ماتستحون")]
    assert _hits("ابن عمي طبيب") == []


def _context(text: str) -> set[str]:
    words = words_of(text)
    return set(context_features(words, Lexicon.load().hits(words), text))


def test_context_features_of_hits() -> None:
    assert {"lexvoc", "lexg=animal", "lexn=1", "lex=insult"} <= _context("يا حمار")
    assert "lexvoc" in _context("ياحمار اسكت")
    assert "lexvoc" not in _context("الحمار حيوان صبور")
    assert {"lexn=3", "lex+2p", "2p"} <= _context("انتم كلاب وخونه وحراميه")
    calm = _context("شكرا على المقال")
    assert not any(a.startswith("lex") for a in calm)


def test_a_window_finds_the_vocative_of_its_hits() -> None:
    text = "كلام كثير هنا ثم يا حمار"
    words = words_of(text)
    hits = Lexicon.load().hits(words)
    window = words[2:]  # a window of a long comment: hit indices are the whole comment's
    assert "lexvoc" in context_features(window, hits, text)


def test_bad_lexicon_rows_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    load = toxicity_lexicon._load_lexicon.__wrapped__
    for rows, message in [
        ([(1, ["حمار", "insult", "word"])], "expected form"),
        ([(1, ["حمار", "rude", "word", "animal"])], "expected form"),
        ([(1, ["حمار", "insult", "suffix", "animal"])], "expected form"),
        ([(1, ["حمار", "insult", "word", "animal"]), (2, ["حمار", "insult", "word", "x"])],
         "listed twice"),
        ([(1, ["كلب", "insult", "phrase", "phrase"])], "single word"),
    ]:
        monkeypatch.setattr(toxicity_lexicon, "tsv_rows", lambda *_a, r=rows: r)
        with pytest.raises(RasdError, match=message):
            load()
