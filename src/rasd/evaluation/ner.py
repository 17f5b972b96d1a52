"""Entity-level NER evaluation on CoNLL/BIO files (``rasd eval ner FILE``).

Each gold sentence's tokens are joined with single spaces into RAW text and the tagger
runs on that text — not on the gold tokens — so the score includes rasd's own
tokenisation. With ``context=N`` the tagger gets N consecutive sentences at a time, joined
by newlines (an article's worth, for document-level evidence); scores stay per sentence.
Two scores, both exact (the CoNLL ``conlleval`` standard: no partial credit):

* **token-aligned** (the headline): the gold file's unit is the whitespace token, so each
  predicted character span is read on the gold tokens it overlaps (first to last) and must
  cover exactly a gold entity's tokens, with its type. This is how a system with its own
  tokenisation is scored on CoNLL data: ANERcorp tags whole tokens with their proclitics
  (``ولبنان`` is the LOC) while rasd's spans leave ``و`` out by design, and a token is
  the finest unit the gold can judge. A wrong extent in tokens (``قطاع غزة`` for gold
  ``غزة``, a name missing its last word) still counts as wrong.
* **character-exact**: the predicted character span must equal the gold one, clitics
  included; and a clitic-insensitive variant that drops leading ``و ف ب ل ك`` on both sides
  (:func:`clitic_free_start`).

Scores per type (PER, LOC, ORG, MISC) and micro-averaged over PER/LOC/ORG (the usual
ANERcorp figure, which leaves out the loosely defined MISC) and over all four.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from rasd.evaluation.report import CaseFailure, CountScores
from rasd.model import Span
from rasd.ner.bio import ENTITY_TYPES, TYPE_ALIASES, EntityType
from rasd.ner.conll import ConllSentence, read_conll

#: Types of the headline micro average.
CORE_TYPES: Final[tuple[EntityType, ...]] = ("PER", "LOC", "ORG")

#: Proclitic letters (conjunctions و ف, prepositions ب ل ك) that may lead a span.
PROCLITIC_LETTERS: Final = frozenset("وفبلك")
#: Letters a span keeps at least, however many proclitic-like letters it starts with.
MIN_CORE_LETTERS: Final = 2

#: Mis-tagged sentences kept in a report for inspection; the counts cover all of them.
MAX_FAILURES_KEPT: Final = 50


class _Mention(Protocol):
    @property
    def span(self) -> Span: ...

    @property
    def type(self) -> str: ...


class Tagger(Protocol):
    def tag(self, text: str) -> Sequence[_Mention]: ...


@dataclass(frozen=True, slots=True)
class TypeScore(CountScores):
    """Exact-match entity counts and scores for one type or a micro average."""

    type: str
    gold: int
    predicted: int
    correct: int


@dataclass(frozen=True, slots=True)
class NerReport:
    """Per-type and micro-averaged scores of a tagger on a gold file."""

    source: str
    sentences: int
    tokens: int
    per_type: tuple[TypeScore, ...]
    micro_core: TypeScore
    micro_all: TypeScore
    failures: tuple[CaseFailure, ...] = ()
    #: The micro averages again with spans compared after :func:`clitic_free_start`.
    loose_core: TypeScore | None = None
    loose_all: TypeScore | None = None
    #: Per type and micro averages with predictions read on the gold tokens (the headline).
    token_types: tuple[TypeScore, ...] = ()
    token_core: TypeScore | None = None
    token_all: TypeScore | None = None

    def score(self, entity_type: str) -> TypeScore:
        for s in self.per_type:
            if s.type == entity_type:
                return s
        raise KeyError(entity_type)

    def table(self) -> str:
        """The scores as a fixed-width text table: token-aligned per type first (the
        headline), then the character-exact micro averages."""
        head = f"{'type':<14}{'gold':>7}{'pred':>7}{'ok':>7}{'P':>8}{'R':>8}{'F1':>8}"
        rows = [f"NER on {self.source}: {self.sentences} sentences, {self.tokens} tokens"]
        if self.token_core is not None and self.token_all is not None:
            rows += ["token-aligned (predicted spans read on the gold tokens they cover):",
                     head, "-" * len(head)]
            rows += [_row(s.type, s) for s in self.token_types]
            rows += [_row("micro P/L/O", self.token_core), _row("micro all", self.token_all)]
            rows.append("character-exact spans (proclitics count):")
        else:
            rows += [head, "-" * len(head)]
            rows += [_row(s.type, s) for s in self.per_type]
        rows += [_row("  micro P/L/O" if self.token_core else "micro P/L/O", self.micro_core),
                 _row("  micro all" if self.token_core else "micro all", self.micro_all)]
        if self.loose_core is not None and self.loose_all is not None:
            rows.append("clitic-insensitive (leading و ف ب ل ك ignored on both sides):")
            rows.append(_row("  micro P/L/O", self.loose_core))
            rows.append(_row("  micro all", self.loose_all))
        return "\n".join(rows)


def _row(name: str, s: TypeScore) -> str:
    return (f"{name:<14}{s.gold:>7}{s.predicted:>7}{s.correct:>7}"
            f"{s.precision:>8.4f}{s.recall:>8.4f}{s.f1:>8.4f}")


def clitic_free_start(text: str, start: int, end: int) -> int:
    """Where the span ``text[start:end]`` starts once leading proclitic letters are dropped.

    Drops letters of :data:`PROCLITIC_LETTERS` from the front while more than
    :data:`MIN_CORE_LETTERS` letters remain. The rule is blunt on purpose (``لبنان`` loses
    its ``ل`` too) but idempotent: ``ولبنان`` and ``لبنان`` ending at the same place end up
    at the same start, so a gold span with a clitic and a prediction without one (or the
    reverse) compare equal, while any other difference in extent still counts.
    """
    while end - start > MIN_CORE_LETTERS and text[start] in PROCLITIC_LETTERS:
        start += 1
    return start


Entity = tuple[int, int, str]


def gold_entities(sentence: ConllSentence) -> tuple[str, list[Entity]]:
    """The sentence's raw text (tokens joined by spaces) and its gold character spans."""
    joined = sentence.joined()
    entities: list[Entity] = [
        (joined.offsets[run.start][0], joined.offsets[run.end - 1][1], run.label)
        for run in sentence.runs()
    ]
    return joined.text, entities


def token_entities(offsets: Sequence[tuple[int, int]], entities: Iterable[Entity]) -> set[Entity]:
    """Character spans read on whitespace tokens: ``(first token, last token + 1, type)``
    of the tokens each span overlaps (``offsets``: each token's ``(start, end)``); a span
    overlapping no token (whitespace only) is dropped."""
    ends = [e for _, e in offsets]
    out: set[Entity] = set()
    for start, end, label in entities:
        first = bisect_right(ends, start)  # first token ending after the span starts
        last = first
        while last < len(offsets) and offsets[last][0] < end:
            last += 1
        if last > first:
            out.add((first, last, label))
    return out


def predicted_entities(tagger: Tagger, text: str) -> list[Entity]:
    """The tagger's mentions as ``(start, end, canonical type)``; unknown types kept as is."""
    out: list[Entity] = []
    for m in tagger.tag(text):
        out.append((m.span.start, m.span.end, TYPE_ALIASES.get(m.type.upper(), m.type)))
    return out


def block_text(block: Sequence[ConllSentence]) -> tuple[str, list[int]]:
    """Consecutive sentences as one text (joined sentences separated by newlines) and the
    offset where each sentence starts in it."""
    starts: list[int] = []
    parts: list[str] = []
    pos = 0
    for sentence in block:
        text = sentence.joined().text
        starts.append(pos)
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), starts


def tag_blocks(
    sentences: Sequence[ConllSentence], tagger: Tagger, context: int
) -> Iterator[tuple[ConllSentence, list[Entity]]]:
    """Each sentence with the tagger's entities in it (sentence offsets), tagging
    ``context`` consecutive sentences at a time as one text."""
    for k in range(0, len(sentences), context):
        block = sentences[k:k + context]
        text, starts = block_text(block)
        found: list[list[Entity]] = [[] for _ in block]
        for start, end, label in predicted_entities(tagger, text):
            i = bisect_right(starts, start) - 1
            base = starts[i]
            found[i].append((start - base, end - base, label))
        yield from zip(block, found, strict=True)


def evaluate_sentences(
    sentences: Iterable[ConllSentence], tagger: Tagger, *, source: str = "<sentences>",
    context: int = 1,
) -> NerReport:
    """Score ``tagger`` on gold sentences (see the module docstring for the rules).

    ``context``: how many consecutive sentences the tagger sees at once, joined by newlines
    into one text (a document, for document-level features); 1 tags each sentence alone.
    Scoring is per sentence either way.
    """
    if context < 1:
        raise ValueError(f"context must be at least 1 sentence, got {context}")
    gold: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    failures: list[CaseFailure] = []
    loose: tuple[Counter[str], Counter[str], Counter[str]] = (Counter(), Counter(), Counter())
    tokens: tuple[Counter[str], Counter[str], Counter[str]] = (Counter(), Counter(), Counter())
    n_sentences = n_tokens = 0
    for sentence, got in tag_blocks(list(sentences), tagger, context):
        n_sentences += 1
        n_tokens += len(sentence.tokens)
        text, expected = gold_entities(sentence)
        expected_set, got_set = set(expected), set(got)
        gold.update(e[2] for e in expected_set)
        predicted.update(e[2] for e in got_set)
        correct.update(e[2] for e in expected_set & got_set)
        loose_gold = {(clitic_free_start(text, s, e), e, t) for s, e, t in expected_set}
        loose_got = {(clitic_free_start(text, s, e), e, t) for s, e, t in got_set}
        loose[0].update(t for _, _, t in loose_gold)
        loose[1].update(t for _, _, t in loose_got)
        loose[2].update(t for _, _, t in loose_gold & loose_got)
        offsets = sentence.joined().offsets
        token_gold = {(run.start, run.end, run.label) for run in sentence.runs()}
        token_got = token_entities(offsets, got_set)
        tokens[0].update(t for _, _, t in token_gold)
        tokens[1].update(t for _, _, t in token_got)
        tokens[2].update(t for _, _, t in token_gold & token_got)
        if expected_set != got_set and len(failures) < MAX_FAILURES_KEPT:
            failures.append(CaseFailure(sentence.where or f"sentence {n_sentences}", text,
                                        _show(text, expected), _show(text, got)))
    per_type = tuple(TypeScore(t, gold[t], predicted[t], correct[t]) for t in ENTITY_TYPES)
    loose_types = [TypeScore(t, loose[0][t], loose[1][t], loose[2][t]) for t in ENTITY_TYPES]
    token_types = tuple(TypeScore(t, tokens[0][t], tokens[1][t], tokens[2][t])
                        for t in ENTITY_TYPES)
    return NerReport(
        source=source,
        sentences=n_sentences,
        tokens=n_tokens,
        per_type=per_type,
        micro_core=_micro("micro P/L/O", per_type, CORE_TYPES),
        micro_all=_micro("micro all", per_type, ENTITY_TYPES),
        failures=tuple(failures),
        loose_core=_micro("loose P/L/O", loose_types, CORE_TYPES),
        loose_all=_micro("loose all", loose_types, ENTITY_TYPES),
        token_types=token_types,
        token_core=_micro("token P/L/O", token_types, CORE_TYPES),
        token_all=_micro("token all", token_types, ENTITY_TYPES),
    )


def evaluate_ner(conll_path: str | Path, tagger: Tagger, *, context: int = 1) -> NerReport:
    """Score ``tagger`` on a CoNLL/BIO file."""
    return evaluate_sentences(read_conll(conll_path), tagger, source=str(conll_path),
                              context=context)


def _micro(name: str, scores: Sequence[TypeScore], types: Sequence[str]) -> TypeScore:
    chosen = [s for s in scores if s.type in types]
    return TypeScore(name, sum(s.gold for s in chosen), sum(s.predicted for s in chosen),
                     sum(s.correct for s in chosen))


def _show(text: str, entities: Sequence[Entity]) -> str:
    return "; ".join(f"{label}:{text[s:e]}" for s, e, label in sorted(entities))
