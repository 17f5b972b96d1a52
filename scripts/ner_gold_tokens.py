"""Cut team-written gold passages into ANERcorp-style sentences and tokens (an all-O skeleton).

``tests/gold/ner/team.bio`` was made with this script and then annotated by hand
(``tests/gold/ner/README.md``). The passages are every ``STEP``-th of
``tests/gold/events/passages.jsonl`` by file order, starting with the first.

Tokenisation follows ANERcorp (``anercorp-train.txt``): punctuation marks are tokens of
their own, wherever they sit in a word (``بـ«خلية`` -> ``بـ`` ``«`` ``خلية``), except a
full stop or comma between digits (``3.5``); a hyphen or slash stays inside a word
(``إف-16``) and is split only at its edges; clitics stay on their word (``ولبنان``) and a
percent sign on its number, as in ANERcorp. A sentence ends after ``.``, ``؟``, ``!`` or
``?`` (with a closing quote or bracket that follows it) and at a line break (a headline
or dateline on a line of its own). Lines are ``token TAG`` with one
space, a blank line after each sentence: what :func:`rasd.ner.conll.read_conll` reads.

    python scripts/ner_gold_tokens.py            # writes the skeleton to stdout
    python scripts/ner_gold_tokens.py --ids      # the chosen passage ids, one a line
    python scripts/ner_gold_tokens.py --items tests/gold/ner/team2.jsonl   # every item

``--items FILE`` reads every row of a JSONL file of news items written for NER
(``{"id", "source", "domain", "text"}``: ``tests/gold/ner/team2.jsonl``, the second
team set) instead of drawing passages from the events gold; the tokenisation is the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = ROOT / "tests" / "gold" / "events" / "passages.jsonl"
#: Every seventh passage: about a hundred passages (5,000 words), enough for per-type
#: scores with a few hundred entities, small enough to annotate by hand in one sitting.
STEP = 7
#: The last passage the set was drawn from: passages written later are appended to the
#: file and must not shift the selection (the annotation is fixed once made).
LAST_ID = "ev-731"

#: Marks that are always tokens of their own (ANERcorp separates them, even mid-word).
_PUNCT = '.,،؛;:!؟?«»"()[]“”'
#: Marks split off only at a word's edges (ANERcorp keeps ``أيرو-أتلنتيك``, ``ديسمبر/كانون``).
_EDGE = "-/–"
_SENTENCE_END = frozenset(".؟!?")
_CLOSERS = frozenset("»)]”")
_NUMBER_MARK = re.compile(r"(?<=\d)[.,](?=\d)")


def select_passages(path: Path = PASSAGES, step: int = STEP) -> list[dict[str, object]]:
    """Every ``step``-th passage of the JSONL file by file order, the first included, among
    the passages up to :data:`LAST_ID`."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    last = next(i for i, row in enumerate(rows) if row["id"] == LAST_ID)
    return rows[: last + 1][::step]


def read_items(path: Path) -> list[dict[str, object]]:
    """Every row of a JSONL file of items, in file order (the second team set takes them
    all: the file was written for NER, nothing to draw from)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def tokenize(text: str) -> list[str]:
    """ANERcorp-style tokens of ``text`` (see the module docstring)."""
    tokens: list[str] = []
    for chunk in text.split():
        protected = {m.start() for m in _NUMBER_MARK.finditer(chunk)}
        word = ""
        for i, ch in enumerate(chunk):
            if ch in _PUNCT and i not in protected:
                tokens.extend(_edges(word))
                tokens.append(ch)
                word = ""
            else:
                word += ch
        tokens.extend(_edges(word))
    return tokens


def _edges(word: str) -> list[str]:
    """``word`` with hyphens and slashes at its ends split off as tokens."""
    if not word:
        return []
    if all(ch in _EDGE for ch in word):
        return [word]
    head: list[str] = []
    tail: list[str] = []
    while word[0] in _EDGE:
        head.append(word[0])
        word = word[1:]
    while word[-1] in _EDGE:
        tail.insert(0, word[-1])
        word = word[:-1]
    return [*head, word, *tail]


def sentences(text: str) -> Iterator[list[str]]:
    """The tokens of ``text`` cut into sentences (a line break always ends one)."""
    for line in text.splitlines():
        current: list[str] = []
        ended = False
        for token in tokenize(line):
            if ended and token not in _CLOSERS:
                yield current
                current = []
            current.append(token)
            ended = token in _SENTENCE_END or (ended and token in _CLOSERS)
        if current:
            yield current


def skeleton(passages: list[dict[str, object]]) -> Iterator[list[str]]:
    """Every sentence of every passage, in order."""
    for row in passages:
        yield from sentences(str(row["text"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ids", action="store_true", help="print the chosen passage ids")
    parser.add_argument("--items", type=Path, metavar="JSONL",
                        help="tokenise every row of this JSONL file instead of the events gold")
    args = parser.parse_args(argv)
    chosen = read_items(args.items) if args.items else select_passages()
    if args.ids:
        for row in chosen:
            print(row["id"])
        return 0
    out = sys.stdout
    for sentence in skeleton(chosen):
        for token in sentence:
            out.write(f"{token} O\n")
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
