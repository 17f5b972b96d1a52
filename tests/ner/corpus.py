"""A tiny CoNLL corpus written by the team, shared by the NER training and CLI tests."""

from __future__ import annotations

from pathlib import Path

Sentence = list[tuple[str, str]]

SENTENCES = [
    [("زار", "O"), ("الرئيس", "O"), ("كمال", "B-PERS"), ("ناصر", "I-PERS"), ("مدينة", "O"),
     ("طنجة", "B-LOC"), (".", "O")],
    [("قالت", "O"), ("منظمة", "B-ORG"), ("الإغاثة", "I-ORG"), ("الدولية", "I-ORG"), ("إن", "O"),
     ("سلمى", "B-PERS"), ("وصلت", "O"), ("إلى", "O"), ("طنجة", "B-LOC"), (".", "O")],
    [("استقبل", "O"), ("كمال", "B-PERS"), ("ناصر", "I-PERS"), ("وفد", "O"), ("منظمة", "B-ORG"),
     ("الإغاثة", "I-ORG"), ("الدولية", "I-ORG"), ("في", "O"), ("أغادير", "B-LOC"), (".", "O")],
    [("غادرت", "O"), ("سلمى", "B-PERS"), ("أغادير", "B-LOC"), ("متجهة", "O"), ("إلى", "O"),
     ("طنجة", "B-LOC"), (".", "O")],
]


def write_corpus(path: Path, copies: int, sentences: list[Sentence] | None = None) -> Path:
    """``copies`` repetitions of ``sentences`` (default :data:`SENTENCES`), one
    ``token TAG`` line per token and a blank line after each sentence."""
    lines: list[str] = []
    for _ in range(copies):
        for sentence in sentences or SENTENCES:
            lines.extend(f"{token} {tag}" for token, tag in sentence)
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
