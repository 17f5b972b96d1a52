"""Qur'an verses and hadith-like quotes inside reader comments (issue 6).

A commenter who quotes scripture is not speaking in their own words: the stance, sentiment
and toxicity readers skip these spans. ``ScriptureFinder.find(text, offset)`` returns them as
``ScriptureQuote`` with document offsets (``offset`` is where ``text`` starts in the
document; the span's text is always the original slice, diacritics and all).

Qur'an: the verse text comes from the ``quran-text`` package (0.1.0, CC BY 4.0, Ḥafṣ with
its imlāʾī spelling; see rasd.comments.scripture_text). A quote is a run of consecutive
comment words whose loose keys follow the muṣḥaf word for word, across verse ends within
one sūrah (reference ``2:255-256``), tolerating one extra, missing or misspelled word per
EDIT_EVERY matched words, words split or joined differently (يا أيها / ياأيها) and a
conjunction و/ف added or dropped. It must have MIN_WORDS words of which MIN_CONTENT_WORDS
are not function words, unless the reader announces it (``قال تعالى``, ﴿): then
MIN_WORDS_CUED words are enough. Everyday formulae that are also Qur'anic wording
(data/scripture/formulae.tsv: the basmala alone, ``إنا لله وإنا إليه راجعون`` …) are the
reader's own idiom and are not reported unless announced or extended beyond the formula.
``coverage`` is the share of the covered verses' words that the quote matched.

Hadith-like quotes are found by their formulae only (rasd.comments.scripture_hadith).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from rasd.comments.scripture_hadith import find_hadith
from rasd.comments.scripture_text import (
    SEED_WORDS,
    VerseIndex,
    Words,
    load_index,
    seed_key,
    word_key,
)
from rasd.datafiles import tsv_rows
from rasd.model import ScriptureQuote, Span

log = logging.getLogger(__name__)

#: Fewest matched words for a quote. Three-word runs are everyday speech that happens to be
#: Qur'anic (``إن شاء الله``, ``في سبيل الله``, ``يوم القيامة``, ``من دون الله``).
MIN_WORDS = 4
#: Fewest matched words that are not function words (data/scripture/function_words.tsv).
#: On 3,000 news articles every false hit at four words was a run of particles around one
#: or two nouns (``ما يكون إلى أن``, ``في سبيل الله قد``, ``في هذه الحياة الدنيا``).
MIN_CONTENT_WORDS = 3
#: After an explicit cue (``قال تعالى``, ``قال الله``, an ornate bracket ﴿) three words are
#: enough: the commenter says they are quoting.
MIN_WORDS_CUED = 3
#: How far (characters) before a match a cue may end: a colon, a quote mark, spaces.
CUE_WINDOW = 6
#: One edit (an extra, a missing or a misspelled word) is allowed per this many matched
#: words, so a long quote may carry a few slips but a short one must be exact.
EDIT_EVERY = 4
#: An edit is accepted only when this many words after it match again.
RESYNC_WORDS = 2
#: A seed n-gram found at more places than this is not tried everywhere (only a handful of
#: particle trigrams are this common, and the first places give the same extension).
MAX_CANDIDATES = 300
#: Keys of يا and ها, which comments write apart from the next word where the muṣḥaf
#: joins them (يا أيها / ياأيها, ها أنتم / هاأنتم).
_VOCATIVE = frozenset(("ي", "ه"))
_CONJ = "وف"

_CUES = ("قال تعالى", "قال الله تعالى", "قال الله", "قوله تعالى", "يقول تعالى", "يقول الله",
         "قال عز وجل", "قال سبحانه", "قال الله عز وجل", "يقول الحق", "قال الحق",
         "قال جل وعلا", "يقول سبحانه", "قال سبحانه وتعالى", "يقول سبحانه وتعالى")


@dataclass(frozen=True, slots=True)
class _Match:
    start_word: int
    end_word: int
    first_pos: int
    end_pos: int
    matched: int


class ScriptureFinder:
    """Finds Qur'an verses (with ``surah:ayah``) and hadith-like quotes in a text."""

    def __init__(self, index: VerseIndex, formulae: frozenset[tuple[str, ...]],
                 function_words: frozenset[str]) -> None:
        self._index = index
        self._formulae = formulae
        self._function = function_words
        self._cues = tuple(" ".join(word_key(w) for w in c.split()) for c in _CUES)

    @classmethod
    @lru_cache(maxsize=1)  # one finder per process (bounded: tests/test_caches.py)
    def load(cls) -> ScriptureFinder:
        """The finder over the bundled muṣḥaf, built once per process."""
        return cls(load_index(), _load_formulae(), _load_function_words())

    def find(self, text: str, offset: int = 0) -> tuple[ScriptureQuote, ...]:
        """Scripture quotes in ``text``, in text order, spans shifted by ``offset``."""
        words = Words(text)
        if len(words) < MIN_WORDS_CUED:
            return ()
        quotes = self._quran(words, offset)
        taken = [(q.span.start, q.span.end) for q in quotes]
        for h in find_hadith(words, offset):
            if not any(h.span.start < e and s < h.span.end for s, e in taken):
                quotes.append(h)
        return tuple(sorted(quotes, key=lambda q: q.span.start))

    # -- Qur'an ------------------------------------------------------------------------

    def _quran(self, words: Words, offset: int) -> list[ScriptureQuote]:
        keys = words.keys
        index = self._index
        seeds = list(map(" ".join, zip(*(keys[k:] for k in range(SEED_WORDS)), strict=False)))
        # The cheap gate: one set intersection in C says whether any trigram is Qur'anic.
        vocative = _VOCATIVE.intersection(keys)
        if index.first.keys().isdisjoint(seeds) and not vocative:
            return []
        first = index.first
        hits = [i for i, s in enumerate(seeds) if s in first]
        if vocative:
            hits = sorted({*hits, *(i for i, k in enumerate(keys[:-SEED_WORDS])
                                     if k in vocative)})
        out: list[ScriptureQuote] = []
        done = 0
        for i in hits:
            if i < done:
                continue
            candidates = index.seeds(seeds[i])
            if not candidates and keys[i] in vocative:
                # The vocative written apart (يا أيها) where the muṣḥaf joins it (ياأيها).
                candidates = index.seeds(seed_key([keys[i] + keys[i + 1], *keys[i + 2:]], 0))
            match = self._best(keys, i, candidates, done) if candidates else None
            if match is not None and self._accept(words, match):
                out.append(self._quote(words, offset, match))
                done = match.end_word
        return out

    def _best(self, keys: list[str], i: int, candidates: list[int],
              floor: int) -> _Match | None:
        best: _Match | None = None
        best_cov = -1.0
        for p in candidates[:MAX_CANDIDATES]:
            m = self._extend(keys, i, p, floor)
            cov = self._coverage(m)
            if best is None or (m.matched, cov) > (best.matched, best_cov):
                best, best_cov = m, cov
        return best

    def _extend(self, keys: list[str], i: int, p: int, floor: int) -> _Match:
        """Follow the muṣḥaf from position ``p`` along the comment from word ``i`` (the
        word before ``i`` may join the match unless it is before ``floor``)."""
        q = self._index.keys
        stop = self._index.surah_end[p]
        n = len(keys)
        ci, qi, matched, edits = i, p, 0, 0
        good = (ci, qi)
        while ci < n and qi < stop:
            if keys[ci] == q[qi] or _clitic(keys[ci], q[qi]):
                ci, qi, matched = ci + 1, qi + 1, matched + 1
                good = (ci, qi)
                continue
            # A word split or joined differently (يا أيها / ياأيها) is not an edit.
            if qi + 1 < stop and keys[ci] == q[qi] + q[qi + 1]:
                ci, qi, matched = ci + 1, qi + 2, matched + 2
                good = (ci, qi)
                continue
            if ci + 1 < n and keys[ci] + keys[ci + 1] == q[qi]:
                ci, qi, matched = ci + 2, qi + 1, matched + 1
                good = (ci, qi)
                continue
            if edits >= matched // EDIT_EVERY:
                break
            step = self._resync(keys, ci, qi, stop)
            if step is None:
                break
            ci, qi = ci + step[0], qi + step[1]
            edits += 1
        # The word before the seed may differ by a conjunction (لا تحسبن / ولا تحسبن).
        if (i > floor and p > 0 and self._index.surah_end[p - 1] == stop
                and _clitic(keys[i - 1], q[p - 1])):
            return _Match(i - 1, good[0], p - 1, good[1], matched + 1)
        return _Match(i, good[0], p, good[1], matched)

    def _resync(self, keys: list[str], ci: int, qi: int, stop: int) -> tuple[int, int] | None:
        """Comment/muṣḥaf steps after which RESYNC_WORDS words match again: a misspelled
        word (1, 1), an extra comment word (1, 0), a missing verse word (0, 1)."""
        q = self._index.keys
        for dc, dq in ((1, 1), (1, 0), (0, 1)):
            a, b = ci + dc, qi + dq
            if b + RESYNC_WORDS > stop or a + RESYNC_WORDS > len(keys):
                continue
            if keys[a:a + RESYNC_WORDS] == q[b:b + RESYNC_WORDS]:
                return dc, dq
        return None

    def _coverage(self, m: _Match) -> float:
        idx = self._index
        first, last = idx.verse_of[m.first_pos], idx.verse_of[m.end_pos - 1]
        total = idx.verse_starts[last + 1] - idx.verse_starts[first]
        return min(1.0, m.matched / total) if total else 0.0

    def _accept(self, words: Words, m: _Match) -> bool:
        if m.matched < MIN_WORDS_CUED:
            return False
        if self._cued(words, m.start_word):
            return True
        span_keys = tuple(words.keys[m.start_word:m.end_word])
        if m.matched < MIN_WORDS or self._formula(span_keys):
            return False
        content = sum(1 for k in span_keys if not self._is_function(k))
        return content >= MIN_CONTENT_WORDS

    def _formula(self, span: tuple[str, ...]) -> bool:
        """Whether the match stays inside an everyday formula (a leading و/ف aside)."""
        first = span[0]
        variants = [span]
        if len(first) > 1 and first[0] in _CONJ:
            variants.append((first[1:], *span[1:]))
        return any(_contains(f, v) for f in self._formulae for v in variants)

    def _is_function(self, key: str) -> bool:
        return key in self._function or (key[0] in _CONJ and key[1:] in self._function)

    def _cued(self, words: Words, i: int) -> bool:
        start = words.span(i)[0]
        if "﴿" in words.text[max(0, start - CUE_WINDOW):start]:
            return True
        if i == 0 or start - words.span(i - 1)[1] > CUE_WINDOW:
            return False
        tail = " ".join(words.keys[max(0, i - 5):i])
        return any(tail.endswith(c) for c in self._cues)

    def _quote(self, words: Words, offset: int, m: _Match) -> ScriptureQuote:
        idx = self._index
        start, end = words.span(m.start_word)[0], words.span(m.end_word - 1)[1]
        first, last = idx.verse_of[m.first_pos], idx.verse_of[m.end_pos - 1]
        surah, ayah = idx.verse_refs[first]
        ref = f"{surah}:{ayah}"
        if last != first:
            ref += f"-{idx.verse_refs[last][1]}"
        span = Span(offset + start, offset + end, words.text[start:end])
        return ScriptureQuote(span=span, source="quran", reference=ref,
                              coverage=round(self._coverage(m), 3))


def _clitic(a: str, b: str) -> bool:
    """Whether two keys differ only by a leading conjunction و or ف on one side."""
    if len(a) == len(b) + 1 and a[0] in _CONJ:
        return a[1:] == b
    if len(b) == len(a) + 1 and b[0] in _CONJ:
        return b[1:] == a
    return False


def _contains(formula: tuple[str, ...], span: tuple[str, ...]) -> bool:
    """Whether ``span`` is a contiguous part of ``formula``."""
    n = len(span)
    return any(formula[k:k + n] == span for k in range(len(formula) - n + 1))


def _load_formulae() -> frozenset[tuple[str, ...]]:
    rows = tsv_rows("rasd.data.scripture", "formulae.tsv")
    return frozenset(tuple(word_key(w) for w in row[0].split()) for _, row in rows)


def _load_function_words() -> frozenset[str]:
    rows = tsv_rows("rasd.data.scripture", "function_words.tsv")
    return frozenset(word_key(w) for _, row in rows for w in row[0].split())
