"""Tagging with the compiled CRF: emission scores per word TYPE, cached across documents.

Of a position's ~60 attributes, all but a handful are a function of one word type at a
fixed offset: the word's own features and how it looks from the words one and two places
away (:class:`rasd.ner.features.WordFeatures`). Their weights are summed once per word
type into five vectors (own, and the views from offsets -2, -1, +1, +2; read from
per-template tables without building the feature strings, :mod:`rasd.ner.type_scores`)
and kept; a position's emission is then its own vector plus its neighbours' views plus the
weights of the few features that depend on more than one word
(:meth:`FeatureExtractor.extras`).
No attribute string reaches CRFsuite and only the handful of per-position features are
looked up; news vocabularies are Zipfian, so nearly every token of a long crawl finds its
type cached.

The feature definitions stay in :mod:`rasd.ner.features` (training featurises with them
for CRFsuite); this module only adds up their weights (:mod:`rasd.ner.compiled`).

Of the per-position features, the word bigrams are the most numerous (two per word) and
the least often known: the model keeps a few thousand of them, and a bigram string is only
built when both of its words occur in one (:data:`rasd.ner.type_scores.FIRST`, ``SECOND``); words
with the same document-level features share one list (:mod:`rasd.ner.doc`), looked up once
per document. The weights are still added in exactly the order CRFsuite would add them,
so the scores are the same bits as before these shortcuts, and each position's scores are
built straight into the mapping the C decoder reads (:meth:`CDecoder.decode_items`).
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import Any, Final, cast

from rasd.ner.accelerator import RECORD_OWN, RECORD_VIEWS, FastCrf, load_accelerator
from rasd.ner.compiled import CompiledCrf, Vector
from rasd.ner.crfsuite_file import CrfFileError
from rasd.ner.decoder import CDecoder
from rasd.ner.doc import document_features
from rasd.ner.features import FeatureExtractor, add_context
from rasd.ner.type_scores import (
    CLUSTER,
    DOC_CLASSES,
    DOC_KEY,
    FIRST,
    MULTI,
    NORM,
    OWN,
    SECOND,
    TOPICS,
    VIEWS,
    ScoredWord,
    TypeScorer,
)
from rasd.ner.unrolled import Emitters
from rasd.ner.words import Word
from rasd.text.tokens import Token

__all__ = ["MAX_CACHED_TYPES", "EmissionScorer", "ScoredWord"]

log = logging.getLogger(__name__)

# The C accelerator reads the records by these indices.
if (OWN, VIEWS) != (RECORD_OWN, RECORD_VIEWS):
    raise ImportError("rasd.ner.accelerator reads records by another layout than ScoredWord")

#: Word types whose vectors are kept. Each costs about 1 kB (five vectors of nine floats,
#: shared between types with equal sums); SaudiNewsNet's 3,000 articles hold ~60,000
#: types, so this keeps a long crawl's working vocabulary under ~100 MB, and the cache is
#: simply emptied when full (the next documents refill it with what is frequent).
MAX_CACHED_TYPES: Final = 100_000


#: A word's type: the key of the record cache.
_TYPE_KEY = attrgetter("norm", "clitics", "base")
#: The same key of a text-layer token (a named tuple), read by position.
_TOKEN_TYPE_KEY = itemgetter(*map(Token._fields.index, ("norm", "clitics", "base")))
_VIEWS_OF, _MULTI_OF, _TOPICS_OF = itemgetter(VIEWS), itemgetter(MULTI), itemgetter(TOPICS)
_DOC_KEY_OF, _DOC_CLASSES_OF = itemgetter(DOC_KEY), itemgetter(DOC_CLASSES)
_FAR_LEFT, _LEFT, _RIGHT, _FAR_RIGHT = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)

#: The gazetteer labels of a word and its two neighbours (``None``: no label or no word).
_Labels = tuple[str | None, str | None, str | None]
_NO_LABELS: Final[_Labels] = (None, None, None)


class EmissionScorer:
    """Labels sentences with a :class:`CompiledCrf`, caching per-type sums (module doc).

    Not thread-safe (the cache is shared without locks): one per thread, like the tagger.
    """

    def __init__(self, extractor: FeatureExtractor, crf: CompiledCrf,
                 max_types: int = MAX_CACHED_TYPES, *, use_c: bool = True) -> None:
        """``use_c``: sum and decode with the C accelerator where it is built
        (:mod:`rasd.ner.accelerator`), else decode with CRFsuite's Viterbi
        (:mod:`rasd.ner.decoder`: the same labels, a quarter to a third less time) rather
        than :meth:`CompiledCrf.viterbi`."""
        self.extractor = extractor
        self.crf = crf
        #: The accelerator, with the transitions as it reads them (row i: from label i).
        self._fast: FastCrf | None = load_accelerator() if use_c else None
        self._transitions = array("d", [w for row in crf.rows for w in row]).tobytes()
        # Emission scores are built straight into what the decoder reads: per position a
        # dict from the C decoder's slot keys (:meth:`CDecoder.decode_items`), or from
        # label ids for the Python Viterbi.
        self._decode: Callable[[list[dict[Any, float]]], list[str]] = self._python_decode
        self._slots: tuple[bytes, ...] | tuple[int, ...] = tuple(range(crf.size))
        if use_c:
            try:
                decoder = CDecoder(crf)
            except (CrfFileError, OSError) as exc:  # OSError: no writable temp directory
                log.warning("decoding NER labels in Python, more slowly: %s", exc)
            else:
                self._decode = decoder.decode_items
                self._slots = decoder.keys
        self._emitters = Emitters(self._slots)
        self.max_types = max_types
        self._cache: dict[tuple[str, str, str], ScoredWord] = {}
        self._types = TypeScorer(extractor, crf)
        weights = crf.weights
        #: The known weights of a word's context features (:meth:`_hits`) by the gazetteer
        #: labels of the word and its two neighbours and, in a sentence with topic marks (a
        #: third of the words of news text), the marks and the word's coarse cluster (None
        #: without marks): a few hundred keys without marks, a few thousand with them.
        self._context_weights: dict[
            tuple[_Labels, tuple[str, ...], str | None], list[Vector]] = {}
        self._bos = [w for w in map(weights.get, ("BOS", "-1PAD")) if w is not None]
        self._eos = [w for w in map(weights.get, ("EOS", "+1PAD")) if w is not None]

    def words(self, words: Sequence[Word]) -> list[ScoredWord]:
        """The cached record of each word's type."""
        cache = self._cache
        get = cache.get
        # Every word is looked up by C-level maps; only the new types (a few per page once
        # the cache is warm) go through the loop below. A type met twice in the same call
        # is scored once: the second look finds what the first stored.
        # The text layer's tokens (named tuples, what the entity stage passes) are read by
        # position, several times cheaper than by name; Word records by name.
        tokens = bool(words) and isinstance(cast(object, words[0]), Token)
        key_of: Callable[[Any], tuple[str, str, str]] = \
            _TOKEN_TYPE_KEY if tokens else _TYPE_KEY
        keys = list(map(key_of, words))
        out: list[ScoredWord | None] = list(map(get, keys))
        if None not in out:
            return out  # type: ignore[return-value]  # every entry was found
        for i, scored in enumerate(out):
            if scored is None:
                key = keys[i]
                scored = get(key)
                if scored is None:
                    if len(cache) >= self.max_types:
                        cache.clear()
                        self._types.clear()
                    scored = cache[key] = self._types.score(words[i])
                out[i] = scored
        return out  # type: ignore[return-value]  # None was replaced everywhere

    def document(
        self, scored: Sequence[ScoredWord], gazetteer: Sequence[str | None] | None
    ) -> list[list[str]]:
        """Document-level features (as :meth:`FeatureExtractor.document` gives them)."""
        return document_features(list(map(_DOC_KEY_OF, scored)),
                                 list(map(_DOC_CLASSES_OF, scored)), gazetteer,
                                 self.extractor.clusters)

    def document_weights(self, doc: Sequence[Sequence[str]]) -> list[list[Vector]]:
        """The known weights of each word's document-level features (``doc``: from
        :meth:`document`, whose words share lists: each list is looked up once)."""
        get = self.crf.weights.get
        # Per word only C-level maps: the lists by identity (``doc`` keeps every list alive
        # meanwhile), each distinct list looked up once, then each word's found weights.
        ids = list(map(id, doc))
        looked = {key: [v for v in map(get, features) if v is not None]
                  for key, features in dict(zip(ids, doc, strict=True)).items()}
        return list(map(looked.__getitem__, ids))

    def tag(
        self,
        words: Sequence[Word],
        scored: Sequence[ScoredWord],
        gazetteer: Sequence[str | None] | None = None,
        doc: Sequence[Sequence[str]] | None = None,
        *,
        doc_weights: Sequence[list[Vector]] | None = None,
    ) -> list[str]:
        """The labels of one sentence (``scored``: :meth:`words` of ``words``).

        ``doc``: the words' document-level features, or ``doc_weights`` their
        :meth:`document_weights` (cheaper when the document has several sentences)."""
        n = len(words)
        if n == 0:
            return []
        zero = self.crf.zero
        if doc_weights is None and doc is not None:
            doc_weights = self.document_weights(doc)
        hits = self._hits(words, scored, gazetteer, doc_weights)
        fast = self._fast
        if fast is not None:  # the same sums and Viterbi in C (rasd.ner.accelerator)
            return fast.tag(scored if type(scored) is list else list(scored), hits,
                            self._transitions, self.crf.labels)
        # Column k holds what position i sees from offset k (zeros beyond the edges), in
        # the order FeatureExtractor.sentence lists the views.
        views = list(map(_VIEWS_OF, scored))
        far_left = [zero, zero, *map(_FAR_LEFT, views[:-2])] if n > 2 else [zero] * n
        left = [zero, *map(_LEFT, views[:-1])]
        right = [*map(_RIGHT, views[1:]), zero]
        far_right = [*map(_FAR_RIGHT, views[2:]), zero, zero] if n > 2 else [zero] * n
        # Each position's scores as one straight-line sum of its vectors, written into the
        # mapping the decoder reads (rasd.ner.unrolled: per count of extra vectors).
        emitters = self._emitters
        emissions = [emitters[len(found)](w[OWN], a, b, c, d, found)
                     for w, a, b, c, d, found in zip(scored, far_left, left, right, far_right,
                                                     hits, strict=True)]
        return self._decode(emissions)

    def _hits(
        self,
        words: Sequence[Word],
        scored: Sequence[ScoredWord],
        gazetteer: Sequence[str | None] | None,
        doc: Sequence[list[Vector]] | None,
    ) -> list[list[Vector]]:
        """Per position, the known weights of :meth:`FeatureExtractor.extras`, in its
        order, without building the strings that cannot be known (most bigrams)."""
        get = self.crf.weights.get
        n = len(scored)
        multi = self.extractor.triggers.scan_multi(words) \
            if any(map(_MULTI_OF, scored)) else None
        topics = tuple(sorted(set().union(*map(_TOPICS_OF, scored))))
        # Most sentences hold no gazetteer name: skip the three label tests per word.
        gaz = gazetteer if gazetteer is not None and gazetteer.count(None) < n else None
        last = n - 1
        # Most positions have nothing but their document weights, handed on as they are (the
        # tagger only reads them): only the sentence edges, both words of each pair the
        # model may know as a bigram, and the words a context feature reaches are worked out.
        none: list[Vector] = []
        out: list[list[Vector]] = list(doc) if doc is not None else [none] * n
        todo: Iterable[int]
        if topics:  # a topic mark reaches every word
            todo = range(n)
        else:
            pairs = [i for i in range(1, n) if scored[i - 1][FIRST] and scored[i][SECOND]]
            spots = {0, last, *pairs, *[i - 1 for i in pairs]}
            if gaz is not None:  # a label reaches its word and the next on either side
                for i, label in enumerate(gaz):
                    if label is not None:
                        spots.update((i - 1, i, i + 1))
            if multi:  # a multi-word trigger reaches two words on either side
                for i in multi:
                    spots.update(range(i - 2, i + 3))
            todo = [i for i in spots if 0 <= i < n]
        bos, eos = self._bos, self._eos
        context_weights = self._context_weights
        for i in todo:
            w = scored[i]
            if i:
                found = []
                prev = scored[i - 1]
                if prev[FIRST] and w[SECOND]:
                    hit = get("w-1|w0=" + prev[NORM] + "|" + w[NORM])
                    if hit is not None:
                        found.append(hit)
            else:
                found = bos.copy()
            if i < last:
                after = scored[i + 1]
                if w[FIRST] and after[SECOND]:
                    hit = get("w0|w+1=" + w[NORM] + "|" + after[NORM])
                    if hit is not None:
                        found.append(hit)
            else:
                found += eos
            if multi:
                extra: list[str] = []
                add_context(extra, i, multi, gaz, topics, w[CLUSTER])
                found += [v for v in map(get, extra) if v is not None]
            elif gaz is not None or topics:
                # Without a multi-word trigger the context features of a word are a
                # function of the gazetteer labels of the word and its neighbours and, in a
                # sentence with topic marks, of the marks and the word's coarse cluster:
                # the same values always give the same weights (most words are one of a
                # few hundred or thousand combinations), looked up once per scorer rather
                # than once per word as feature strings.
                labels = (gaz[i - 1] if i else None, gaz[i], gaz[i + 1] if i < last
                          else None) if gaz is not None else _NO_LABELS
                # the cluster only matters with topic marks
                key = (labels, topics, w[CLUSTER] if topics else None)
                weights = context_weights.get(key)
                if weights is None:
                    extra = []
                    add_context(extra, i, None, gaz, topics, w[CLUSTER])
                    weights = context_weights[key] = [
                        v for v in map(get, extra) if v is not None]
                found += weights
            if doc is not None:
                found += doc[i]
            out[i] = found
        return out

    def _python_decode(self, emissions: list[dict[Any, float]]) -> list[str]:
        labels = self.crf.labels
        return [labels[k] for k in self.crf.viterbi([list(e.values()) for e in emissions])]
