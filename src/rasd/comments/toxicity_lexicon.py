"""The words of a reader comment and the team's offensive-language lexicon (toxicity).

A comment is read as a list of :class:`Word` (its span in the text and a matching key: the
word normalised like every rasd lexicon key, with letters repeated for emphasis squeezed,
``واااصل`` → ``واصل``, and a doubled alef squeezed too, ``تاافه`` → ``تافه``: alef is
never written twice in a word). Scripture quoted in the comment (``﴿…﴾``, or a quoted
passage right after ``قال تعالى`` / ``صلى الله عليه وسلم``) is left out: a verse about Satan
is not the reader's insult, whatever stage runs before.

The lexicon (``data/comments/toxic_words.tsv``) gives each entry a kind (insult, vulgar,
hate, threat), a match rule and a group (animal, stupid, base, curse, …: the classifier
weighs groups, not only entries). Match rules, all on the key with its proclitics removed:
``word`` the whole word (and a pronoun suffix: ``كلابهم``), ``inflect`` also with a
feminine or plural ending (``حقيرين``, ``عبيطه``), ``prefix`` the word starts with it, and
``phrase`` consecutive whole words, the last one maybe with a pronoun suffix (``ابن الكلب``,
``الله يقطعهم``); ``never`` lists
words that a clitic split would wrongly make a hit (``فخره`` is pride, not ``ف`` + ``خره``),
bare or after a clitic (``القرفة`` is cinnamon).
Spellings users write are read too: a whole word with the accusative tanween (``ذليلاً``),
a plural in ``-ات`` before a pronoun (``مؤخراتهم``) or of a feminine entry (``حثالات``), a
phrase with a vocative glued to it (``ياعديمي الاخلاق``) or with ``لا``/``ما`` glued to the
next word (``الله لايبارك``, ``ماتستحون``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from rasd.caches import word_cache
from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.model import ToxicityKind
from rasd.text.normalize import normalize_key, squeeze

#: A word: letters, digits, diacritics and tatweel (diacritics are not ``\w`` in Python).
WORD_RE: Final = re.compile(r"[\w\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+")
#: Proclitics stripped before a lexicon look-up (the full word is tried first). Single
#: ``ب ل ك`` are not stripped alone: ``بكس`` (a box) must not become ``كس``.
PROCLITICS: Final = ("", "و", "ف", "ال", "وال", "فال", "بال", "لل", "ولل", "كال", "يا",
                     "ويا", "يال", "هال")  # هال: Levantine and Gulf "this" (هالقرد)
#: Pronoun suffixes stripped before a whole-word look-up (``كلابه`` → ``كلاب``), longest
#: first; the stem left must keep :data:`MIN_STEM` letters.
ENCLITICS: Final = ("هما", "كما", "هم", "كم", "هن", "ها", "نا", "ه", "ك", "ي")
#: The look-up also strips the Levantine and Egyptian ``-و`` (his: ``صرمايتو``) and reads a
#: stem ending in ``ت`` before a suffix as ending in ``ة`` (``جزمته`` → ``جزمه``).
LOOKUP_ENCLITICS: Final = (*ENCLITICS, "و")
#: Feminine and sound-plural endings an ``inflect`` entry also takes (``حقير`` →
#: ``حقيره حقيرين حقيرون حقيرات``); ``ه`` is ``ة`` after rasd's folding.
INFLECTIONS: Final = ("ين", "ون", "ات", "ه")
MIN_STEM: Final = 3
_ENCLITIC_SET: Final[frozenset[str]] = frozenset(ENCLITICS)
#: Words that address someone right before an insult (``يا حمار``, ``ايها الخونه``).
VOCATIVES: Final[frozenset[str]] = frozenset({"يا", "ايها", "ايتها", "يايها"})
MATCHES: Final = ("word", "inflect", "prefix", "phrase", "never")

#: A final alef after these letters is a pronoun or a verb ending (جهلها, واجبنا, جروا,
#: اعدموهما), not the accusative tanween.
_NOT_TANWEEN: Final = frozenset("هنوم")
_KINDS: Final[frozenset[str]] = frozenset({"insult", "vulgar", "hate", "threat"})
#: Two or more alefs in a row: emphasis (``جدااا`` is squeezed already, ``جداا`` is not).
_ALEF_RUN: Final = re.compile("ا{2,}")

# A quoted passage right after a formula introducing the Qur'an or the Prophet's words.
_SCRIPTURE_RE: Final = re.compile(
    r"﴿[^﴾]{1,600}﴾"
    r"|(?:تعالى|تعالي|عز وجل|سبحانه|صلى الله عليه وسلم|ﷺ)\s*[:：]?\s*"
    r"(?:\"[^\"]{1,600}\"|«[^»]{1,600}»|“[^”]{1,600}”)"
)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the comment: ``start``/``end`` offsets in the scored text and its key."""

    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon entry says: its kind, its key (the feature name) and its group."""

    kind: ToxicityKind
    key: str
    group: str


@dataclass(frozen=True, slots=True)
class LexiconHit:
    start: int
    end: int
    kind: ToxicityKind
    entry: str
    group: str = ""
    #: Index of the hit's first word in the scored words.
    index: int = 0


@word_cache  # the shared word bound (rasd.caches, issue 8), not a size of its own
def word_key(word: str) -> str:
    """The matching key of one word: rasd normalisation, emphasis repeats squeezed."""
    key = squeeze(normalize_key(word))
    return _ALEF_RUN.sub("ا", key) if "اا" in key else key


def scripture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that quote scripture (left out of scoring)."""
    if "تعال" not in text and "﴿" not in text and "وسلم" not in text and "ﷺ" not in text \
            and "عز وجل" not in text and "سبحانه" not in text:
        return []
    return [(m.start(), m.end()) for m in _SCRIPTURE_RE.finditer(text)]


def words_of(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Word]:
    """The words of ``text`` outside the ``skip`` ranges and outside quoted scripture."""
    ranges = sorted([*skip, *scripture_ranges(text)])
    out: list[Word] = []
    k = 0
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        while k < len(ranges) and ranges[k][1] <= s:
            k += 1
        if k < len(ranges) and ranges[k][0] < e:
            continue
        key = word_key(m.group())
        if key:
            out.append(Word(s, e, key))
    return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Offensive words by kind: whole clitic-free words (bare or inflected), stems matched
    as prefixes, and phrases of whole words."""

    words: dict[str, Entry]
    inflected: dict[str, Entry]
    prefixes: dict[str, Entry]
    #: Lengths of the prefixes, longest first (a word is checked for each length once).
    prefix_lengths: tuple[int, ...]
    #: Phrases by their first word: (the following words, the entry).
    phrases: dict[str, tuple[tuple[tuple[str, ...], Entry], ...]]
    #: Whole words that are no hit although a clitic split would make them one (``فخره``).
    never: frozenset[str] = frozenset()
    #: Look-ups already made (comments repeat their words).
    memo: dict[str, Entry | None] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lexicon:
        return _load_lexicon()

    def lookup(self, key: str) -> Entry | None:
        """The entry of a word key, trying each proclitic split (memoised)."""
        try:
            return self.memo[key]
        except KeyError:
            found = self.memo[key] = _lookup(self, key)
            return found

    def hits(self, words: list[Word]) -> list[LexiconHit]:
        """The hits in ``words``, in order and not overlapping (a phrase is tried first and
        its words are not looked up again)."""
        out: list[LexiconHit] = []
        phrases = self.phrases
        i = 0
        while i < len(words):
            w = words[i]
            first = w.key if w.key in phrases else _glued_vocative(w.key, phrases)
            if first is not None:
                matched = self._phrase_at(words, i, first)
                if matched is not None:
                    j, entry = matched
                    out.append(LexiconHit(w.start, words[j - 1].end, entry.kind, entry.key,
                                          entry.group, i))
                    i = j
                    continue
            found = self.lookup(w.key)
            if found is not None:
                out.append(LexiconHit(w.start, w.end, found.kind, found.key, found.group, i))
            i += 1
        return out

    def _phrase_at(self, words: list[Word], i: int,
                   first: str) -> tuple[int, Entry] | None:
        """(the index after the phrase, its entry) of the longest phrase starting at ``i``
        (whose key is ``first``, or ``first`` after a glued vocative)."""
        for rest, entry in self.phrases[first]:
            j = i + 1 + len(rest)
            if j <= len(words) and all(words[i + 1 + k].key == r
                                       for k, r in enumerate(rest[:-1])):
                last = words[j - 1].key
                # The last word may carry a pronoun (الله يقطع → الله يقطعهم).
                if last == rest[-1] or (last.startswith(rest[-1])
                                        and last[len(rest[-1]):] in _ENCLITIC_SET):
                    return j, entry
        return None


def _whole(lex: Lexicon, stem: str) -> Entry | None:
    """The ``word`` or ``inflect`` entry whose key is ``stem``."""
    return lex.words.get(stem) or lex.inflected.get(stem)


def _lookup(lex: Lexicon, key: str) -> Entry | None:
    if key in lex.never:
        return None
    for clitic in PROCLITICS:
        if clitic and not key.startswith(clitic):
            continue
        stem = key[len(clitic):]
        if len(stem) < 2 or stem in lex.never:  # never: also after a clitic (والفخره)
            continue
        found = _whole(lex, stem)
        if found is not None:
            return found
        if stem[-1] == "ا" and len(stem) > MIN_STEM and stem[-2] not in _NOT_TANWEEN:
            # The accusative tanween of MSA (ذليلاً → ذليلا): the whole word without it.
            found = _whole(lex, stem[:-1])
            if found is not None:
                return found
        for suffix in LOOKUP_ENCLITICS:
            if len(stem) - len(suffix) >= MIN_STEM and stem.endswith(suffix):
                bare = stem[:-len(suffix)]
                # جزمته → جزمه; مؤخراتهم is مؤخرات, but شحاته is a name (ة folds to ه).
                found = None if suffix == "ه" and bare[-1] == "ت" else \
                    _whole(lex, bare)
                if found is None and bare[-1] == "ت":
                    bare = bare[:-1] + "ه"
                    found = _whole(lex, bare)
                if found is not None:
                    return found
        for suffix in INFLECTIONS:
            if len(stem) - len(suffix) >= MIN_STEM and stem.endswith(suffix):
                found = lex.inflected.get(stem[:-len(suffix)])
                if found is None and suffix == "ات":  # the plural of a feminine word
                    found = lex.words.get(stem[:-2] + "ه")  # حثالات → حثاله
                if found is not None:
                    return found
        for n in lex.prefix_lengths:
            if len(stem) >= n:
                found = lex.prefixes.get(stem[:n])
                if found is not None:
                    return found
    return None


@lru_cache(maxsize=1)
def _load_lexicon() -> Lexicon:
    tables: dict[str, dict[str, Entry]] = {m: {} for m in MATCHES}
    for n, fields in tsv_rows("rasd.data.comments", "toxic_words.tsv"):
        if len(fields) != 4 or fields[1] not in _KINDS or fields[2] not in MATCHES \
                or not fields[3].strip():
            raise RasdError(f"toxic_words.tsv:{n}: expected form, kind, "
                            f"{'|'.join(MATCHES)}, group")
        key = " ".join(word_key(part) for part in fields[0].split())
        kind: ToxicityKind = fields[1]  # type: ignore[assignment]
        if key in tables[fields[2]]:
            raise RasdError(f"toxic_words.tsv:{n}: {key!r} listed twice")
        tables[fields[2]][key] = Entry(kind, key, fields[3].strip())
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for key, entry in tables["phrase"].items():
        if len(key.split()) < 2:
            raise RasdError(f"toxic_words.tsv: phrase {key!r} has a single word")
        for form in _joined_forms(key):
            first, *rest = form.split()
            if not rest:  # ما تستحون written ماتستحون: a whole word
                tables["word"].setdefault(form, entry)
            else:
                phrases.setdefault(first, []).append((tuple(rest), entry))
    prefixes = tables["prefix"]
    lengths = tuple(sorted({len(p) for p in prefixes}, reverse=True))
    return Lexicon(tables["word"], tables["inflect"], prefixes, lengths,
                   {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
                   frozenset(tables["never"]))


#: Particles users often glue to the next word (``لايبارك``, ``ماتستحون``): a phrase is also
#: matched with each of them joined.
_GLUED: Final = frozenset({"لا", "ما"})


def _joined_forms(key: str) -> list[str]:
    """``key`` and its spellings with the particles of :data:`_GLUED` glued to the next
    word (``الله لا يبارك`` → ``الله لايبارك``)."""
    words = key.split()
    return [key] + [" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])
                    for i in range(len(words) - 1) if words[i] in _GLUED]


def _glued_vocative(key: str, phrases: Mapping[str, object]) -> str | None:
    """The phrase start of a word with a vocative glued to it (``ياعديمي`` → ``عديمي``)."""
    if key.startswith("يا") and key[2:] in phrases:
        return key[2:]
    return None
