"""Reading CoNLL-style NER files (ANERcorp, AQMAR and their kin).

Format: one ``token TAG`` per line, separated by spaces or a tab, a blank line between
sentences. Lines with extra columns (POS tags, or the few corrupted ANERcorp lines such as
``. Oxyz O``) keep the FIRST column as the token and the LAST as the tag; a line holding
only a tag after leading whitespace (an empty token) is skipped. ``-DOCSTART-`` lines end a
sentence. Tags are canonicalised to IOB2 over PER/LOC/ORG/MISC
(:mod:`rasd.ner.bio`), so ``B-PERS`` reads as ``B-PER`` and IOB1 files read as IOB2.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import MissingInput, RecordError
from rasd.ner.bio import TagError, TagRun, decode_bio, to_iob2

log = logging.getLogger(__name__)

DOCSTART = "-DOCSTART-"


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence: its tokens and their IOB2 tags; ``where`` is ``path:first_line``."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    where: str = ""

    def __post_init__(self) -> None:
        if len(self.tokens) != len(self.tags):
            raise ValueError(f"{self.where}: {len(self.tokens)} tokens but {len(self.tags)} tags")

    def runs(self) -> list[TagRun]:
        """The gold entities as token ranges."""
        return decode_bio(self.tags)

    def joined(self) -> JoinedSentence:
        """The sentence as raw text (tokens joined by single spaces) with token offsets."""
        return join_tokens(self.tokens)


@dataclass(frozen=True, slots=True)
class JoinedSentence:
    """Tokens joined by single spaces; ``offsets[i]`` is token ``i``'s ``(start, end)``."""

    text: str
    offsets: tuple[tuple[int, int], ...]


def join_tokens(tokens: Sequence[str]) -> JoinedSentence:
    offsets: list[tuple[int, int]] = []
    pos = 0
    for token in tokens:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    return JoinedSentence(" ".join(tokens), tuple(offsets))


def iter_conll(path: str | Path) -> Iterator[ConllSentence]:
    """Stream the sentences of a CoNLL file (UTF-8, BOM tolerated)."""
    path = Path(path)
    if not path.is_file():
        raise MissingInput("no such NER data file", where=str(path))
    tokens: list[str] = []
    tags: list[str] = []
    first_line = 0
    with path.open(encoding="utf-8-sig") as handle:
        for lineno, line in enumerate(handle, 1):
            fields = line.split()
            if not fields or fields[0] == DOCSTART:
                if tokens:
                    yield _sentence(tokens, tags, f"{path}:{first_line}")
                    tokens, tags = [], []
                continue
            if len(fields) < 2 and line[:1].isspace():
                # ANERcorp has ~190 `` O`` lines: a token lost in conversion, nothing to learn.
                log.debug("%s:%d: empty token skipped", path, lineno)
                continue
            if len(fields) < 2:
                raise RecordError(
                    f"expected 'token TAG', got {line.strip()!r}", where=f"{path}:{lineno}"
                )
            if not tokens:
                first_line = lineno
            if len(fields) > 2:
                log.debug("%s:%d: %d columns, using the first and the last", path, lineno,
                          len(fields))
            tokens.append(fields[0])
            tags.append(fields[-1])
    if tokens:
        yield _sentence(tokens, tags, f"{path}:{first_line}")


def read_conll(path: str | Path) -> list[ConllSentence]:
    """All sentences of a CoNLL file (see the module docstring for the format)."""
    return list(iter_conll(path))


def _sentence(tokens: list[str], tags: list[str], where: str) -> ConllSentence:
    try:
        canonical = to_iob2(tags)
    except TagError as exc:
        raise RecordError(str(exc), where=where) from exc
    return ConllSentence(tuple(tokens), tuple(canonical), where)


def split_tail(
    sentences: Sequence[ConllSentence], fraction: float
) -> tuple[list[ConllSentence], list[ConllSentence]]:
    """``(head, tail)`` with the LAST ``fraction`` of the sentences as one contiguous tail.

    A contiguous block at the end covers whole articles the head never saw, so scores on
    it estimate performance on unseen news honestly (a random sentence split would put
    sentences of one article on both sides and flatter the model).
    """
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"dev fraction must be in [0, 1), got {fraction}")
    cut = len(sentences) - round(len(sentences) * fraction)
    return list(sentences[:cut]), list(sentences[cut:])


def write_conll(sentences: Sequence[ConllSentence], path: str | Path) -> None:
    """Write sentences back as ``token TAG`` lines (e.g. a dev split for ``rasd eval ner``)."""
    with Path(path).open("w", encoding="utf-8") as handle:
        for sentence in sentences:
            for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
                handle.write(f"{token} {tag}\n")
            handle.write("\n")
