from __future__ import annotations

import pytest

from rasd.comments.duplicates import duplicate_key, duplicate_links


def test_same_text_by_another_author_points_to_the_first() -> None:
    texts = [
        "الحكومة مسؤولة عن هذا الفشل الكبير",
        "رأي مختلف تماما عن الموضوع",
        "الحكومةُ مسؤولةٌ عن هـذا الفشل الكبيييير!!",
        "  الحكومة   مسؤولة عن هذا الفشل الكبير  ",
    ]
    assert duplicate_links(texts, ["أحمد", "سعاد", "خالد", None]) == [None, None, 0, 0]


def test_same_author_reposting_is_a_duplicate_too() -> None:
    texts = ["نطالب بفتح تحقيق عاجل في الحادثة", "نطالب بفتح تحقيق عاجل في الحادثة."]
    assert duplicate_links(texts, ["منى", "منى"]) == [None, 0]


def test_short_common_reactions_are_not_duplicates() -> None:
    assert duplicate_links(["شكرا", "شكرا", "الله أكبر", "الله اكبر"],
                           ["a", "b", "c", "d"]) == [None, None, None, None]


def test_different_texts_are_not_duplicates() -> None:
    texts = ["الحكومة مسؤولة عن الفشل", "الحكومة غير مسؤولة عن الفشل"]
    assert duplicate_links(texts, ["a", "b"]) == [None, None]


def test_key_ignores_punctuation_and_emoji() -> None:
    assert duplicate_key("حسبنا الله 😢😢 ونعم الوكيل!!") == duplicate_key("حسبنا الله ونعم الوكيل")


def test_lengths_must_match() -> None:
    with pytest.raises(ValueError):
        duplicate_links(["نص أول هنا"], [])


def test_precomputed_keys_give_the_same_links() -> None:
    texts = ["الله يحفظ البلد وأهلها", "الله يحفظ البلد وأهلها!!", "كلام آخر تماما هنا"]
    authors = ["a", "b", None]
    keys = [duplicate_key(t) for t in texts]
    assert duplicate_links(texts, authors, keys) == duplicate_links(texts, authors) \
        == [None, 0, None]
    with pytest.raises(ValueError):
        duplicate_links(texts, authors, keys[:2])
