from __future__ import annotations

import pytest

from rasd.comments.toxicity import WINDOW_WORDS, ToxicityClassifier
from rasd.comments.toxicity_features import Lexicon, scripture_ranges, word_key, words_of
from tests.conftest import need


@pytest.fixture(scope="module")
def clf() -> ToxicityClassifier:
    return ToxicityClassifier.load()


def test_load_is_cached(clf: ToxicityClassifier) -> None:
    assert ToxicityClassifier.load() is clf
    assert 0.0 < clf.threshold < 1.0


@pytest.mark.parametrize("text", [
    "يا حمار انت ما تفهم شي اسكت أحسن لك",
    "هؤلاء الخونة الكلاب باعوا البلد يلعن أبوكم",
    "النائب ده حرامي وكذاب وحقير",
    "سنذبحكم واحدا واحدا يا أعداء الوطن",
])
def test_offensive(clf: ToxicityClassifier, text: str) -> None:
    tox = clf.score(text)
    assert tox.offensive, tox
    assert tox.kinds and tox.spans


@pytest.mark.parametrize("text", [
    "مقال ممتاز وتحليل دقيق للوضع شكرا للكاتب",
    "نتمنى أن تتوقف الحرب ويعود الناس إلى بيوتهم",
    "أختلف مع الوزير لكن القرار يحتاج نقاشا هادئا في البرلمان",
    "الله يرحم الضحايا ويصبر أهاليهم",
])
def test_not_offensive(clf: ToxicityClassifier, text: str) -> None:
    tox = clf.score(text)
    assert not tox.offensive, tox
    assert tox.kinds == () and tox.spans == ()


def test_spans_are_document_offsets(clf: ToxicityClassifier) -> None:
    page = "عنوان الخبر\nنص الخبر هنا\n"
    comment = "يا كلاب يا خونة يا حرامية"
    text = page + comment
    tox = clf.score(comment, offset=len(page))
    assert tox.offensive
    assert tox.spans
    for span in tox.spans:
        assert text[span.start:span.end] == span.text
    assert "insult" in tox.kinds


def test_elongation_and_tashkeel_are_squeezed() -> None:
    assert word_key("كلاااااب") == word_key("كِلاب") == "كلاب"
    lex = Lexicon.load()
    assert lex.lookup(word_key("ياكلاااب")) is not None


@pytest.mark.parametrize(("word", "hit"), [
    ("والحمير", True), ("كلابهم", True), ("يلعنكم", True), ("الخنزيرة", True),
    ("بكس", False),        # a box, not the vulgar word behind a stripped ب
    ("الرافضين", False),   # those who refuse
    ("تفوق", False), ("كلمة", False), ("احمد", False), ("إلى", False),
    ("عكس", False), ("فخره", False), ("الزبى", False), ("نقتلع", False),
])
def test_lexicon_clitics(word: str, hit: bool) -> None:
    assert (Lexicon.load().lookup(word_key(word)) is not None) is hit


def test_scripture_is_not_the_readers_words(clf: ToxicityClassifier) -> None:
    quote = "قال الله تعالى \"وما يعدهم الشيطان إلا غرورا\" فلا تصدقوا الوعود"
    assert scripture_ranges(quote)
    inside = [w.key for w in words_of(quote)]
    assert "الشيطان" not in inside and "فلا" in inside
    verse = "﴿ولا تقف ما ليس لك به علم﴾ فتثبتوا من الأخبار"
    assert next(w.key for w in words_of(verse)) == "فتثبتوا"
    assert not clf.score(quote).offensive


def test_long_comment_is_as_offensive_as_its_worst_passage(clf: ToxicityClassifier) -> None:
    calm = " ".join(["ترى الحكومة أن الإصلاح الاقتصادي يحتاج وقتا وصبرا من المواطنين"] * 9)
    assert len(calm.split()) > 2 * WINDOW_WORDS
    assert not clf.score(calm).offensive
    rude = calm + " أما هؤلاء الوزراء فكلاب وحرامية وخونة يلعن أبوهم " + calm
    tox = clf.score(rude)
    assert tox.offensive
    assert all(rude[s.start:s.end] == s.text for s in tox.spans)


def test_seed_comments(seed_path: object) -> None:
    from pathlib import Path

    from rasd.analysis import analyze

    doc = analyze(Path(str(seed_path)).read_text("utf-8"))
    assert len(doc.comments) == 2
    clf = ToxicityClassifier.load()
    first, second = (clf.score(c.span.text, c.span.start) for c in doc.comments)
    assert first.offensive
    assert not second.offensive
    for span in first.spans:
        assert doc.text[span.start:span.end] == span.text


def test_own_gold_comments_f1(clf: ToxicityClassifier) -> None:
    from pathlib import Path

    from rasd.evaluation.toxicity import evaluate, read_labelled

    path = need(Path(__file__).resolve().parents[1] / "gold" / "comments" / "labelled.tsv")
    items = read_labelled(path)
    assert len(items) >= 150
    report = evaluate(items, clf.offensive_score, clf.threshold, "own")
    assert report.f1 >= 0.75, report.table()


def test_fast_path_features_equal_the_training_features(clf: ToxicityClassifier) -> None:
    from rasd.comments.toxicity_features import AttributeMemo, features, weigh

    lex = Lexicon.load()
    known = frozenset({"bias", "lex=insult", "w=كلاب", "c=<كل", "b=يا_كلاب", "2p"})
    weights = {"w=كلاب": 2.5, "c=<كل": 0.5, "b=يا_كلاب": 1.25, "w=شكرا": 3.0}
    memo: AttributeMemo = {}
    for text in ["يا كلاب يا كلاب", "أنتم كلاب 😡", "شكرا لكم على المقال"]:
        words = words_of(text)
        hits = lex.hits(words)
        full = features(words, hits, text)
        trained = weigh(full, weights)
        fast = features(words, hits, text, known, memo, weights)
        assert fast == {a: v for a, v in trained.items() if a in known}
    assert "كلاب" in memo
    # A weight scales its attribute; a text attribute without one is left out.
    words = words_of("يا كلاب")
    plain = features(words, lex.hits(words), "يا كلاب")
    weighted = features(words, lex.hits(words), "يا كلاب", weights=weights)
    assert weighted["w=كلاب"] == plain["w=كلاب"] * 2.5
    assert "w=يا" in plain and "w=يا" not in weighted
    assert weighted["bias"] == plain["bias"] == 1.0


def test_log_count_ratios() -> None:
    from rasd.comments.toxicity_features import log_count_ratios

    samples = [(["w=حمار", "w=يا", "bias"], True), (["w=حمار", "w=انت"], True),
               (["w=يا", "w=شكرا"], False), (["w=شكرا", "w=جميل"], False),
               (["w=يا"], False)]
    r = log_count_ratios(samples)
    assert "bias" not in r  # comment-level attributes are not weighted
    assert "w=انت" not in r and "w=جميل" not in r  # seen in a single comment
    assert r["w=حمار"] > r["w=يا"] and r["w=شكرا"] > r["w=يا"]
    assert all(w >= 0 for w in r.values())


def test_decisive_words_alone_make_a_comment_offensive(clf: ToxicityClassifier) -> None:
    tox = clf.score("الأسعار ارتفعت والحكومة ساكتة، سنحرق مكاتبهم")
    assert tox.offensive and "threat" in tox.kinds
    assert clf.offensive_score("سنحرق مكاتبهم") == 1.0
    assert clf.offensive_score("الأسعار ارتفعت") < clf.threshold


@pytest.mark.parametrize("text", ["يا حمار انت ما تفهم شي", "كلام جميل بارك الله فيك"])
def test_score_with_the_callers_words_is_the_same(clf: ToxicityClassifier, text: str) -> None:
    assert clf.score(text, 10, words_of(text)) == clf.score(text, 10)
