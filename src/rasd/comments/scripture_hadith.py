"""Hadith-like quotes in comments, recognised by their formulae (no hadith collection is
bundled, so the reference is always None).

Two kinds of cue, listed in data/scripture/hadith_cues.tsv:

- an *opening* cue names the Prophet as speaker: ``قال رسول الله صلى الله عليه وسلم``,
  ``يقول النبي ﷺ``, ``عن النبي ﷺ أنه قال``, ``وفي الحديث``;
- a *closing* cue names the collector after the words: ``رواه البخاري``, ``متفق عليه``.

Span rule: the span covers the quoted words only, never the cue (the cue is the reader's
own words of introduction; the honorific is not an opinion either way). After an opening
cue the quote is the text between quote marks when one opens right after the cue, else the
words up to the end of the sentence (. ! ? ؟ or a line break) or up to a closing cue. Before
a closing cue with no opening cue, the quote is the sentence (or the quoted text) right
before it. Quotes shorter than MIN_HADITH_WORDS are dropped, longer ones are cut at
MAX_HADITH_WORDS. With no text to compare against, ``coverage`` is 1.0 (the quoted words
are taken whole).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate

from rasd.comments.scripture_text import Words, strict_key, word_key
from rasd.datafiles import tsv_rows
from rasd.model import ScriptureQuote, Span

#: A cue followed by a single word is a mention ("قال النبي ذلك"), not a quotation.
MIN_HADITH_WORDS = 2
#: Longest quote taken after a cue when no sentence end comes: hadith texts cited in
#: comments are rarely longer; past this the reader is usually speaking again.
MAX_HADITH_WORDS = 40

#: How many words after a cue a quotation mark may still open the quoted words.
QUOTE_LOOKAHEAD = 8

_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: Marks that open a quotation and nothing else (a parenthesis may open an aside).
_STRONG_OPENERS = "«\"“"
_OPENERS = {"«": "»", '"': '"', "“": "”", "'": "'", "(": ")", "„": "“"}


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Opening and closing cue regexes over the space-joined loose keys of a text."""
    groups: dict[str, list[str]] = {}
    for _, row in tsv_rows("rasd.data.scripture", "hadith_cues.tsv"):
        groups.setdefault(row[0], []).append(row[1])

    def alt(name: str) -> str:
        phrases = sorted(groups[name], key=len, reverse=True)
        keys = (" ".join(re.escape(strict_key(w)) for w in p.split()) for p in phrases)
        return "(?:" + "|".join(keys) + ")"

    speaker = f"{alt('speaker')}(?: {alt('epithet')})?(?: {alt('honorific')})?"
    opening = (f"(?:{alt('verb')} {speaker}(?: {alt('that')})?"
               f"|{alt('from')} {speaker}(?: {alt('that')})?(?: {alt('verb')})?"
               f"|{speaker} {alt('verb')}"
               f"|{alt('hadith')})")
    closing = alt("closing")
    edge = r"(?<![^ ]){}(?![^ ])"
    return re.compile(edge.format(opening)), re.compile(edge.format(closing))


#: Every cue holds one of these keys (checked first: most comments name no hadith).
_ANCHORS = tuple(word_key(w) for w in (
    "رسول", "الرسول", "النبي", "نبينا", "المصطفى", "ﷺ", "صلعم", "الحديث", "رواه", "متفق",
    "أخرجه", "حديث"))


def find_hadith(words: Words, offset: int = 0) -> list[ScriptureQuote]:
    """Hadith-like quotes among ``words`` (spans shifted by ``offset``), in text order."""
    if len(words) < MIN_HADITH_WORDS + 1:
        return []
    joined = " ".join(words.keys)
    if not any(a in joined for a in _ANCHORS):
        return []
    opening, closing = _cue_patterns()
    keys = words.strict_keys()
    joined = " ".join(keys)
    # Character offset in ``joined`` of each word: regex hits are mapped back to words.
    starts = [0, *accumulate(len(k) + 1 for k in keys)][:-1]
    closers = [bisect_right(starts, m.start()) - 1 for m in closing.finditer(joined)]
    out: list[tuple[int, int]] = []
    for m in opening.finditer(joined):
        first = bisect_right(starts, m.end() - 1)
        if first < len(words):
            span = _after_cue(words, first, closers)
            if span:
                out.append(span)
    for c in closers:
        if c and not any(s <= c - 1 < e for s, e in out):
            span = _before_closer(words, c)
            if span:
                out.append(span)
    quotes = []
    for s, e in sorted(set(out)):
        a, b = words.span(s)[0], words.span(e - 1)[1]
        quotes.append(ScriptureQuote(span=Span(offset + a, offset + b, words.text[a:b]),
                                     source="hadith", reference=None, coverage=1.0))
    return quotes


def _after_cue(words: Words, first: int, closers: list[int]) -> tuple[int, int] | None:
    gap = words.gap(first)
    if _SENTENCE_END.search(gap):
        return None  # "كما جاء في الحديث." closes a sentence; what follows is not quoted
    opener = next((c for c in reversed(gap) if c in _OPENERS), None)
    if opener is None:
        # "قال النبي ﷺ ذات يوم: «…»": the words quoted open a few words after the cue.
        for k in range(first + 1, min(first + QUOTE_LOOKAHEAD, len(words))):
            between = words.gap(k)
            if _SENTENCE_END.search(between):
                break
            mark = next((c for c in reversed(between) if c in _STRONG_OPENERS), None)
            if mark:
                first, opener = k, mark
                break
    end = first
    while end < len(words) and end - first < MAX_HADITH_WORDS:
        if end > first:
            between = words.gap(end)
            if opener and _OPENERS[opener] in between:
                break
            if not opener and _SENTENCE_END.search(between):
                break
        if end in closers:
            break
        end += 1
    return (first, end) if end - first >= MIN_HADITH_WORDS else None


def _before_closer(words: Words, closer: int) -> tuple[int, int] | None:
    mark = next((c for c in words.gap(closer) if c in _OPENERS.values()), None)
    openers = {o for o, c in _OPENERS.items() if c == mark}
    start = closer - 1
    while start > 0 and closer - start < MAX_HADITH_WORDS:
        between = words.gap(start)
        if any(o in between for o in openers) if mark else _SENTENCE_END.search(between):
            break
        start -= 1
    return (start, closer) if closer - start >= MIN_HADITH_WORDS else None
