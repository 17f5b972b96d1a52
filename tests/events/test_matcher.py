"""Trigger lexicon and matcher: clitics, pronouns, gaps, blocks, longest match."""

from __future__ import annotations

from rasd.events.lexicon import CORROBORATION_WEIGHT, modifiers, trigger_index, triggers
from rasd.events.matcher import find_matches, first_hits
from rasd.text.tokens import tokenize


def lemmas(text: str) -> list[tuple[str, str]]:
    return [(m.trigger.lemma, text[m.start:m.end]) for m in find_matches(tokenize(text))]


def test_lexicon_loads_with_every_type() -> None:
    rows = triggers()
    assert len({t.type for t in rows if not t.block}) == 16
    assert all(t.weight == 0 for t in rows if t.block)
    assert any(t.weight < CORROBORATION_WEIGHT for t in rows if not t.block)
    assert trigger_index() and modifiers()


def test_clitics_and_pronouns() -> None:
    assert ("اعتقل", "واعتقلته") in lemmas("واعتقلته الشرطة")
    assert any(lemma == "غارة" for lemma, _ in lemmas("وبالغارات الجوية"))
    assert any(form == "استقالتها" for _, form in lemmas("أعلنت الحكومة استقالتها"))


def test_kept_words_are_not_split() -> None:
    assert first_hits("وزاره") == ()  # وزارة is not و + زارة (visited her)


def test_gap_and_longest_match() -> None:
    found = lemmas("شن الطيران الحربي غارات على البلدة")
    assert found == [("شن غارة", "شن الطيران الحربي غارات")]


def test_block_rows_cancel() -> None:
    assert lemmas("احتسب الحكم ضربة جزاء") == []


def test_gap_does_not_cross_a_clause() -> None:
    assert all(lemma != "شن غارة" for lemma, _ in lemmas("شن الجيش، أمس. غارات"))


def test_plain_readings_agree_with_candidate_bases() -> None:
    from rasd.events.matcher import plain_readings
    from rasd.text.normalize import normalize_key
    from rasd.text.tokens import candidate_bases, is_kept_whole

    words = ["والأحد", "للمنظمة", "وبالهجوم", "ستعقد", "سياسة", "فالرس", "ولم", "كالعادة",
             "وسيزور", "بلد", "الرس", "وللشرطة", "فبالقصف", "وزارة", "قصف", "لبنان", "بسلاح"]
    for word in words:
        norm = normalize_key(word)
        want = {norm} if is_kept_whole(norm) else {b for _, b in candidate_bases(norm)}
        assert plain_readings(norm) == want, word


def test_real_news_false_readings() -> None:
    """Words of real pages read as triggers (rasd eval events-audit): هنا "here" is not
    هنأ, prices that reach an amount are no arrival, a junction is not a boycott."""
    assert not any(lemma == "هنأ" for lemma, _ in lemmas("ونقصد بالمجتمع هنا المجتمع كله"))
    assert any(lemma == "هنأ" for lemma, _ in lemmas("هنأ الملك الرئيس بذكرى الاستقلال"))
    assert not any(lemma == "وصل إلى" for lemma, _ in lemmas("ارتفع السعر ليصل إلى 300 ريال"))
    assert not any(lemma == "وصل إلى" for lemma, _ in
                   lemmas("وصلت الخسائر إلى أكثر من 30 مليار دولار"))
    assert any(lemma == "وصل إلى" for lemma, _ in lemmas("وصل الوزير إلى الرياض أمس"))
    found = lemmas("شكا السكان من كثرة الحوادث في تقاطع الشارع")
    assert not any(form == "تقاطع" for _, form in found)


def test_formulae_and_hamza_seats() -> None:
    """A ruler's honorific -أيده الله- is no SUPPORT; أبعاد "dimensions" is not إبعاد."""
    assert not lemmas("توجيهات خادم الحرمين الشريفين -أيده الله- الكريمة")
    assert any(lemma == "أيد" for lemma, _ in lemmas("أيد الوزير القرار"))
    assert not lemmas("قضية ذات أبعاد جيوسياسية")
    assert lemmas("قررت السلطات إبعاد الصحفي عن البلاد")


def test_word_record_cache_changes_no_match(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The per-word record cache (readings and first rows together) gives the matches the
    LRU-cached functions give, and empties itself at its bound instead of growing."""
    from rasd.events import matcher

    text = "وشن الطيران الحربي، أمس الاثنين، غارات على البلدة واعتقلته الشرطة في الموصل"
    matcher._WORDS.clear()
    cold = [(m.trigger.line, m.start, m.end) for m in find_matches(tokenize(text))]
    warm = [(m.trigger.line, m.start, m.end) for m in find_matches(tokenize(text))]
    assert cold == warm and cold
    monkeypatch.setattr(matcher, "WORD_CACHE_SIZE", 3)
    matcher._WORDS.clear()
    find_matches(tokenize(text))
    assert len(matcher._WORDS) <= 3
    assert [(m.trigger.line, m.start, m.end) for m in find_matches(tokenize(text))] == cold
