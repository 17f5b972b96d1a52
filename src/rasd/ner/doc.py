"""Document-level NER features: what the rest of the text says about the same word.

A news article names its people and organisations in full once (``بان كي مون``, after a
title, inside a gazetteer match) and then repeats a short form bare (``بان``), where the
sentence alone gives the model little to go on. These features carry the evidence of the
word's OTHER occurrences in the same text to each occurrence:

  ``dg=PER``   another occurrence lies inside a gazetteer match of that type;
  ``dp=TITLE`` another occurrence follows a word of that trigger/name class (``الرئيس``,
               a given name, ``نادي``), and ``dq=...`` for the class of the word after it;
  ``dn=2``     how often the word's base occurs in the text (1, 2, 3-4, 5+), and ``dr=2``
               the same for words the cluster corpus found rare (a rare word repeated in one
               article is very likely its subject's name).

Only plain evidence is used (the gazetteer, the trigger lists, counts), never the model's
own output, so one CRF pass suffices and training sees exactly what tagging sees. The
"text" is what the tagger is given: a whole article at run time, a block of consecutive
sentences in training and evaluation (:data:`CONTEXT_SENTENCES`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, count
from typing import Final

from rasd.ner.triggers import TriggerLexicon
from rasd.ner.words import Word

#: Consecutive corpus sentences joined (by newlines) into one text for training and
#: evaluation. ANERcorp marks no article boundaries: its ~150k tokens come from 316
#: articles (Benajiba et al. 2007), ~475 tokens each, and its sentences average ~31 tokens
#: (125,114 tokens in 4,072 sentences in the CAMeL train span), so ~15 sentences make an
#: article. Chosen from these counts; on the dev split a larger block scores a little
#: higher (more repeats to draw on), which would flatter the figure for one-article input.
CONTEXT_SENTENCES: Final = 15

#: Words this short are particles or initials; their repeats say nothing about names.
MIN_BASE_LETTERS: Final = 3

#: Trigger classes that never mark a name's context (function words, topics).
_SKIP_CLASSES: Final = frozenset({"STOP"})
_SKIP_PREFIX: Final = "TOPIC_"


def _count_bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3" if n <= 4 else "5"


def context_classes(lexicon: TriggerLexicon, word: Word) -> tuple[str, ...]:
    """The trigger/name-list classes of ``word`` that can mark a name's context."""
    return context_of(lexicon.classes_of(word.norm, word.base))


def context_of(classes: tuple[str, ...]) -> tuple[str, ...]:
    """Those of a word's trigger classes (``TriggerLexicon.classes_of``) that can mark a
    name's context: for a caller that has looked the classes up already."""
    if not classes:
        return classes  # most words: no class at all
    return tuple(c for c in classes if c not in _SKIP_CLASSES and not c.startswith(_SKIP_PREFIX))


def word_key(word: Word, classes: tuple[str, ...]) -> str | None:
    """The key a word's occurrences are pooled under (its base), or ``None`` for words
    whose repeats say nothing: short ones, non-letters and lexicon words. (Pooling the
    name-list words too — given names, clubs — lowered dev F1 by a point: a given name
    repeated in an article is often a different person.)"""
    base = word.base
    if len(base) >= MIN_BASE_LETTERS and base.isalpha() and not classes:
        return base
    return None


def document_features(
    keys: Sequence[str | None],
    classes: Sequence[tuple[str, ...]],
    gazetteer: Sequence[str | None] | None,
    clusters: dict[str, tuple[str, str]],
) -> list[list[str]]:
    """One list of document-level features per word of the text (see the module doc).

    ``keys`` and ``classes`` hold each word's :func:`word_key` and
    :func:`context_classes` (the feature extractor caches them per distinct word).
    Words with the same features share ONE list (every occurrence of a key but those with
    evidence of their own): read the lists, never change them.
    """
    n = len(keys)
    counts: Counter[str | None] = Counter(keys)  # counted in C; None is no key
    counts.pop(None, None)
    repeated = {key for key, count in counts.items() if count > 1 and key is not None}
    # Per repeated word key: the count of each evidence string over all its occurrences; each
    # position then subtracts its own evidence, so only OTHER occurrences count. A word
    # seen once has no other occurrence, and evidence comes only from a gazetteer label on
    # the word or a class on a neighbour: only those positions are looked at, in text
    # order (the order evidence is listed in), not every word of the text.
    evidence: dict[str, dict[str, int]] = {}
    own: dict[int, tuple[str, tuple[str, ...]]] = {}  # position: its key, its evidence
    marked = list(compress(count(), classes))  # the words with a class, found in C
    sources = {j + 1 for j in marked} | {j - 1 for j in marked}
    if gazetteer is not None and gazetteer.count(None) < n:
        sources.update(j for j, label in enumerate(gazetteer) if label is not None)
    for i in sorted(sources):
        key = keys[i] if 0 <= i < n else None
        if key not in repeated:
            continue
        found: list[str] = []
        if gazetteer is not None and gazetteer[i] is not None:
            found.append("dg=" + str(gazetteer[i])[2:])
        if i > 0 and classes[i - 1]:
            found.extend("dp=" + c for c in classes[i - 1])
        if i + 1 < n and classes[i + 1]:
            found.extend("dq=" + c for c in classes[i + 1])
        if found:
            unique = tuple(dict.fromkeys(found))
            own[i] = key, unique
            seen = evidence.get(key)
            if seen is None:
                seen = evidence[key] = {}
            for item in unique:
                seen[item] = seen.get(item, 0) + 1
    # The features of each distinct key, built once: the count buckets, then every piece
    # of evidence of its occurrences in first-seen order (what an occurrence without
    # evidence of its own gets). Keys without evidence (most) have nothing but their count
    # buckets: they share one list per (bucket, known to the clusters), which the tagger
    # then looks up once per document rather than once per key
    # (rasd.ner.emissions.EmissionScorer.document_weights); the keys seen once (most of a
    # text) are given theirs by set operations rather than one by one.
    one_known, one_rare = ["dn=1"], ["dn=1", "dr=1"]
    singles = [key for key, count in counts.items() if count == 1 and key is not None]
    shared: dict[str | None, list[str]] = dict.fromkeys(singles, one_rare)
    shared.update(dict.fromkeys(clusters.keys() & singles, one_known))
    bare: dict[tuple[str, bool], list[str]] = {}
    for key in repeated:
        bucket = _count_bucket(counts[key])
        known = key in clusters
        seen = evidence.get(key)
        if seen:
            feats = ["dn=" + bucket] if known else ["dn=" + bucket, "dr=" + bucket]
            feats.extend(seen)
        elif (bucket, known) in bare:
            feats = bare[bucket, known]
        else:
            feats = bare[bucket, known] = (
                ["dn=" + bucket] if known else ["dn=" + bucket, "dr=" + bucket])
        shared[key] = feats
    shared[None] = []
    out = list(map(shared.__getitem__, keys))
    for i, (key, mine) in own.items():
        # Evidence only this occurrence gave is not the OTHER occurrences' evidence.
        seen = evidence[key]
        if any(seen[item] == 1 for item in mine):
            plain = out[i][:2 if key not in clusters else 1]
            out[i] = plain + [item for item, count in seen.items()
                              if count - (1 if item in mine else 0) > 0]
    return out

