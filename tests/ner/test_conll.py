"""The CoNLL reader on small files in the formats ANERcorp and AQMAR use."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import MissingInput, RecordError
from rasd.ner.conll import join_tokens, read_conll, split_tail, write_conll


def _write(tmp_path: Path, body: str, name: str = "sample.txt") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_space_separated_iob2_with_pers(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "استقبل O\nالرئيس O\nعبد B-PERS\nالمجيد I-PERS\nتبون I-PERS\nفي O\nالجزائر B-LOC\n. O\n\n"
        "وصل O\nالوفد O\n. O\n",
    )
    first, second = read_conll(path)
    assert first.tokens[2:5] == ("عبد", "المجيد", "تبون")
    assert first.tags == ("O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O")
    assert [(r.start, r.end, r.label) for r in first.runs()] == [(2, 5, "PER"), (6, 7, "LOC")]
    assert second.tokens == ("وصل", "الوفد", ".")
    assert first.where.endswith(":1") and second.where.endswith(":10")


def test_tab_separated_with_extra_columns_and_iob1(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "أعلنت\tVBD\tO\nمنظمة\tNN\tI-ORG\nالصحة\tNN\tI-ORG\nالعالمية\tJJ\tI-ORG\n",
        "aqmar.bio",
    )
    (sentence,) = read_conll(path)
    assert sentence.tokens == ("أعلنت", "منظمة", "الصحة", "العالمية")
    assert sentence.tags == ("O", "B-ORG", "I-ORG", "I-ORG")


def test_blank_runs_docstart_crlf_and_empty_tokens(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "-DOCSTART- O\r\n\r\n\r\nزار O\r\n O\r\nموسكو B-LOC\r\n\r\n\r\n",
    )
    (sentence,) = read_conll(path)
    assert sentence.tokens == ("زار", "موسكو")
    assert sentence.tags == ("O", "B-LOC")


def test_bad_lines_name_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "زار O\nموسكو\n")
    with pytest.raises(RecordError) as info:
        read_conll(path)
    assert info.value.where is not None and info.value.where.endswith(":2")


def test_unknown_type_is_an_error_at_the_sentence(tmp_path: Path) -> None:
    path = _write(tmp_path, "زار O\nأمس B-DATE\n")
    with pytest.raises(RecordError, match="DATE"):
        read_conll(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingInput):
        read_conll(tmp_path / "nope.txt")


def test_join_tokens_offsets() -> None:
    joined = join_tokens(["قال", "الوزير", "."])
    assert joined.text == "قال الوزير ."
    assert [joined.text[a:b] for a, b in joined.offsets] == ["قال", "الوزير", "."]


def test_split_tail_is_a_contiguous_end_block(tmp_path: Path) -> None:
    body = "".join(f"كلمة{i} O\n\n" for i in range(20))
    sentences = read_conll(_write(tmp_path, body))
    head, tail = split_tail(sentences, 0.1)
    assert head == sentences[:18] and tail == sentences[18:]
    assert split_tail(sentences, 0.0) == (sentences, [])
    with pytest.raises(ValueError):
        split_tail(sentences, 1.0)


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    original = read_conll(_write(tmp_path, "التقى O\nبوتين B-PER\nأردوغان B-PER\n\nنعم O\n"))
    out = tmp_path / "out.txt"
    write_conll(original, out)
    assert [(s.tokens, s.tags) for s in read_conll(out)] == [
        (s.tokens, s.tags) for s in original
    ]
