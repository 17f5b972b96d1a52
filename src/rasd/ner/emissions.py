"""Tagging with the compiled CRF: emission scores per word TYPE, cached across documents.

Of a position's ~60 attributes, all but a handful are a function of one word type at a
fixed offset: the word's own features and how it looks from the words one and two places
away (:class:`rasd.ner.features.WordFeatures`). Their weights are summed once per word
type into five vectors (own, and the views from offsets -2, -1, +1, +2) and kept; a
position's emission is then its own vector plus its neighbours' views plus the weights of
the few features that depend on more than one word (:meth:`FeatureExtractor.extras`).
No attribute string reaches CRFsuite and only the handful of per-position features are
looked up; news vocabularies are Zipfian, so nearly every token of a long crawl finds its
type cached.

The feature definitions stay in :mod:`rasd.ner.features` (training featurises with them
for CRFsuite); this module only adds up their weights (:mod:`rasd.ner.compiled`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from rasd.ner.compiled import CompiledCrf, Vector
from rasd.ner.crfsuite_file import CrfFileError
from rasd.ner.decoder import CDecoder
from rasd.ner.doc import document_features
from rasd.ner.features import FeatureExtractor
from rasd.ner.words import Word

log = logging.getLogger(__name__)

#: Word types whose vectors are kept. Each costs about 1 kB (five vectors of nine floats,
#: shared between types with equal sums); SaudiNewsNet's 3,000 articles hold ~60,000
#: types, so this keeps a long crawl's working vocabulary under ~100 MB, and the cache is
#: simply emptied when full (the next documents refill it with what is frequent).
MAX_CACHED_TYPES: Final = 100_000


@dataclass(frozen=True, slots=True)
class ScoredWord:
    """A word type's summed weights and what the per-position features need of it."""

    own: Vector
    views: tuple[Vector, Vector, Vector, Vector]  # as seen from offsets -2, -1, +1, +2
    topics: tuple[str, ...]
    cluster: str
    doc_key: str | None
    doc_classes: tuple[str, ...]


class EmissionScorer:
    """Labels sentences with a :class:`CompiledCrf`, caching per-type sums (module doc).

    Not thread-safe (the cache is shared without locks): one per thread, like the tagger.
    """

    def __init__(self, extractor: FeatureExtractor, crf: CompiledCrf,
                 max_types: int = MAX_CACHED_TYPES, *, use_c: bool = True) -> None:
        """``use_c``: decode with CRFsuite's Viterbi (:mod:`rasd.ner.decoder`: the same
        labels, a quarter to a third less time) rather than :meth:`CompiledCrf.viterbi`."""
        self.extractor = extractor
        self.crf = crf
        self._decode = self._python_decode
        if use_c:
            try:
                self._decode = CDecoder(crf).decode
            except (CrfFileError, OSError) as exc:  # OSError: no writable temp directory
                log.warning("decoding NER labels in Python, more slowly: %s", exc)
        self.max_types = max_types
        self._cache: dict[tuple[str, str, str], ScoredWord] = {}
        # Equal sums share one tuple: rare words' views differ only in features the model
        # dropped, so most types reuse a few thousand vectors.
        self._vectors: dict[Vector, Vector] = {}

    def words(self, words: Sequence[Word]) -> list[ScoredWord]:
        """The cached record of each word's type."""
        cache = self._cache
        get = cache.get
        out: list[ScoredWord] = []
        for w in words:
            key = (w.norm, w.clitics, w.base)
            scored = get(key)
            if scored is None:
                if len(cache) >= self.max_types:
                    cache.clear()
                    self._vectors.clear()
                scored = cache[key] = self._score(w)
            out.append(scored)
        return out

    def document(
        self, scored: Sequence[ScoredWord], gazetteer: Sequence[str | None] | None
    ) -> list[list[str]]:
        """Document-level features (as :meth:`FeatureExtractor.document` gives them)."""
        return document_features([s.doc_key for s in scored], [s.doc_classes for s in scored],
                                 gazetteer, self.extractor.clusters)

    def tag(
        self,
        words: Sequence[Word],
        scored: Sequence[ScoredWord],
        gazetteer: Sequence[str | None] | None = None,
        doc: Sequence[list[str]] | None = None,
    ) -> list[str]:
        """The labels of one sentence (``scored``: :meth:`words` of ``words``)."""
        n = len(words)
        if n == 0:
            return []
        get = self.crf.weights.get
        pad = [self.crf.zero] * 2
        extras = self.extractor.extras(words, [s.topics for s in scored],
                                       [s.cluster for s in scored], gazetteer, doc)
        # Column k holds what position i sees from offset k (zeros beyond the edges), in
        # the order FeatureExtractor.sentence lists the views.
        far_left = [*pad, *(s.views[0] for s in scored[:-2])][:n]
        left = [pad[0], *(s.views[1] for s in scored[:-1])]
        right = [*(s.views[2] for s in scored[1:]), pad[0]]
        far_right = [*(s.views[3] for s in scored[2:]), *pad][:n]
        emissions: list[Sequence[float]] = []
        for own, a, b, c, d, extra in zip((s.own for s in scored), far_left, left, right,
                                          far_right, extras, strict=True):
            hits = [w for w in map(get, extra) if w is not None]
            # Unrolled for the usual 0-2 known extras: a comprehension per position is the
            # cheapest way CPython has to add 9-float vectors (left to right, as CRFsuite).
            if not hits:
                score = [p + q + r + s + t for p, q, r, s, t in zip(own, a, b, c, d, strict=True)]
            elif len(hits) == 1:
                x = hits[0]
                score = [p + q + r + s + t + u
                         for p, q, r, s, t, u in zip(own, a, b, c, d, x, strict=True)]
            else:
                x, y, *more = hits
                score = [p + q + r + s + t + u + v
                         for p, q, r, s, t, u, v in zip(own, a, b, c, d, x, y, strict=True)]
                for z in more:
                    score = [p + u for p, u in zip(score, z, strict=True)]
            emissions.append(score)
        return self._decode(emissions)

    def _python_decode(self, emissions: Sequence[Sequence[float]]) -> list[str]:
        labels = self.crf.labels
        return [labels[k] for k in self.crf.viterbi(emissions)]

    def _score(self, word: Word) -> ScoredWord:
        features = self.extractor.word_features(word)
        crf = self.crf
        own = self._shared(crf.emission(features.own))
        far_left, left, right, far_right = (self._shared(crf.emission(view))
                                            for view in features.views)
        return ScoredWord(own, (far_left, left, right, far_right), features.topics,
                          features.cluster, features.doc_key, features.doc_classes)

    def _shared(self, vector: Vector) -> Vector:
        return self._vectors.setdefault(vector, vector)
