"""Finding the stance and sentiment cue words of ``data/comments/stance.tsv`` and
``sentiment.tsv`` in a comment's tokens, with negation.

A cue matches a word by its normalised form, its form behind proclitics (the tokenizer's
``base``), or either with a pronoun or plural suffix taken off (``خذلتنا`` → ``خذلت``,
``المجرمين`` → ``مجرمين``). Multi-word cues (``الله يلعن``) match word by word, suffixes
allowed (``الله يلعنهم``, ``ما يهمهم الا``); ``ربي``, ``ربنا``, ``اللهم`` and ``يارب`` read
as ``الله`` too (``ربي يحفظك`` is ``الله يحفظ``, ``يارب احفظ`` is ``الله احفظ``). A hit
remembers the object pronoun fused to its last word or standing right after it
(``يحفظك``, ``يعزها``, ``شكرا لها``): the stance reader resolves it to the actor addressed
or named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from rasd.datafiles import tsv_rows
from rasd.errors import RecordError
from rasd.kb import name_key
from rasd.text.tokens import Token

Attach = Literal["next", "prev", "near"]
#: ``than`` is a comparison (``أحسن من``): read as ``prev`` for the actor before, and the
#: actor after it takes the opposite sign (:attr:`Cue.than`). ``subj`` qualifies how the
#: clause's subject acts (``تدعم فلسطين بالكلام بس``): read as ``prev``, but about the
#: actor opening the clause, not the object nearest before (:attr:`Cue.subject`).
_ATTACH: frozenset[str] = frozenset({"next", "prev", "near", "than", "subj"})
#: Words of exclusion: ``ما … إلا`` / ``ما … غير`` is no negation, so a cue starting with
#: one (``غير مصالح``, ``الا لغه القوه``) is never flipped by a negator before it.
_EXCLUSIVE = frozenset({"غير", "الا", "سوي"})
#: A letter repeated this many times is emphasis (``امريكاااا``, ``الارهاااب``): no
#: Arabic word writes a letter three times running, so the run stands for one or two.
_ELONGATION = re.compile(r"(.)\1{2,}")

#: Suffixes taken off a word to find a listed cue: object and possessive pronouns, and
#: the plural endings of adjectives listed in the singular.
_SUFFIXES = ("هما", "هم", "هن", "كم", "ها", "نا", "ين", "ون", "ه", "ي", "ك", "و")
#: Object pronouns that point at an actor: second person (the one addressed, ``يحفظك``)
#: and third person (one named before, ``يحفظها``, Maghrebi/Levantine ``يحفظو``).
PRONOUNS = ("كم", "كي", "ك", "هما", "هم", "هن", "ها", "ه", "و")
#: A preposition with a pronoun right after a cue points the same way (``شكرا لها``).
_PRONOUN_WORDS = {f"{p}{s}": s for p in ("ل", "علي", "في", "ب") for s in PRONOUNS
                  if s != "و"}
#: Words that name God in blessings and curses: matched as ``الله`` at the start of a cue.
GOD_WORDS = frozenset({"الله", "ربي", "ربنا", "اللهم", "يارب", "رب"})
#: A stem must keep this many letters: shorter stems are other words (بكم ≠ ب).
_MIN_STEM = 3
#: Words that negate the cue after them. ``ما`` is here too, but not after the words of
#: :data:`_MA_NOT_NEGATION` (``كثيرا ما خذلت`` = "often let down").
NEGATORS = frozenset({
    "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لست", "غير", "مش", "مو", "مب", "ماهو", "ماهي",
    "مهوش", "ما", "عدم", "بلاش",
})
_MA_NOT_NEGATION = frozenset({"كثيرا", "قليلا", "نادرا", "طالما", "ربما", "كل", "مثل", "بعد",
                              "عند", "حين", "اذا", "لطالما", "كثير"})
#: How many words before a cue a negation may stand (لم تكن أمريكا عدوا).
NEGATION_WINDOW = 3
#: Words that take a negation themselves, so it does not reach a cue after them: ``ما
#: نسينا جرائم …`` (we have not forgotten = we remember), ``ما زالت تتآمر`` (still
#: conspires), ``لا شك``, ``لا بد``.
_NEGATION_STOPS = frozenset({
    "نسي", "نسينا", "ننسي", "ينسي", "تنسي", "ننسا", "زال", "زالت", "زالوا", "يزال", "تزال",
    "يزالون", "مازال", "مازالت", "شك", "بد", "يخفي",
    # a relative clause keeps its own polarity: الله لا يوفق من خان … (خان is not negated)
    "من", "اللي", "الذي", "الذين", "التي",
})


@dataclass(frozen=True, slots=True)
class Cue:
    """A listed cue: its weight (-1 against .. +1 for) and which actor it is about."""

    key: str
    weight: float
    attach: Attach
    #: A comparison: the actor after the cue takes the opposite of :attr:`weight`.
    than: bool = False
    #: About the clause's opening actor (its subject), not the nearest one before.
    subject: bool = False


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a text: token range ``[first, last]`` (indices into the word list),
    its weight after negation, and whether a negation flipped it."""

    cue: Cue
    first: int
    last: int
    weight: float
    negated: bool
    #: The object pronoun fused to the last word or in the word after (``ك``, ``ها``),
    #: ``""`` when none (see :data:`PRONOUNS`).
    pronoun: str = ""


@cache
def stance_cues() -> dict[str, tuple[Cue, ...]]:
    """``stance.tsv`` indexed by the first word of each cue (longest cues first)."""
    out: dict[str, list[Cue]] = {}
    for line, fields in tsv_rows("rasd.data.comments", "stance.tsv"):
        try:
            weight = float(fields[1])
        except (IndexError, ValueError):
            weight = 2.0
        if len(fields) < 3 or not -1 <= weight <= 1 or fields[2] not in _ATTACH:
            raise RecordError(f"expected cue, weight -1..1, next|prev|near: {fields!r}",
                              where=f"stance.tsv:{line}")
        key = name_key(fields[0])
        attach: Attach = "next" if fields[2] == "next" else (
            "prev" if fields[2] in ("prev", "than", "subj") else "near")
        out.setdefault(key.split(" ")[0], []).append(
            Cue(key, weight, attach, fields[2] == "than", fields[2] == "subj"))
    return {k: tuple(sorted(v, key=lambda c: -c.key.count(" "))) for k, v in out.items()}


@cache
def sentiment_words() -> dict[str, float]:
    """``sentiment.tsv``: normalised word → weight."""
    out: dict[str, float] = {}
    for line, fields in tsv_rows("rasd.data.comments", "sentiment.tsv"):
        try:
            weight = float(fields[1])
        except (IndexError, ValueError):
            weight = 2.0
        if not -1 <= weight <= 1:
            raise RecordError(f"expected word, weight -1..1: {fields!r}",
                              where=f"sentiment.tsv:{line}")
        out[name_key(fields[0])] = weight
    return out


@lru_cache(maxsize=65536)
def word_forms(norm: str, base: str) -> tuple[str, ...]:
    """The forms a word may be listed under (see the module docstring)."""
    forms = [norm]
    if base != norm:
        forms.append(base)
    for word in (norm, base):
        if _ELONGATION.search(word):
            for short in (_ELONGATION.sub(r"\1", word), _ELONGATION.sub(r"\1\1", word)):
                if short not in forms:
                    forms.append(short)
    for word in list(forms):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                stem = word[: -len(suffix)]
                if stem[-1] in "ئؤ":  # اعدائنا → اعداء
                    stem = stem[:-1] + "ء"
                if stem not in forms:
                    forms.append(stem)
    return tuple(forms)


@lru_cache(maxsize=65536)
def _word_cues(norm: str, base: str) -> tuple[Cue, ...]:
    """The cues a word may start, longest first, over all its forms (most words: none)."""
    index = stance_cues()
    return tuple(c for form in word_forms(norm, base) for c in index.get(form, ()))


@lru_cache(maxsize=65536)
def _word_sentiment(norm: str, base: str) -> float | None:
    table = sentiment_words()
    return next((table[f] for f in word_forms(norm, base) if f in table), None)


def find_cues(
    words: Sequence[Token], skip: Sequence[bool] | None = None,
    clauses: Sequence[int] | None = None,
) -> list[CueHit]:
    """Every stance cue among ``words`` (word tokens in order), negation applied; words
    with ``skip[i]`` true (scripture) neither match nor negate, and with ``clauses`` (each
    word's clause) a negation does not reach past a clause mark (``الله لا يوفقهم،
    الحوثيين دمروا``)."""
    out: list[CueHit] = []
    used: set[int] = set()  # negators already spent on a cue
    i = 0
    n = len(words)
    while i < n:
        tok = words[i]
        cues = _word_cues(tok.norm, tok.base)
        if not cues and tok.norm[:1] in ("و", "ف") and tok.norm[1:] in NEGATORS:
            cues = _word_cues(tok.norm[1:], tok.norm[1:])  # وما عنده قرار
        if tok.norm in GOD_WORDS and tok.norm != "الله":
            cues = cues + _word_cues("الله", "الله")
        elif cues and i and tok.norm.startswith("ال") and _bare(words[i - 1].norm) in GOD_WORDS:
            cues = ()  # God's epithet (والله العظيم), not praise of an actor
        if not cues or (skip is not None and skip[i]):
            i += 1
            continue
        hit: CueHit | None = None
        for cue in cues:
            size = cue.key.count(" ") + 1
            if size > 1 and not _rest_matches(words, i, cue.key.split(" ")[1:]):
                continue
            negator = None if cue.key.split(" ")[0] in _EXCLUSIVE else _negator(
                words, i, skip, used, clauses)
            negated = negator is not None
            if negator is not None:
                used.add(negator)
            last = i + size - 1
            hit = CueHit(cue, i, last, -cue.weight if negated else cue.weight, negated,
                         _pronoun(words, i, cue.key.split(" ")))
            break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit.last + 1
    return out


def _bare(word: str) -> str:
    """``word`` without a leading و or ف (``والله`` → ``الله``)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def _pronoun(words: Sequence[Token], first: int, keys: list[str]) -> str:
    """The object pronoun on a word of the cue starting at ``words[first]`` (listed as
    ``keys``: ``جزاهم الله``, ``الله يحفظها``) or in the word after it, else ``""``."""
    for k, key in enumerate(keys):
        tok = words[first + k]
        for word in (tok.norm, tok.base):
            if word != key and word.startswith(key) and word[len(key):] in PRONOUNS:
                return word[len(key):]
    last = first + len(keys) - 1
    if last + 1 < len(words):
        return _PRONOUN_WORDS.get(words[last + 1].norm, "")
    return ""


def _rest_matches(words: Sequence[Token], i: int, rest: list[str]) -> bool:
    if i + len(rest) >= len(words):
        return False
    for k, want in enumerate(rest, 1):
        tok = words[i + k]
        if want not in word_forms(tok.norm, tok.base):
            return False
    return True


def _negated(words: Sequence[Token], i: int, skip: Sequence[bool] | None) -> bool:
    return _negator(words, i, skip) is not None


def _negator(
    words: Sequence[Token], i: int, skip: Sequence[bool] | None,
    used: set[int] | None = None, clauses: Sequence[int] | None = None,
) -> int | None:
    """The index of the negation that flips the cue at ``words[i]``, else None. One
    negation negates one cue: after ``الله لا يوفق الحوثيين`` a harm verb (``دمروا``) in
    its reach is not negated again (``used``: negators already spent)."""
    for j in range(max(0, i - NEGATION_WINDOW), i):
        if (skip is not None and skip[j]) or (used is not None and j in used) or (
                clauses is not None and clauses[j] != clauses[i]):
            continue
        w = words[j].norm
        bare = w[1:] if w[:1] in ("و", "ف") and w[1:] in NEGATORS else w
        if bare not in NEGATORS:
            continue
        if bare == "ما" and j > 0 and words[j - 1].norm in _MA_NOT_NEGATION:
            continue
        if bare == "لا" and j == i - 1 and words[i].clitics.startswith("ل"):
            continue  # لا للاحتلال: "no to the occupation", a slogan, not a negation
        if any(words[k].norm in _NEGATION_STOPS for k in range(j + 1, i)):
            continue  # ما نسينا جرائم …: the negation is the other verb's
        return j
    return None


def sentiment_hits(words: Sequence[Token], skip: Sequence[bool] | None = None
                   ) -> list[tuple[int, float]]:
    """``(word index, weight)`` of the sentiment words among ``words`` (negation applied);
    stance cues are counted by the caller from :func:`find_cues`."""
    out: list[tuple[int, float]] = []
    for i, tok in enumerate(words):
        weight = _word_sentiment(tok.norm, tok.base)
        if weight is None or (skip is not None and skip[i]):
            continue
        out.append((i, -weight if _negated(words, i, skip) else weight))
    return out
