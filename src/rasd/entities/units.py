"""One piece of article text (headline, caption or block), tokenised once, and the names
found in it by the knowledge base and by the NER model, as word ranges.

Everything the entity stage reasons about is a range of *words* (the tokenizer's word,
Latin and number tokens): a name is ``[w0, w1)``, "right next to" means adjacent word
indices with nothing but spaces between them. Character offsets are only needed at the
end, when a mention becomes a :class:`rasd.model.Span` of the document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter
from typing import Literal, Protocol, cast

from rasd.entities.lexicon import given_names
from rasd.entities.verbs import trim_person
from rasd.kb import GazetteerMatch, KBEntry, Resolution
from rasd.kb.gazetteer import clitic_offset
from rasd.model import Span
from rasd.ner.consistency import runs
from rasd.ner.tagger import MENTION_TYPES, NerMention, NerTagger
from rasd.ner.words import TEXT_TOKENS, Word
from rasd.text.tokens import Token

UnitSource = Literal["kb", "ner"]
NerType = Literal["PERSON", "ORG", "LOC", "MISC"]

_WORD_KINDS = frozenset({"word", "latin", "number"})
# Tokens are named tuples: a field read by position (itemgetter) costs a fraction of a
# read by name.
_KIND_OF = itemgetter(Token._fields.index("kind"))
_NORM_OF = itemgetter(Token._fields.index("norm"))
_START_OF = itemgetter(Token._fields.index("start"))
_END_OF = itemgetter(Token._fields.index("end"))
#: Characters that may separate the words of one name (``بني-ملال``).
_NAME_JOINERS = frozenset({"-"})
#: A person's name behind the conjunction و is split off only when at least this many
#: letters remain: ``ومحمد`` → ``محمد``, but ``وليد``, ``وائل``, ``وسام`` are names.
MIN_PERSON_BASE_AFTER_WAW = 4
#: One-letter proclitics that may stand before a person's name (ولمحمد aside: one letter).
_PERSON_PROCLITICS = frozenset("وفبل")
#: First halves of compound given names (عبد الله, أبو بكر), normalised: too short for the
#: rule above, never a name after و on their own.
_NAME_HEADS = frozenset({"عبد", "ابو"})
#: Proclitics news text almost never puts before a name (the gazetteer's
#: :func:`rasd.kb.gazetteer.proclitic_readings` leaves them out too).
_RARE_BEFORE_NAMES = frozenset("كس")


class MentionTagger(Protocol):
    """Anything that finds named-entity mentions in raw text (a :class:`NerTagger`)."""

    def tag(self, text: str) -> list[NerMention]: ...


@dataclass(frozen=True, slots=True)
class Unit:
    """A name in a piece: words ``[w0, w1)``, its character range in the piece (proclitics
    left out), where it came from, and what it may be.

    ``entry`` is the KB reading chosen for it (after disambiguation), ``ner_type`` the NER
    model's type; a KB match inside a longer NER name of the same kind carries both.
    """

    w0: int
    w1: int
    start: int
    end: int
    source: UnitSource
    entry: KBEntry | None = None
    ner_type: NerType | None = None
    match: GazetteerMatch | None = None
    #: How sure the reading is (the disambiguation's reason; the NER model's default).
    confidence: float = 1.0
    #: Words ``[w0, w1)`` of the KB alias this name was narrowed from (``حركة حماس`` for
    #: ``حماس``): its cue words belong to the name, not to a role phrase of their own.
    alias: tuple[int, int] | None = None

    @property
    def reach(self) -> tuple[int, int]:
        """The words the name and its alias's cue words cover."""
        return self.alias if self.alias is not None else (self.w0, self.w1)

    @property
    def kb_type(self) -> str | None:
        return self.entry.type if self.entry is not None else None


class Piece:
    """A piece of the article (headline, caption, block): the text its offsets index, that
    text's offset in the document, the piece's own character range ``bounds`` in it, and
    its tokens.

    The linker passes the whole document text (offset 0) with the piece's slice of the
    page's tokens, so the tokens are used as they are, never copied to piece offsets.
    """

    __slots__ = (
        "bounds", "ends", "matches", "ner", "offset", "positions", "starts", "text", "tokens",
        "vocab", "words",
    )

    def __init__(
        self, text: str, offset: int, tokens: list[Token],
        bounds: tuple[int, int] | None = None,
    ) -> None:
        self.offset = offset
        self.text = text
        self.bounds = bounds if bounds is not None else (0, len(text))
        self.tokens = tokens
        # Built by C-level maps reading the fields by position (a page has hundreds of
        # tokens): 3.6% fewer instructions than comprehensions reading them by name.
        #: token index of each word, for looking at the punctuation between words
        self.positions = list(compress(count(), map(_WORD_KINDS.__contains__,
                                                    map(_KIND_OF, tokens))))
        self.words: list[Token] = list(map(tokens.__getitem__, self.positions))
        self.starts = list(map(_START_OF, self.words))
        self.ends = list(map(_END_OF, self.words))
        #: the distinct normalised words, for set tests (:class:`rasd.kb.gazetteer.WordSieve`)
        self.vocab = set(map(_NORM_OF, self.words))
        self.matches: list[GazetteerMatch] = []
        self.ner: list[NerMention] = []

    def span(self, start: int, end: int) -> Span:
        """The document span of piece characters ``[start, end)``."""
        return Span(self.offset + start, self.offset + end, self.text[start:end])

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The words overlapping piece characters ``[start, end)``."""
        return bisect_right(self.ends, start), bisect_left(self.starts, end)

    def norm(self, w: int) -> str:
        return self.words[w].norm

    def between(self, a: int, b: int) -> list[Token]:
        """The non-word tokens between words ``a`` and ``b`` (``a < b``)."""
        return self.tokens[self.positions[a] + 1 : self.positions[b]]

    def joined(self, a: int, b: int) -> bool:
        """Whether words ``a`` and ``a + 1``... up to ``b`` have only spaces (or a hyphen)
        between consecutive ones."""
        return all(t.norm in _NAME_JOINERS for t in self.between(a, b))

    def followed_by(self, w: int, chars: frozenset[str]) -> bool:
        """Whether the first non-space token after word ``w`` is one of ``chars``."""
        i = self.positions[w] + 1
        return i < len(self.tokens) and self.tokens[i].kind not in _WORD_KINDS \
            and self.tokens[i].norm in chars

    def preceded_by(self, w: int, chars: frozenset[str]) -> bool:
        """Whether the last non-space token before word ``w`` is one of ``chars``."""
        i = self.positions[w] - 1
        return i >= 0 and self.tokens[i].kind not in _WORD_KINDS and self.tokens[i].norm in chars

    def strip_proclitic(self, w: int, keep_article: bool = True) -> int:
        """The piece offset where word ``w`` starts once its leading conjunction or
        preposition is left out (``ولبنان`` → ``لبنان``; ``للأمم`` keeps the article's ل, as
        the gazetteer does). Uses the tokenizer's conservative primary reading."""
        tok = self.words[w]
        clitics = tok.clitics
        if clitics.endswith("لل"):
            skip = len(clitics) - 1
        elif clitics.endswith("ال") and keep_article:
            skip = len(clitics) - 2
        else:
            skip = len(clitics)
        if not skip:
            return tok.start
        return tok.start + clitic_offset(tok.text, skip)


#: Confidence of a KB reading by how it was chosen: the only reading, the one the
#: document's other places point to, or the most prominent one with no help from context.
KB_CONFIDENCE = {"unambiguous": 1.0, "context": 0.9, "prior": 0.8}
#: The CRF tagger gives no marginals through its public API: a fixed, lower trust than any
#: KB reading, since the model's F1 on news is well below the KB's precision.
NER_CONFIDENCE = 0.7


def kb_units(piece: Piece, resolutions: Sequence[Resolution]) -> list[Unit]:
    """The piece's gazetteer matches as units, with their disambiguated readings."""
    out: list[Unit] = []
    for r in resolutions:
        m = r.match
        w0, w1 = piece.word_range(m.span.start, m.span.end)
        out.append(Unit(w0, w1, m.span.start, m.span.end, "kb", r.entry, match=m,
                        confidence=KB_CONFIDENCE[r.reason]))
    return out


def ner_units(piece: Piece, vocab: frozenset[str] = frozenset()) -> list[Unit]:
    """The NER model's mentions as units: leading proclitics left out where the word shows
    them (the model tags whole words, ``ولبنان``), quote marks at the edges trimmed.

    ``vocab``: the normalised words of the whole document, the evidence that a name also
    stands without its first letter (``بكين`` … ``وبكين``)."""
    out: list[Unit] = []
    for m in piece.ner:
        w0, w1 = piece.word_range(m.span.start, m.span.end)
        if w0 >= w1:
            continue  # only punctuation
        if m.type == "PERSON" and w1 - w0 > 1:
            # no verb, credit noun or على at an edge (rasd.entities.verbs)
            w0, w1 = trim_person(piece.norm, lambda w: piece.words[w].text, w0, w1)
        start = _ner_start(piece, w0, m.type, vocab)
        out.append(Unit(w0, w1, start, piece.ends[w1 - 1], "ner", ner_type=m.type,
                        confidence=NER_CONFIDENCE))
    return out


def _ner_start(piece: Piece, w0: int, typ: str, vocab: frozenset[str]) -> int:
    """Where a model name starts once its proclitics are left out.

    The tokenizer's reading of a first letter as a proclitic is only a guess, and a name
    the KB does not know often starts with one of those letters (بورتو, كردستان, بان كي
    مون, فارس): the letters are split off when the word shows it (an article after them:
    ``وال``, ``بال``, ``لل``), when the rest of the word stands on its own elsewhere in the
    document, or for a plain conjunction و before a long remainder (``ومحمد``); a person's
    name also after a proclitic before a known given name (``لمحمد``). ك ("like") and the
    future ``س`` almost never stand before a name but start many (كاليفورنيا is not ك +
    the article): a reading with them needs the document's evidence."""
    tok = piece.words[w0]
    clitics, norm = tok.clitics, tok.norm
    if not clitics or len(clitics) >= len(norm):
        return tok.start
    if norm[len(clitics):] in vocab:
        return piece.strip_proclitic(w0)
    if _RARE_BEFORE_NAMES.intersection(clitics):
        return tok.start
    if clitics.endswith("ال") or clitics.endswith("لل"):
        return piece.strip_proclitic(w0)
    if norm[:1] not in _PERSON_PROCLITICS or len(norm) < 3:
        return tok.start
    if typ == "PERSON":
        names = given_names()
        rest = norm[1:]
        if (rest in names and norm not in names) or rest in _NAME_HEADS:
            # لمحمد, ويحيى, وعبد الله; not وليد, بسام
            return tok.start + clitic_offset(tok.text, 1)
        if norm in names:
            return tok.start  # وليام (William) is a name, not و + ليام
    # Names start with و far less often than ف ب ل (وليد, وائل aside: see the constant)
    if clitics.startswith("و") and len(norm) - 1 >= MIN_PERSON_BASE_AFTER_WAW \
            and norm[1] not in "وي":
        return tok.start + clitic_offset(tok.text, 1)
    return tok.start


def piece_words(piece: Piece) -> list[Word]:
    """The piece's tokens as the NER model's words (every token with a normalised form,
    punctuation included: the same words :meth:`NerTagger.tag` would split).

    A :class:`Token` has every field of a :class:`Word` under the same name and the tagger
    only reads them, so the tokens are passed as they are: copying ~100k tokens per 300
    articles into Word objects cost 5% of the stage's time."""
    return cast("list[Word]", [t for t in piece.tokens if t.norm])


def decode_piece(piece: Piece, words: Sequence[Word], labels: Sequence[str]) -> list[NerMention]:
    """The mentions of one piece's BIO ``labels`` (one per word of ``words``)."""
    out: list[NerMention] = []
    if labels.count("O") == len(labels):
        return out  # most headlines and many paragraphs name nobody
    for run in runs(labels):
        start, end = words[run.start].start, words[run.end - 1].end
        out.append(NerMention(Span(start, end, piece.text[start:end]),
                              MENTION_TYPES[run.label]))
    return out


def tag_pieces(tagger: MentionTagger, pieces: Sequence[Piece]) -> None:
    """Fill each piece's ``ner`` with the tagger's mentions.

    A :class:`NerTagger` trained on the text layer's tokens tags all pieces of the article
    in ONE call: the document-level evidence and the spreading of names to their repeats
    see the whole article, and the KB matches the pieces already have are reused instead of
    a second gazetteer search. Any other tagger is run on each piece's text.
    """
    if isinstance(tagger, NerTagger) and tagger.splitter_name == TEXT_TOKENS:
        batch = [(p, piece_words(p)) for p in pieces]
        batch = [(p, w) for p, w in batch if w]
        if not batch:
            return
        labels = tagger.tag_pieces([(p.text, w) for p, w in batch],
                                   [p.matches for p, _ in batch])
        for (p, w), piece_labels in zip(batch, labels, strict=True):
            p.ner = decode_piece(p, w, piece_labels)
        return
    for p in pieces:
        a, b = p.bounds
        found = tagger.tag(p.text[a:b])
        p.ner = [NerMention(Span(m.span.start + a, m.span.end + a, m.span.text), m.type)
                 for m in found] if a else found
