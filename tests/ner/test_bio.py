"""BIO decoding and re-encoding across the schemes found in Arabic NER corpora."""

from __future__ import annotations

import pytest

from rasd.ner.bio import TagError, TagRun, decode_bio, encode_bio, parse_tag, to_iob2


def test_iob2_runs() -> None:
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O"]
    assert decode_bio(tags) == [TagRun(0, 2, "PER"), TagRun(3, 4, "LOC"), TagRun(4, 6, "LOC")]


def test_iob1_reads_like_iob2() -> None:
    iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]
    assert to_iob2(iob1) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"]


def test_stray_inside_after_other_type_starts_a_new_entity() -> None:
    assert decode_bio(["B-ORG", "I-LOC", "I-LOC"]) == [TagRun(0, 1, "ORG"), TagRun(1, 3, "LOC")]


def test_stray_inside_after_outside_starts_an_entity() -> None:
    assert decode_bio(["O", "I-MISC", "O"]) == [TagRun(1, 2, "MISC")]


def test_entity_at_the_end_is_closed() -> None:
    assert decode_bio(["O", "B-ORG", "I-ORG"]) == [TagRun(1, 3, "ORG")]


def test_bioes_tags_read_as_runs() -> None:
    assert decode_bio(["S-PER", "B-ORG", "E-ORG", "O"]) == [
        TagRun(0, 1, "PER"),
        TagRun(1, 3, "ORG"),
    ]


def test_empty_sequence() -> None:
    assert decode_bio([]) == []
    assert encode_bio([], 0) == []


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PERS", ("B", "PER")),
        ("i-org", ("I", "ORG")),
        ("B_GPE", ("B", "LOC")),
        ("O", ("O", None)),
    ],
)
def test_parse_tag_aliases(tag: str, expected: tuple[str, str | None]) -> None:
    assert parse_tag(tag) == expected


@pytest.mark.parametrize("tag", ["X-PER", "B-", "B-DATE", "PER", "BPER"])
def test_unknown_tags_are_refused(tag: str) -> None:
    with pytest.raises(TagError):
        parse_tag(tag)


def test_encode_round_trip() -> None:
    tags = ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC"]
    assert encode_bio(decode_bio(tags), len(tags)) == tags
