"""Document-level NER features: evidence from a word's other occurrences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.doc import document_features
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


def _reference(keys: list[str | None], classes: list[tuple[str, ...]],
               gazetteer: list[str | None] | None, clusters: dict[str, tuple[str, str]]
               ) -> list[list[str]]:
    """The features spelled out per position, straight from the module doc (slowly)."""
    out: list[list[str]] = []
    for i, key in enumerate(keys):
        if key is None:
            out.append([])
            continue
        count = keys.count(key)
        bucket = "1" if count <= 1 else "2" if count == 2 else "3" if count <= 4 else "5"
        feats = ["dn=" + bucket] if key in clusters else ["dn=" + bucket, "dr=" + bucket]

        def evidence(j: int) -> list[str]:
            found: list[str] = []
            if gazetteer is not None and gazetteer[j] is not None:
                found.append("dg=" + str(gazetteer[j])[2:])
            if j > 0:
                found.extend("dp=" + c for c in classes[j - 1])
            if j + 1 < len(keys):
                found.extend("dq=" + c for c in classes[j + 1])
            return list(dict.fromkeys(found))

        # What OTHER occurrences show, listed in the order the text first shows it.
        others = {e for j, k in enumerate(keys) if k == key and j != i for e in evidence(j)}
        seen = dict.fromkeys(e for j, k in enumerate(keys) if k == key for e in evidence(j))
        feats.extend(e for e in seen if e in others)
        out.append(feats)
    return out


@given(st.lists(st.tuples(st.sampled_from([None, "aaa", "bbb", "ccc"]),
                          st.sampled_from([(), ("TITLE",), ("TITLE", "ORGHEAD"), ("GIVEN",)]),
                          st.sampled_from([None, None, "B-PER", "I-LOC"])), max_size=30),
       st.booleans())
def test_document_features_match_the_definition(
    rows: list[tuple[str | None, tuple[str, ...], str | None]], with_gazetteer: bool
) -> None:
    keys = [k for k, _, _ in rows]
    classes = [c for _, c, _ in rows]
    gazetteer = [g for _, _, g in rows] if with_gazetteer else None
    clusters = {"bbb": ("1", "11")}
    got = document_features(keys, classes, gazetteer, clusters)
    assert got == _reference(keys, classes, gazetteer, clusters)
