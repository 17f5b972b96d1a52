"""Attributes of one proposed event for the candidate filter
(:mod:`rasd.events.learned.candidate_filter`).

The rule extractor proposes events from trigger words; on news it was not tuned on, about one
in three of them is not an event of the gold's type (a sports page's ``اغتال``, a novel's
``الحصار``, a toll retold as a second act). The filter sees each candidate as a bag of binary
attributes:

* what fired: the trigger's normalised words, its type and mode, the row's weight;
* the words around the trigger (normalised, up to :data:`WINDOW` each side, within its
  sentence), by position and as a bag, and the same words conjoined with the type;
* what the rules found for it: actor, recipient, place (and from where), date basis, tolls,
  attribution, flags, how many retellings were merged into it;
* where it stands: title or body, sentence index, inside guillemets, after a speech verb;
* the cue words the modifiers already know (negation, future, hypothetical, attribution,
  sports and other page domains) in the sentence, and how many candidates share it.

What the model reads (:func:`model_view`, for new rows and the blind bank's stored rows
alike) pools the number words of word attributes into ``#n``/``#approx`` and conjoins where
the candidate stands and what the rules found for it with its type.

Changing the attributes changes what the shipped model means: bump :data:`FEATURE_VERSION`
and retrain (``rasd train events``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from typing import Final

from rasd.caches import word_cache
from rasd.events.lexicon import modifiers
from rasd.model import Document, Event
from rasd.text.normalize import normalize_key
from rasd.text.number_grammar import number_lexicon
from rasd.text.tokens import Token, document_tokens

#: Written into the model card; the filter refuses a model of another version. 4: the
#: relations to the page's other candidates (rasd.events.learned.filter_relations) join.
FEATURE_VERSION: Final = 4
#: Context words each side of the trigger (the brief's +-3: wider windows reach the next
#: clause's act and only add noise on a few hundred training rows).
WINDOW: Final = 3
#: Characters looked at each side of the trigger to find WINDOW words (Arabic news words
#: average 5-6 letters with their clitics; 60 leaves room for punctuation and numbers).
REACH: Final = 60
#: Sentence-index buckets: lead sentence, second, later (news puts the main act first).
LATE_SENTENCE: Final = 2
#: Modifier kinds whose cue words are attributes (the others are phrase-level and already
#: act through the flags): the page domains (sports, economy ...) are added by name.
CUE_KINDS: Final = frozenset({"negation", "denial", "foiled", "future", "hypothetical",
                              "attribution", "embed", "generic", "result"})
_END = re.compile(r"[.!?؟\n]")
_DIGITS = re.compile(r"[0-9٠-٩][0-9٠-٩.,٫٬]*")
#: Attributes whose value is one word (or, for ``trig=``, words) of the text.
_WORD_ATTR = re.compile(r"(?:L\d|R\d|ctx|tw|trig|[A-Z]+\|ctx)=")
_CONJ = ("و", "ف")


def _strip(w: str) -> str:
    """A normalised word without a fused conjunction (وقتلت → قتلت): the conjunction says
    nothing about the act and splits the few training rows."""
    return w[1:] if len(w) > 3 and w.startswith(_CONJ) else w


@cache
def cue_words() -> dict[str, frozenset[str]]:
    """Normalised word (with and without a fused و/ف) → the modifier kinds (or page
    domains) it is a cue word of."""
    out: dict[str, set[str]] = {}
    for mod in modifiers():
        kind = mod.effect if mod.kind == "domain" else mod.kind
        if mod.kind != "domain" and mod.kind not in CUE_KINDS:
            continue
        for form in mod.forms:
            for word in form:
                w = _strip(normalize_key(word))
                for key in (w, *((c + w for c in _CONJ) if len(w) >= 3 else ())):
                    out.setdefault(key, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


@word_cache  # one entry per word type met: bounded like the stages' other word caches
def number_class(word: str) -> str | None:
    """``#n`` for a count or an ordinal (digits or a number word), ``#approx`` for a vague
    count (عشرات، مئات، بضعة), else None. A count's value says nothing about whether an act
    is an event, its being a count — or a vague one — may; unpooled, ``ctx=العشرات`` learnt
    from a handful of retold tolls weighs like a word of its own."""
    if _DIGITS.fullmatch(word):
        return "#n"
    info = number_lexicon().words.get(word)
    if info is None:
        return None
    return "#approx" if info.high is not None else "#n"


def pooled(attrs: dict[str, float]) -> dict[str, float]:
    """``attrs`` with the number words of word attributes replaced by their class (applied
    to new rows and to the bank's stored rows alike, so old trees' attributes match)."""
    out: dict[str, float] = {}
    for name, value in attrs.items():
        m = _WORD_ATTR.match(name)
        if m is not None:
            words = name[m.end():].split(" ")
            name = m.group() + " ".join(number_class(w) or w for w in words)
        out[name] = value
    return out


#: Attributes of where a candidate stands and what the rules found for it whose meaning
#: depends on the type (a late sentence is background for a meeting, not for a strike; a
#: civilian actor is odd for an air strike, not for a protest): each is also conjoined with
#: the candidate's type, so a linear model can weigh it per type.
TYPED: Final = ("actor_sector=", "date=", "place=", "sentence=", "where=", "has_actor=",
                "has_recipient=", "has_attribution=", "cue=", "in_guillemets", "evidence=",
                "same_sentence=", "flag=")


def model_view(attrs: dict[str, float]) -> dict[str, float]:
    """What the model reads of a row: :func:`pooled`, plus the :data:`TYPED` attributes
    conjoined with the type (applied to new rows and to the bank's stored rows alike)."""
    out = pooled(attrs)
    kind = next((a[5:] for a in out if a.startswith("type=")), None)
    if kind is not None:
        _conjoin_type(out, kind)
    return out


def _conjoin_type(attrs: dict[str, float], kind: str) -> None:
    """Add each :data:`TYPED` attribute of ``attrs`` conjoined with the type ``kind``."""
    for name in [a for a in attrs if a.startswith(TYPED)]:
        attrs[f"{kind}|{name}"] = attrs[name]


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def _start(t: Token) -> int:
    return t.start


def _between(toks: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """The tokens lying in ``[start, end)`` (tokens are in text order)."""
    i = bisect_left(toks, start, key=_start)
    j = bisect_left(toks, end, lo=i, key=_start)
    return toks[i:j]


_norm_of = attrgetter("norm")


def _words(toks: Sequence[Token]) -> list[str]:
    # Pooled here as :func:`pooled` pools stored rows: same attributes, without a second
    # pass over every attribute name of every candidate.
    return [number_class(w) or w for w in (_strip(t.norm) for t in toks if t.kind != "punct")]


def candidate_features(doc: Document, events: Sequence[Event]) -> list[dict[str, float]]:
    """One attribute dict per event of ``events`` (the extractor's candidates of ``doc``).
    The tokens are the extractor's own (:func:`document_tokens` keeps the last texts)."""
    text = doc.text
    toks = document_tokens(text)
    undated = doc.published.date is None
    cues = cue_words()
    per_sentence = Counter((e.evidence[0].start, e.evidence[0].end) for e in events)
    body_start = doc.title.end if doc.title is not None else 0
    ends = [m.start() for m in _END.finditer(text, body_start)]
    # Counted per distinct word (the C counter over the page's words), then per cue kind;
    # kinds come first in the order of their first word on the page, as a count token by
    # token would list them (the features keep that order).
    page_kinds: Counter[str] = Counter()
    counts = Counter(map(_norm_of, toks))
    for norm in filter(cues.__contains__, counts):  # in C: most words are no cue
        n = counts[norm]
        for k in cues[norm]:
            page_kinds[k] += n
    page = {f"page_{k}={_bucket(n, 3)}": 1.0 for k, n in page_kinds.items()}
    page[f"types={_bucket(len({e.type for e in events}), 4)}"] = 1.0
    firsts: dict[str, int] = {}
    for e in sorted(events, key=lambda x: x.trigger.start):
        firsts.setdefault(e.type, e.trigger.start)
    sentence_cues: dict[tuple[int, int], set[str]] = {}
    out: list[dict[str, float]] = []
    for e in events:
        t, sent = e.trigger, e.evidence[0]
        f: dict[str, float] = {"bias": 1.0, f"type={e.type}": 1.0,
                               f"mode={e.type}/{e.mode or '-'}": 1.0}
        trig = _words(_between(toks, t.start, t.end))
        f["trig=" + " ".join(trig)] = 1.0
        for w in trig:
            f["tw=" + w] = 1.0
        left = _words(_between(toks, max(sent.start, t.start - REACH), t.start))[-WINDOW:]
        right = _words(_between(toks, t.end, min(sent.end, t.end + REACH)))[:WINDOW]
        for i, w in enumerate(reversed(left), 1):
            f[f"L{i}={w}"] = 1.0
        for i, w in enumerate(right, 1):
            f[f"R{i}={w}"] = 1.0
        for w in left + right:
            f["ctx=" + w] = 1.0
            f[f"{e.type}|ctx={w}"] = 1.0
        key = (sent.start, sent.end)
        if key not in sentence_cues:
            sentence_cues[key] = {k for norm in filter(cues.__contains__, map(
                _norm_of, _between(toks, sent.start, sent.end))) for k in cues[norm]}
        for kind in sentence_cues[key]:
            f["cue=" + kind] = 1.0
        for name, value in (("actor", e.actor), ("recipient", e.recipient),
                            ("attribution", e.attribution), ("killed", e.killed),
                            ("injured", e.injured), ("arrested", e.arrested)):
            f[f"has_{name}={value is not None}"] = 1.0
        if e.actor is not None and e.actor.sector:
            f["actor_sector=" + e.actor.sector] = 1.0
        f["place=" + (e.place.basis if e.place is not None else "none")] = 1.0
        # Without a publication date an undated act has basis "none" where a dated page
        # gives it "published"; every training page is dated, so "none" there means a
        # sentence the rules could not date at all, a strong drop cue an undated page
        # (a text dump, a crawl record without a date) must not inherit.
        basis = e.date_basis
        if basis == "none" and undated:
            basis = "published"
        f["date=" + basis] = 1.0
        for flag in ("negated", "denied", "future", "hypothetical"):
            if getattr(e, flag):
                f["flag=" + flag] = 1.0
        f["evidence=" + _bucket(len(e.evidence), 3)] = 1.0
        f["same_sentence=" + _bucket(per_sentence[key], 3)] = 1.0
        f["events=" + _bucket(len(events), 5)] = 1.0
        if doc.title is not None and doc.title.start <= t.start < doc.title.end:
            f["where=title"] = 1.0
        else:
            f["sentence=" + _bucket(bisect_left(ends, t.start), LATE_SENTENCE)] = 1.0
        if text.count("«", sent.start, t.start) > text.count("»", sent.start, t.start):
            f["in_guillemets"] = 1.0
        f[f"conf={round(e.confidence, 1)}"] = 1.0
        f.update(page)
        if firsts[e.type] < e.trigger.start:
            f["repeat_type"] = 1.0
            f[f"repeat_type={e.type}"] = 1.0
        _conjoin_type(f, e.type)
        out.append(f)
    return out
