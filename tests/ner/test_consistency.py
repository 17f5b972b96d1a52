"""Spreading the tagger's names to their untagged repeats in the same text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.bio import decode_bio
from rasd.ner.consistency import propagate_names, runs, split_coordinated, tagged
from rasd.ner.triggers import load_triggers
from rasd.ner.words import resolve_splitter

LEXICON = load_triggers()
_, SPLIT = resolve_splitter(None)  # the text layer's tokenizer: it splits و off


def _spread(text: str, labels: list[str]) -> list[tuple[str, str]]:
    words = SPLIT(text)
    assert len(words) == len(labels)
    out = propagate_names(words, labels, LEXICON)
    return [(text[w.start:w.end], label) for w, label in zip(words, out, strict=True)]


def test_a_name_spreads_to_its_bare_repeat_with_clitics() -> None:
    text = "فاز نادي قرطبينا أمس . وقرطبينا يتصدر"
    got = _spread(text, ["O", "O", "B-ORG", "O", "O", "O", "O"])
    assert ("وقرطبينا", "B-ORG") in got


def test_multiword_names_spread_whole_and_longest_first() -> None:
    text = "قال سالم بوعزيز إن سالم بوعزيز سيعود"
    got = _spread(text, ["O", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert got[4:6] == [("سالم", "B-PER"), ("بوعزيز", "I-PER")]


def test_tagged_words_and_triggers_are_never_changed() -> None:
    # الرئيس is a trigger word: a (wrong) one-word name of it must not spread.
    text = "الرئيس قرطبينا و الرئيس"
    got = _spread(text, ["B-PER", "B-LOC", "O", "O"])
    assert got[3] == ("الرئيس", "O")
    assert got[1] == ("قرطبينا", "B-LOC")


def test_short_words_do_not_spread() -> None:
    text = "بن قال بن"
    assert _spread(text, ["B-PER", "O", "O"])[2] == ("بن", "O")


def test_the_most_frequent_type_wins() -> None:
    text = "سيرانو سيرانو سيرانو سيرانو"
    got = _spread(text, ["B-ORG", "B-LOC", "B-LOC", "O"])
    assert got[3] == ("سيرانو", "B-LOC")
    assert got[0] == ("سيرانو", "B-ORG")  # the model's own label stays


def test_nothing_tagged_nothing_changes() -> None:
    text = "لا شيء هنا"
    assert [label for _, label in _spread(text, ["O", "O", "O"])] == ["O", "O", "O"]


def test_coordinated_people_are_split_at_the_conjunction() -> None:
    text = "وقع سالم بوعزيز وكريم الهادي البيان"
    words = SPLIT(text)
    labels = ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    out = split_coordinated(words, labels)
    assert out == ["O", "B-PER", "I-PER", "B-PER", "I-PER", "O"]


def test_organisations_keep_their_inner_conjunction() -> None:
    text = "قالت وزارة التربية والتعليم"
    words = SPLIT(text)
    labels = ["O", "B-ORG", "I-ORG", "I-ORG"]
    assert split_coordinated(words, labels) == labels


def test_a_listed_club_spreads_like_any_name() -> None:
    # برشلونة is in the CLUB name list: a name, not a context word.
    text = "فاز برشلونة أمس . وبرشلونة يتصدر"
    got = _spread(text, ["O", "B-ORG", "O", "O", "O", "O"])
    assert ("وبرشلونة", "B-ORG") in got


_TAGS = ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "E-ORG", "S-MISC",
         "b_per", "o", ""]


@given(st.lists(st.sampled_from(_TAGS), max_size=40))
def test_runs_decode_like_decode_bio(labels: list[str]) -> None:
    # runs() decodes only the stretches between "O" labels; the result must not differ.
    assert runs(labels) == decode_bio(labels)
    assert tagged(labels) == [i for i, label in enumerate(labels) if label != "O"]


def test_runs_of_a_sentence_without_names() -> None:
    assert runs(["O"] * 5) == []
    assert runs([]) == []
