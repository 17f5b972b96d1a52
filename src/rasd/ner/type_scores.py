"""A word type's summed weights, looked up without building its feature strings.

:meth:`FeatureExtractor.word_features` renders a word type's features as strings
(``w=وزير``, ``-1s2=ير``...) for CRFsuite; the compiled scorer only needs the weights those
strings name, and most of them (a rare word's ``w=``, ``b=``, its long affixes) name none.
A crawl meets tens of thousands of new types (~50,000 in the first 1,000 SaudiNewsNet
pages), and building ~35 strings per type and hashing each one was a good part of their
cost. So the model's weights are split once by template: ``tables["w="]`` maps ``v`` to
the weights of ``"w=" + v``, so ``tables[P].get(v)`` is ``weights.get(P + v)`` for every
value, and the value strings (the word's form, its base) are hashed once for all
templates that read them (measured over those 50,000 types: 25 µs a type before, 21 µs
now; the sums are most of the rest).

:meth:`TypeScorer.score` lists the same weights in the same order as the strings of
``word_features`` (own features, then the views from offsets -2, -1, +1, +2) and adds them
as :meth:`CompiledCrf.total` adds any attribute list: the vectors are the same bits
(``tests/ner/test_type_scores.py`` compares both over a vocabulary). A template added to
``word_features`` must be added here too; that test fails until it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.ner.compiled import CompiledCrf, Vector
from rasd.ner.doc import context_of, word_key
from rasd.ner.features import (
    TOPIC_PREFIX,
    FeatureExtractor,
    length_bucket,
    pseudo_cluster,
    shape,
    vowel_ratio_bucket,
)
from rasd.ner.words import Word

#: The own templates after ``bias`` whose value is one string, in ``word_features`` order;
#: the trigger classes (``t=``, one per class) and clusters (``k1=``, ``k2=``) follow them.
OWN_TEMPLATES: Final = ("w=", "b=", "c=", "p1=", "p2=", "p3=", "s1=", "s2=", "s3=", "p4=",
                        "s4=", "sh=", "ln=", "vr=")
#: The views' offset labels, in ``word_features`` order (offsets -2, -1, +1, +2), whether
#: each is a near one, and a view's one-value templates: far views see ``k1 w b``, near
#: ones also ``c sh s2 k2``; the trigger classes (``t=``) follow.
VIEW_LABELS: Final = (("-2", False), ("-1", True), ("+1", True), ("+2", False))
FAR_TEMPLATES: Final = ("k1=", "w=", "b=")
NEAR_TEMPLATES: Final = ("k1=", "w=", "b=", "c=", "sh=", "s2=", "k2=")

#: The model's word-bigram templates (:meth:`FeatureExtractor.extras`): ``w-1|w0=a|b`` at
#: the second word of a pair, ``w0|w+1=a|b`` at the first.
BIGRAMS: Final = ("w-1|w0=", "w0|w+1=")


#: A word type's record (:meth:`TypeScorer.score`), read by the field indices below: the
#: summed weights (own, and the views from offsets -2, -1, +1, +2), the topic marks, the
#: coarse cluster, the document-level key and classes (:mod:`rasd.ner.doc`), the
#: normalised form, whether the word can be the first / second word of a bigram the model
#: knows (a pair failing either test has no weight, so its string is never built), and
#: whether a multi-word trigger may start at it.
#: A plain tuple, not a dataclass: a crawl keeps one per word type (~50,000 in the first
#: 1,000 SaudiNewsNet pages), and CPython's garbage collector stops tracking a tuple of
#: strings, numbers and such tuples, where it traverses every class instance at each full
#: collection; with records as dataclasses those traversals grew with the vocabulary.
ScoredWord = tuple[Vector, tuple[Vector, Vector, Vector, Vector], tuple[str, ...], str,
                   str | None, tuple[str, ...], str, bool, bool, bool]
OWN: Final = 0
VIEWS: Final = 1
TOPICS: Final = 2
CLUSTER: Final = 3
DOC_KEY: Final = 4
DOC_CLASSES: Final = 5
NORM: Final = 6
FIRST: Final = 7
SECOND: Final = 8
MULTI: Final = 9


def split_weights(
    weights: dict[str, Vector], prefixes: Sequence[str]
) -> dict[str, dict[str, Vector]]:
    """Per template prefix (each ends with its only ``=``), value → weights of prefix+value.

    An attribute's first ``=`` ends its template, so one pass over the model's attributes
    files each under the prefix up to that ``=``: ``tables[p].get(v) is weights.get(p + v)``.
    """
    tables: dict[str, dict[str, Vector]] = {p: {} for p in prefixes}
    for attribute, vector in weights.items():
        eq = attribute.find("=")
        if eq >= 0:
            table = tables.get(attribute[: eq + 1])
            if table is not None:
                table[attribute[eq + 1:]] = vector
    return tables


class TypeScorer:
    """:class:`ScoredWord` records of word types from per-template weight tables (module
    doc). Equal vectors are shared (:meth:`shared`): rare words' views differ only in
    features the model dropped, so most types reuse a few thousand vectors."""

    def __init__(self, extractor: FeatureExtractor, crf: CompiledCrf) -> None:
        self.extractor = extractor
        self.crf = crf
        weights = crf.weights
        prefixes = [*OWN_TEMPLATES, "t=", "k1=", "k2="]
        for label, near in VIEW_LABELS:
            prefixes += [label + p for p in (*(NEAR_TEMPLATES if near else FAR_TEMPLATES), "t=")]
        tables = split_weights(weights, prefixes)
        bias = weights.get("bias")
        self._bias: list[Vector] = [] if bias is None else [bias]
        self._own = tuple(tables[p] for p in OWN_TEMPLATES)
        self._own_t, self._k1, self._k2 = tables["t="], tables["k1="], tables["k2="]
        self._views = tuple(
            (tuple(tables[label + p] for p in (NEAR_TEMPLATES if near else FAR_TEMPLATES)),
             tables[label + "t="], near)
            for label, near in VIEW_LABELS)
        self._vectors: dict[Vector, Vector] = {}
        # Every view reads the word's form and base (``w=``, ``b=``); a new type is mostly
        # a rare word that no view table knows by either, so its views depend only on its
        # cluster, clitics, shape, ending and classes, which many types share: the views
        # are remembered under those, with the form and base kept only when some view
        # table knows them (a form no table holds adds nothing to any view).
        self._view_forms = frozenset().union(*(tables[1] for tables, _, _ in self._views))
        self._view_bases = frozenset().union(*(tables[2] for tables, _, _ in self._views))
        # The far views (offsets -2, +2) read fewer values than the near ones (-1, +1), so
        # far pairs repeat far more often: each pair is remembered on its own.
        self._far = tuple((tables, t_table) for tables, t_table, near in self._views if not near)
        self._near = tuple((tables, t_table) for tables, t_table, near in self._views if near)
        self._view_memo: dict[tuple[object, ...], tuple[Vector, ...]] = {}
        # Every way a known bigram's "a|b" can split into two words (a word may hold "|").
        firsts: set[str] = set()
        seconds: set[str] = set()
        for attribute in weights:
            if attribute.startswith(BIGRAMS):
                pair = attribute[len(BIGRAMS[0]):]
                for at, char in enumerate(pair):
                    if char == "|":
                        firsts.add(pair[:at])
                        seconds.add(pair[at + 1:])
        self.firsts = frozenset(firsts)
        self.seconds = frozenset(seconds)

    def clear(self) -> None:
        """Forget the shared vectors (when the caller empties its cache of records)."""
        self._vectors.clear()
        self._view_memo.clear()

    def _view_sums(
        self, views: tuple[tuple[tuple[dict[str, Vector], ...], dict[str, Vector]], ...],
        values: tuple[str, ...], classes: tuple[str, ...],
    ) -> tuple[Vector, ...]:
        """The summed weights of ``views`` (their one-value tables read with ``values``,
        then their trigger-class tables with ``classes``), each shared (:meth:`shared`)."""
        total, shared, get = self.crf.total, self._vectors.setdefault, dict.get
        out: list[Vector] = []
        for tables, t_table in views:
            seen = [v for v in map(get, tables, values) if v is not None]
            if classes:
                seen += [v for v in map(t_table.get, classes) if v is not None]
            view = total(seen)
            out.append(shared(view, view))
        return tuple(out)

    def score(self, word: Word) -> ScoredWord:
        """The record of ``word``'s type: the summed weights of ``word_features(word)``'s own
        features and views (same order, same bits) and what the per-position features
        need of it."""
        norm, clitics, base = word.norm, word.clitics, word.base
        extractor = self.extractor
        triggers = extractor.triggers
        classes = triggers.classes_of(norm, base)
        sh = shape(norm)
        s2 = base[-2:]
        cluster = extractor.clusters.get(base) or pseudo_cluster(sh)
        k1, k2 = cluster[0], cluster[1]
        get = dict.get
        found = self._bias + [v for v in map(get, self._own, (
            norm, base, clitics, base[:1], base[:2], base[:3], base[-1:], s2, base[-3:],
            base[:4], base[-4:], sh, length_bucket(len(base)), vowel_ratio_bucket(base)))
            if v is not None]
        if classes:
            found += [v for v in map(self._own_t.get, classes) if v is not None]
        for v in (self._k1.get(k1), self._k2.get(k2)):
            if v is not None:
                found.append(v)
        if extractor.dictionary is not None:
            found += [v for v in map(self.crf.weights.get,
                                     extractor.dictionary.features(norm, base))
                      if v is not None]
        total, shared = self.crf.total, self._vectors.setdefault
        own = total(found)
        form = norm if norm in self._view_forms else None
        known_base = base if base in self._view_bases else None
        memo = self._view_memo
        near_key = (k1, form, known_base, clitics, sh, s2, k2, classes)
        near_views = memo.get(near_key)
        if near_views is None:
            near_views = memo[near_key] = self._view_sums(
                self._near, (k1, norm, base, clitics, sh, s2, k2), classes)
        far_key = (k1, form, known_base, classes)
        far_views = memo.get(far_key)
        if far_views is None:
            far_views = memo[far_key] = self._view_sums(self._far, (k1, norm, base), classes)
        views = (far_views[0], near_views[0], near_views[1], far_views[1])
        topics = tuple("T:" + c[len(TOPIC_PREFIX):] for c in classes
                       if c.startswith(TOPIC_PREFIX)) if classes else ()
        doc_classes = context_of(classes)
        multi = triggers.multi
        return (shared(own, own), views, topics, k1,
                word_key(word, doc_classes), doc_classes, norm, norm in self.firsts,
                norm in self.seconds, base in multi or norm in multi)
