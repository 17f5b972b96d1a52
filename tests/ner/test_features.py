"""Feature extraction: templates, triggers, gazetteer labels, caching."""

from __future__ import annotations

from rasd.ner.features import FeatureExtractor, length_bucket, shape
from rasd.ner.gazetteer import NameMatch, SpanLabeler
from rasd.ner.triggers import load_triggers, parse_triggers
from rasd.ner.words import builtin_words


def _features(text: str) -> list[list[str]]:
    return FeatureExtractor().sentence(builtin_words(text))


def test_own_and_context_templates() -> None:
    feats = _features("قال الرئيس الفرنسي إيمانويل ماكرون")
    third = set(feats[2])
    assert {"w=الفرنسي", "b=فرنسي", "c=ال", "p2=فر", "s1=ي", "sh=AR", "ln=5"} <= third
    assert {"-1w=الرئيس", "-1b=رئيس", "-1t=TITLE", "-2w=قال", "-2t=SAY"} <= third
    assert {"+1w=ايمانويل", "+2w=ماكرون", "w-1|w0=الرئيس|الفرنسي"} <= third
    assert "BOS" in feats[0] and "-1PAD" in feats[0]
    assert "EOS" in feats[-1] and "+1PAD" in feats[-1]


def test_trigger_classes_come_from_the_data_file() -> None:
    triggers = load_triggers()
    assert "TITLE" in triggers.classes_of("وزير", "وزير")
    assert "ORGHEAD" in triggers.classes_of("لوزاره", "وزاره")
    assert "LOCCUE" in triggers.classes_of("محافظه", "محافظه")
    assert triggers.classes_of("برتقال", "برتقال") == ()


def test_multi_word_triggers_mark_every_word_and_their_neighbours() -> None:
    feats = _features("قال المتحدث باسم وزارة الدفاع")
    assert "t=TITLE" in feats[1] and "t=TITLE" in feats[2]
    assert "-1t=TITLE" in feats[3]  # from "باسم", part of "المتحدث باسم"
    # "باسم" alone is no title (it is a given name).
    assert "t=TITLE" not in _features("عاد باسم")[1]


def test_custom_trigger_lexicon() -> None:
    triggers = parse_triggers(
        [("test.tsv", ["# comment", "", "SPORT\tفريق|نادي", "TITLE\tولي العهد"])]
    )
    extractor = FeatureExtractor(triggers)
    feats = extractor.sentence(builtin_words("فاز فريق الهلال على ولي العهد"))
    assert "t=SPORT" in feats[1] and "-1t=SPORT" in feats[2]
    assert "t=TITLE" in feats[4] and "t=TITLE" in feats[5]


def test_gazetteer_labels_become_features() -> None:
    text = "زار الوفد بكازاخستان أمس"
    words = builtin_words(text)
    k = text.index("كازاخستان")
    labeler = SpanLabeler("test", lambda _t: [NameMatch(k, k + len("كازاخستان"), "LOC")])
    labels = labeler(text, words)
    assert labels == [None, None, "B-LOC", None]
    feats = FeatureExtractor().sentence(words, labels)
    assert "g=B-LOC" in feats[2] and "-1g=B-LOC" in feats[3] and "+1g=B-LOC" in feats[1]
    assert not any(f.startswith("g=") for f in feats[0])


def test_cached_and_fresh_extractors_agree() -> None:
    text = "وصل وزير الخارجية المصري إلى الخرطوم ثم وصل وزير الخارجية إلى جوبا"
    extractor = FeatureExtractor()
    first = extractor.sentence(builtin_words(text))
    again = extractor.sentence(builtin_words(text))
    assert first == again == FeatureExtractor().sentence(builtin_words(text))


def test_shapes_and_lengths() -> None:
    assert [shape(s) for s in ("بغداد", "2024", "3.5", "nato", "g20", "...", "x-1")] == [
        "AR", "NUM", "NUM", "LAT", "LAT", "PUNCT", "MIX",
    ]
    assert length_bucket(3) == "3" and length_bucket(12) == "8+"


def test_empty_sentence() -> None:
    assert FeatureExtractor().sentence([]) == []


def test_leading_place_cues_leave_the_gazetteer_match() -> None:
    text = "وصل الوفد إلى محافظة البصرة ثم العاصمة"
    words = builtin_words(text)
    start = text.index("محافظة")
    end = text.index(" ثم")
    whole = SpanLabeler("test", lambda _t: [NameMatch(start, end, "LOC")])
    trimmed = SpanLabeler("test", whole.find, frozenset({"محافظه", "عاصمه"}))
    assert whole(text, words)[3:5] == ["B-LOC", "I-LOC"]
    assert trimmed(text, words)[3:5] == [None, "B-LOC"]
    # A match made of cue words only is left alone.
    k = text.index("العاصمة")
    alone = SpanLabeler("test", lambda _t: [NameMatch(k, len(text), "LOC")],
                        frozenset({"عاصمه"}))
    assert alone(text, words)[-1] == "B-LOC"


def test_word_features_keep_crfsuites_template_order() -> None:
    """The scorer adds each feature's weights in this order (bit-identical sums), so the
    templates of a type's own features and of each view must not move."""
    extractor = FeatureExtractor()
    word = next(w for w in builtin_words("قال الرئيس") if w.norm == "الرئيس")
    features = extractor.word_features(word)
    classes = extractor.triggers.classes_of(word.norm, word.base)
    assert "TITLE" in classes
    templates = [f.split("=", 1)[0] for f in features.own]
    assert templates == ["bias", "w", "b", "c", "p1", "p2", "p3", "s1", "s2", "s3", "p4", "s4",
                         "sh", "ln", "vr", *["t"] * len(classes), "k1", "k2"]
    assert features.own[1:4] == ("w=الرئيس", "b=رئيس", "c=ال")
    for label, view in zip(("-2", "-1", "+1", "+2"), features.views, strict=True):
        near = ["c", "sh", "s2", "k2"] if label in ("-1", "+1") else []
        assert [f.split("=", 1)[0] for f in view] == [
            label + t for t in ["k1", "w", "b", *near, *["t"] * len(classes)]]
        assert view[1:3] == (f"{label}w=الرئيس", f"{label}b=رئيس")
    assert features.doc_classes == tuple(c for c in classes if c != "STOP"
                                         and not c.startswith("TOPIC_"))
