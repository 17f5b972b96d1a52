"""Document-level NER features: evidence from a word's other occurrences."""

from __future__ import annotations

from rasd.ner.features import FeatureExtractor
from rasd.ner.words import builtin_words


def _doc(text: str, gazetteer: list[str | None] | None = None) -> dict[str, list[str]]:
    words = builtin_words(text)
    feats = FeatureExtractor().document(words, gazetteer)
    return {text[w.start:w.end] + f"@{i}": f for i, (w, f) in enumerate(zip(words, feats,
                                                                          strict=True))}


def test_a_title_before_one_occurrence_marks_the_others() -> None:
    feats = _doc("استقبل الرئيس قرطبينا الوفد . وغادر قرطبينا")
    assert "dp=TITLE" in feats["قرطبينا@6"]
    # Only OTHER occurrences count: the first has the title itself, nothing elsewhere.
    assert "dp=TITLE" not in feats["قرطبينا@2"]


def test_gazetteer_label_elsewhere_is_carried() -> None:
    text = "وصل سالم بوعزيز ثم قال بوعزيز"
    feats = _doc(text, [None, "B-PER", "I-PER", None, None, None])
    assert "dg=PER" in feats["بوعزيز@5"]
    assert "dg=PER" not in feats["سالم@1"]  # it has no other occurrence


def test_counts_and_rare_words() -> None:
    feats = _doc("زار قرطبينا ثم قرطبينا ثم قرطبينا")
    assert "dn=3" in feats["قرطبينا@1"]
    assert "dr=3" in feats["قرطبينا@1"]  # not in the cluster vocabulary: rare
    assert feats["ثم@2"] == [] or all(not f.startswith("dp=") for f in feats["ثم@2"])


def test_no_words_no_features() -> None:
    assert FeatureExtractor().document([], None) == []


def test_lexicon_words_get_no_document_features() -> None:
    # الرئيس (a title) and برشلونة (a listed club) have their own lexicon features; only
    # words outside the lexicon are pooled.
    feats = _doc("قال الرئيس إن نادي برشلونة فاز . وقال الرئيس إن برشلونة تصدر")
    assert feats["الرئيس@1"] == [] and feats["برشلونة@10"] == []
