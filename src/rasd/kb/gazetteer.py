"""Finding KB names in raw text, and choosing among the readings of ambiguous ones.

The matcher works on the tokens of :mod:`rasd.text.tokens` (normalised, with their spans in
the original text) by hash lookups: at each word it tries the whole word and its proclitic
readings (``وموسكو`` → ``موسكو``, ``للأمم`` → ``الأمم``), and for each reading the longest
run of following words that forms a known name. No per-entry regex, so the cost per token
does not grow with the KB.

Spans: an entity's span excludes the proclitics و ف ب ك ل and includes the article ال, so
``بالعراق`` gives ``العراق`` and ``وموسكو`` gives ``موسكو``. When ل and the article fuse
(``للأمم المتحدة``), only the preposition ل is left out (``لأمم المتحدة``): the remaining
ل is the article's. The split-off letters are in :attr:`GazetteerMatch.proclitic`.

Guards against common words:

* a name that is also a common word (``الخبر``, ``الحرة``, ``مالي``, marked ``~`` in the
  data) matches only after a cue word of its class (``مدينة الخبر``, ``قناة "الحرة"``;
  ``data/kb/cues.tsv``);
* phrases in ``data/kb/not_names.tsv`` (``الرباط الصليبي``, ``ليون الفرنسي``) are read as
  one unit and yield nothing;
* after بن/ابن/بنت a place or nationality word is a person's name (``فيصل بن تركي``);
* a word written with tanween is an indefinite common noun or adverb (``دومًا``), not a name;
* common words that merely start with proclitic letters are read whole (``كسرت``, ``بتنا``:
  ``data/kb/no_split.tsv``, and no ``ك`` readings at all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from rasd.caches import WORD_CACHE_SIZE, word_cache
from rasd.kb.model import KBEntry, Sense, name_key
from rasd.kb.store import KnowledgeBase, cue_words, prominence
from rasd.model import Span
from rasd.text.normalize import normalize
from rasd.text.tokens import Token, candidate_bases, tokenize

#: Tokens of these kinds can be part of a name.
_NAME_KINDS = frozenset({"word", "latin", "number"})
#: Punctuation that may stand between a cue word and a cued name (قناة "الحرة").
_QUOTES = frozenset('"\'«»“”„‘’‹›()')
_CUE_CLASS = {"GPE": "place", "LOC": "place", "ORG": "org", "PERSON": "person"}
#: Words after which a place or nationality word is part of a person's name.
_NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابنه"})
_NAME_PARTICLE_TYPES = frozenset({"GPE", "LOC", "NORP"})
#: places19: a family is named right after its noun (منزلا لعائلة أبو سمرة، أسرة الخليل):
#: a family name, not the village of that name, as a name after بن is a person's.
_FAMILY_NOUNS = frozenset({"عائله", "اسره", "عائلتي", "اسرتي"})
_NO_SENSES: tuple[Sense, ...] = ()
_TANWEEN = frozenset("\u064b\u064c\u064d")
#: ``للحج`` reads as ل + الحج (for the Hajj) far more often than as ل + لحج (to Lahij): a
#: name starting with ل is read behind a ل preposition only if it is this prominent
#: (ليبيا، لبنان، لندن are; لحج is not).
LAM_LAM_MIN_PROMINENCE = 1_500_000
#: Document context may pick a reading over the prior one only if it is at most this many
#: times less prominent: Tripoli, Lebanon (230k, 5.7x below Tripoli, Libya) near لبنان, but
#: not Moscow, Idaho (145k, 72x below Moscow) just because the page also names Washington.
CONTEXT_MAX_PROMINENCE_GAP = 20

#: Letters of a short first word of a multi-word name (تل أبيب، أم درمان) that may follow a
#: proclitic in :meth:`Gazetteer._word_starts_uncached`, and the proclitics allowed there.
SHORT_FIRST_WORD = 2
SHORT_WORD_CLITICS = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})

Reason = Literal["unambiguous", "context", "prior"]


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """A KB name found in a text: the span (in the original text), the entries it may
    refer to (most likely first), the normalised key that matched, and the proclitics left
    out of the span (``"و"``, ``"ب"``, ``"ل"``...)."""

    span: Span
    entries: tuple[KBEntry, ...]
    matched_key: str
    proclitic: str = ""

    @property
    def ambiguous(self) -> bool:
        return len(self.entries) > 1


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entry :func:`disambiguate` chose for a match, and why."""

    match: GazetteerMatch
    entry: KBEntry
    reason: Reason


@cache
def no_split_words() -> frozenset[str]:
    """Words of ``data/kb/no_split.tsv``, never read as proclitic + name."""
    text = resources.files("rasd.data.kb").joinpath("no_split.tsv").read_text("utf-8")
    return frozenset(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


@cache
def blocked_phrases() -> frozenset[str]:
    """Keys of ``data/kb/not_names.tsv``."""
    text = resources.files("rasd.data.kb").joinpath("not_names.tsv").read_text("utf-8")
    return frozenset(
        name_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@word_cache
def proclitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(skip, form)`` readings of a normalised word for name lookup, the whole word first.

    ``skip`` is how many leading letters are proclitics outside the entity span and
    ``form`` the lookup form with the article kept or restored (``للأمم`` → ``(1, الامم)``).
    Future-tense ``س`` readings are left out (verbs are not names), and so is ``ك`` ("like"),
    which news text almost never puts before a name but which starts many common words that
    would otherwise read as towns (كسرت → سرت، كورونا → ورونا).
    """
    out: list[tuple[int, str]] = []
    for clitics, base in candidate_bases(word):
        if "س" in clitics or "ك" in clitics:
            continue
        if clitics.endswith("لل"):
            reading = (len(clitics) - 1, "ال" + base)
        elif clitics.endswith("ال"):
            reading = (len(clitics) - 2, "ال" + base)
        else:
            reading = (len(clitics), base)
        if reading not in out:
            out.append(reading)
    return tuple(out)


#: Distinct words a :class:`WordSieve` remembers before it starts over (news vocabulary).
SIEVE_MEMORY = WORD_CACHE_SIZE


class WordSieve:
    """Which words of a text pass a costly test that depends on the word alone.

    Most words of a page pass none of the entity stage's tests (does it start a KB name, a
    role pattern, is it an anaphor?), and most recur from page to page: the words are
    taken as a set, the new ones tested once and remembered, and the ones that pass are
    found by set operations, not one Python call per word.

    Memory is bounded by two generations of :data:`SIEVE_MEMORY` words: when the young
    one is full it becomes the old one (the older is dropped), and a word the old one
    knows moves back without being tested again. Emptying the one set instead re-tested
    every frequent word after each emptying: over the 3,000 SaudiNewsNet pages each of the
    three sieves tested ~124,500 words for ~90,600 distinct ones; now each once (half-size
    generations, the old bound, still tested ~116,500).
    """

    __slots__ = ("_old_seen", "_old_yes", "_seen", "_test", "_yes")

    def __init__(self, test: Callable[[str], object]) -> None:
        self._test = test
        self._yes: set[str] = set()
        self._seen: set[str] = set()
        self._old_yes: set[str] = set()
        self._old_seen: set[str] = set()

    def passing(self, words: Iterable[str]) -> set[str]:
        """The distinct ``words`` (a set is used as it is) for which the test is true."""
        distinct = words if isinstance(words, (set, frozenset)) else set(words)
        if len(self._seen) > SIEVE_MEMORY:
            # Before ``new`` is taken: rotating after it would leave the passing words of
            # this text that were already seen in the old generation only.
            self._old_seen, self._old_yes = self._seen, self._yes
            self._seen, self._yes = set(), set()
        new = distinct - self._seen
        if new:
            yes = self._yes
            known = new & self._old_seen
            if known:  # answered in the old generation: the test depends on the word alone
                yes.update(known & self._old_yes)
                self._seen.update(known)
                new -= known
            if new:
                test = self._test
                yes.update(word for word in new if test(word))
                self._seen.update(new)
        return self._yes & distinct


#: Distinct (word, letters) pairs whose character offset is remembered (news vocabulary).
CLITIC_OFFSET_CACHE = WORD_CACHE_SIZE


@lru_cache(maxsize=CLITIC_OFFSET_CACHE)
def clitic_offset(word: str, skip: int) -> int:
    """How many characters of the original ``word`` its first ``skip`` normalised letters
    take (diacritics and tatweel included): where a name starts once ``skip`` proclitic
    letters are left out. Normalising a word is costly and the same words recur."""
    return normalize(word).orig_index(skip)


def _lam_lam(word: str, skip: int, form: str) -> bool:
    """Whether a reading takes ``لل`` as preposition ل + a name starting with ل (للحج as ل +
    لحج), which is spelled exactly like ل + article + word (ل + الحج)."""
    return form.startswith("ل") and word[skip - 1 : skip + 1] == "لل" if skip else False


class Gazetteer:
    """Longest-match lookup of every KB name (see module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._senses: dict[str, tuple[Sense, ...]] = dict(kb.senses)
        for key in blocked_phrases():
            self._senses[key] = _NO_SENSES
        first: dict[str, int] = {}
        for key in self._senses:
            head, _, rest = key.partition(" ")
            n = rest.count(" ") + 2 if rest else 1
            if first.get(head, 0) < n:
                first[head] = n
        self._first = first
        #: Every proper prefix (whole words) of a name of two words or more: a run of
        #: words is extended only while it may still grow into a name.
        self._prefixes = frozenset(
            " ".join(parts[:k]) for parts in (key.split(" ") for key in self._senses)
            for k in range(1, len(parts)))
        self._norp_keys = frozenset(
            k for k, ss in kb.senses.items() if all(s.entry.type == "NORP" for s in ss)
        )
        self._no_split = no_split_words()
        cues = cue_words()
        self._cues = {t: cues.get(cls, frozenset()) for t, cls in _CUE_CLASS.items()}
        self._word_starts = word_cache(self._word_starts_uncached)
        # The sieve remembers its own answer for every word it tests, so it runs the
        # uncached test: only the words that pass fill the cache above.
        self._sieve = WordSieve(self._word_starts_uncached)

    @classmethod
    def default(cls) -> Gazetteer:
        """The matcher over :meth:`KnowledgeBase.load` (shipped + user dictionary)."""
        return KnowledgeBase.load().gazetteer()

    def find(
        self, text: str, tokens: Sequence[Token] | None = None,
        words: Sequence[int] | None = None, vocab: set[str] | None = None,
    ) -> list[GazetteerMatch]:
        """Every KB name in ``text``, left to right, longest first, never overlapping.

        Pass ``tokens`` (``tokenize(text)``) when the caller already has them, and
        ``words``, the indices of the word, Latin and number tokens among them, and
        ``vocab``, the set of their normalised forms, if known.
        """
        toks = tokens if tokens is not None else tokenize(text)
        if words is None:
            words = [i for i, t in enumerate(toks) if t.kind in _NAME_KINDS]
        word_starts, plain = self._word_starts, self._plain
        # Most words start no name: find those that may (by set operations over the
        # distinct words), then try only them.
        norms = [toks[i].norm for i in words]
        maybe = self._sieve.passing(vocab if vocab is not None else norms)
        candidates = [
            (w, starts) for w, i in enumerate(words)
            if (norms[w] in maybe or toks[i].kind != "word")
            and (starts := word_starts(norms[w]) if toks[i].kind == "word"
                 else plain(norms[w]))
        ]
        out: list[GazetteerMatch] = []
        pos = 0  # the first word not yet consumed by a match or blocked phrase
        for w, starts in candidates:
            if w < pos:
                continue
            hit = self._best_hit(toks, words, w, starts)
            if hit is None:
                continue
            n, key, senses, skip = hit
            tok, last = toks[words[w]], toks[words[w + n - 1]]
            entries = self._licensed(senses, toks, words, w, words[w + n - 1]) if senses \
                else ()
            if entries and not _TANWEEN.isdisjoint(last.text):
                entries = ()  # دومًا (always), not Douma: news text writes no tanween on names
            if not entries:
                if not senses:
                    pos = w + n  # a blocked phrase is consumed whole
                continue
            out.append(_match(text, tok, last, key, entries, skip))
            pos = w + n
        return out

    # --- matching internals ---------------------------------------------------------------

    def _plain(self, norm: str) -> tuple[tuple[int, str, int], ...]:
        n = self._first.get(norm)
        return ((0, norm, n),) if n else ()

    def _word_starts_uncached(self, norm: str) -> tuple[tuple[int, str, int], ...]:
        """``(skip, form, longest name in words)`` for each reading that starts a name.
        A proclitic before a two-letter first word of a longer name is split off too
        (وتل أبيب، بأم درمان), although :func:`candidate_bases` keeps three letters:
        such a reading only counts as a name of two words or more (:meth:`_best_hit`)."""
        out = []
        whole_only = norm in self._no_split
        for skip, form in proclitic_readings(norm):
            if skip and whole_only:
                continue
            n = self._first.get(form)
            if n:
                out.append((skip, form, n))
        if not whole_only and len(norm) - SHORT_FIRST_WORD in (1, 2):
            clitics, form = norm[:-SHORT_FIRST_WORD], norm[-SHORT_FIRST_WORD:]
            n = self._first.get(form, 0)
            if clitics in SHORT_WORD_CLITICS and n >= 2:
                out.append((len(clitics), form, n))
        return tuple(out)

    def _best_hit(
        self, toks: Sequence[Token], words: Sequence[int], w: int,
        starts: tuple[tuple[int, str, int], ...],
    ) -> tuple[int, str, tuple[Sense, ...], int] | None:
        """The longest name over all readings; between equally long ones, the whole word
        after a place cue (مدينة وجدة is Oujda), else the reading whose top sense is more
        prominent (``الرياض وجدة`` is و + جدة), else the less split one."""
        best: tuple[int, str, tuple[Sense, ...], int] | None = None
        after_cue = len(starts) > 1 and self._has_cue(
            self._previous_words(toks, words, w), self._cues["GPE"])
        for skip, form, max_words in starts:
            hit = self._longest(toks, words, w, form, max_words)
            if hit is None:
                continue
            n, key, senses = hit
            if skip and len(form) == SHORT_FIRST_WORD and n < 2:
                continue  # وام alone is the agency WAM, not و + أم
            if _lam_lam(toks[words[w]].norm, skip, form) and (
                _top_prominence(senses) < LAM_LAM_MIN_PROMINENCE
            ):
                continue
            if best is None or n > best[0] or (
                n == best[0] and not after_cue
                and _top_prominence(senses) > _top_prominence(best[2])
            ):
                best = (n, key, senses, skip)
        return best

    def _longest(
        self, toks: Sequence[Token], words: Sequence[int], w: int, form: str, max_words: int
    ) -> tuple[int, str, tuple[Sense, ...]] | None:
        keys = [form]
        prefixes, n_words = self._prefixes, len(words)
        k = 1
        while k < max_words and w + k < n_words and keys[-1] in prefixes \
                and self._joined(toks, words[w + k - 1], words[w + k]):
            keys.append(f"{keys[-1]} {toks[words[w + k]].norm}")
            k += 1
        senses_of = self._senses
        for n in range(len(keys), 0, -1):
            senses = senses_of.get(keys[n - 1])
            if senses is not None:
                return n, keys[n - 1], senses
        return None

    @staticmethod
    def _joined(toks: Sequence[Token], a: int, b: int) -> bool:
        """Whether word tokens ``a`` and ``b`` belong to one name: nothing but spaces and
        hyphens between them, or dots after a single letter (أ.ف.ب)."""
        for t in toks[a + 1 : b]:
            if t.norm == "-" or (t.norm == "." and len(toks[a].norm) == 1):
                continue
            return False
        return True

    def _licensed(
        self, senses: tuple[Sense, ...], toks: Sequence[Token], words: Sequence[int], w: int,
        last: int,
    ) -> tuple[KBEntry, ...]:
        """The entries a match may refer to (see the guards in the module docstring).
        Senses licensed by a cue come first: the cue is specific evidence; a dateline or a
        fronted frame of place (:func:`_locative_slot`) licenses a place as a cue does."""
        prev = self._previous_words(toks, words, w)
        if _locative_slot(toks, words[w], last):
            prev = [*prev, "مدينه"]
        after_particle = bool(prev) and (prev[0] in _NAME_PARTICLES or any(
            form in _FAMILY_NOUNS for _, form in proclitic_readings(prev[0])))
        if not after_particle and not any(s.needs_cue for s in senses):
            return tuple(s.entry for s in senses)
        cued: list[KBEntry] = []
        plain: list[KBEntry] = []
        for s in senses:
            if after_particle and s.entry.type in _NAME_PARTICLE_TYPES:
                continue
            if not s.needs_cue:
                plain.append(s.entry)
            elif self._has_cue(prev, self._cues.get(s.entry.type, frozenset())):
                cued.append(s.entry)
        return (*cued, *plain)

    def _previous_words(self, toks: Sequence[Token], words: Sequence[int], w: int) -> list[str]:
        """The word before position ``w`` (quotes may intervene), and the one before that
        when the first is a nationality adjective (الرئيس السوري الأسد)."""
        out: list[str] = []
        i = words[w] - 1
        while i >= 0 and len(out) < 2:
            t = toks[i]
            if t.kind in _NAME_KINDS:
                out.append(t.norm)
                if t.norm not in self._norp_keys:
                    break
            elif t.norm not in _QUOTES:
                break
            i -= 1
        return out

    @staticmethod
    def _has_cue(prev: list[str], cues: frozenset[str]) -> bool:
        return any(form in cues for word in prev for _, form in proclitic_readings(word))


#: Dashes and the agency bracket a dateline's place name is followed by (الناصرية - ،
#: أم درمان (رويترز) -).
_DATELINE_NEXT = frozenset({"-", "–", "—", "("})


def _locative_slot(toks: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name from token ``first`` to ``last`` stands where only a place stands:
    a wire dateline (the text's first word, then a dash or the agency's bracket: الناصرية -
    فرقت …) or a fronted frame of place (وفي الناصرية، اقتحم محتجون …: في opening its
    sentence, a comma after the name). A name that needs a cue (common_words.tsv: الناصرية
    is also "the Nasserist") is then a place, as after مدينة."""
    nxt = toks[last + 1].norm if last + 1 < len(toks) else ""
    if first == 0:
        return nxt in _DATELINE_NEXT
    if toks[first - 1].norm not in ("في", "وفي") or nxt not in (",", "،"):
        return False
    before = toks[first - 2] if first > 1 else None
    return before is None or (before.kind == "punct" and before.norm in (".", "\n"))


def _top_prominence(senses: tuple[Sense, ...]) -> int:
    return prominence(senses[0].entry) if senses else -1


def _match(
    text: str, first: Token, last: Token, key: str, entries: tuple[KBEntry, ...], skip: int
) -> GazetteerMatch:
    start = first.start
    if skip:
        start += clitic_offset(first.text, skip)
    span = Span(start, last.end, text[start : last.end])
    return GazetteerMatch(span, entries, key, first.norm[:skip])


def disambiguate(matches: Sequence[GazetteerMatch]) -> list[Resolution]:
    """Choose one entry per match, using the document's other names as context.

    Every match whose readings all lie in one country votes for that country (كازاخستان,
    موسكو, الروسي, بوتين). An ambiguous name then takes the reading in the country with
    most votes (طرابلس near لبنان → Tripoli, Lebanon), else its prior (curated default,
    then prominence: طرابلس alone → Tripoli, Libya). Context never picks a reading far
    less prominent than the prior (:data:`CONTEXT_MAX_PROMINENCE_GAP`: موسكو next to
    واشنطن stays Moscow, Russia). A second round lets names resolved by
    context vote too, so one clear mention can settle a chain of ambiguous ones.
    """
    if not matches:
        return []  # most comments and many paragraphs name nothing: no counters to build
    votes: Counter[str] = Counter()
    for m in matches:
        c = _single_country(m.entries)
        if c:
            votes[c] += 1
    chosen: list[tuple[KBEntry, Reason]] = [_choose(m, votes) for m in matches]
    extra = Counter(e.country for (e, r) in chosen if r == "context" and e.country)
    if extra:
        votes.update(extra)
        chosen = [
            (e, r) if r != "prior" else _choose(m, votes)
            for m, (e, r) in zip(matches, chosen, strict=True)
        ]
    return [Resolution(m, e, r) for m, (e, r) in zip(matches, chosen, strict=True)]


def _single_country(entries: Iterable[KBEntry]) -> str | None:
    countries = {e.country for e in entries}
    return next(iter(countries)) if len(countries) == 1 else None


def _choose(m: GazetteerMatch, votes: Counter[str]) -> tuple[KBEntry, Reason]:
    if len(m.entries) == 1 or _single_country(m.entries) is not None:
        return m.entries[0], "unambiguous"
    floor = prominence(m.entries[0]) / CONTEXT_MAX_PROMINENCE_GAP
    eligible = [e for e in m.entries if prominence(e) >= floor]
    best = max(eligible, key=lambda e: votes[e.country] if e.country else 0)
    if best.country and votes[best.country] > 0:
        return best, "context"
    return m.entries[0], "prior"
