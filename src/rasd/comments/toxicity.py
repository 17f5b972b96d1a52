"""Is a reader comment offensive? The shipped classifier and its evidence.

The classifier is a maximum-entropy model: CRFsuite trained on one-item sequences (L-BFGS,
L1 + L2), so the marginal of the ``OFF`` label is the logistic probability of the Offensive
class. It is trained by ``rasd train toxicity`` (:mod:`rasd.comments.toxicity_train`) on
MPOLD plus the team's labelled comments; features are in
:mod:`rasd.comments.toxicity_features`. The model card beside the model records the data,
the dev split, the dev scores and the threshold.

A comment is offensive when the probability reaches the card's threshold (chosen by
cross-validation on the training part, :data:`DEFAULT_THRESHOLD` when the card has none)
or when it uses a profanity, a slur or a threat from the lexicon (:data:`DECISIVE_KINDS`).
The kinds and spans come from the team's lexicon (``data/comments/toxic_words.tsv``): the
words that made it offensive, given only when the comment is offensive.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import ClassVar, Final

from rasd.comments.toxicity_features import (
    FEATURE_VERSION,
    AttributeMemo,
    Lexicon,
    LexiconHit,
    Word,
    features,
    read_weights,
    words_of,
)
from rasd.datafiles import read_model_card
from rasd.errors import RasdError
from rasd.model import Span, Toxicity, ToxicityKind

log = logging.getLogger(__name__)

MODEL_NAME: Final = "toxicity.crfsuite"
#: The text attributes' weights are shipped beside the model: ``toxicity.weights.tsv``.
WEIGHTS_SUFFIX: Final = ".weights.tsv"
OFFENSIVE: Final = "OFF"
NOT_OFFENSIVE: Final = "NOT"
#: Used only when the model card carries no threshold (the card's is cross-validated).
DEFAULT_THRESHOLD: Final = 0.5
#: Lexicon kinds that make a comment offensive on their own: the team's profanity, slur and
#: threat entries have no innocent reading, and MPOLD (the training data) has too few
#: threats and slurs for the model to learn them. Insults are left to the model (``كلب`` is
#: also a dog, ``جاهل`` an ignorant person in a civil sentence).
DECISIVE_KINDS: Final[frozenset[ToxicityKind]] = frozenset({"vulgar", "hate", "threat"})
#: A long comment is scored in windows of this many words (MPOLD comments, the training
#: data, have about 20), every :data:`WINDOW_STEP` words, and is as offensive as its worst
#: window: otherwise the many neutral words of a long essay drown one insulting passage.
WINDOW_WORDS: Final = 40
WINDOW_STEP: Final = 20
#: Lexicon memo entries kept before it is cleared (a crawl has an open vocabulary).
MAX_MEMO: Final = 200_000


class ModelError(RasdError):
    """The toxicity model or its card cannot be read."""

    code = "model"


def default_model_path() -> Path:
    return Path(str(resources.files("rasd.data.models").joinpath(MODEL_NAME)))


@dataclass(frozen=True, slots=True)
class Scored:
    """What the classifier read: the probability and the lexicon hits (text offsets)."""

    probability: float
    hits: tuple[tuple[int, int, ToxicityKind], ...]


class ToxicityClassifier:
    """The offensive-comment classifier. ``load()`` shares one instance per model path;
    scoring is guarded by a lock (a CRFsuite tagger keeps state between calls)."""

    _cache: ClassVar[dict[Path, ToxicityClassifier]] = {}
    _cache_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, model_path: Path, threshold: float | None = None) -> None:
        import pycrfsuite  # type: ignore[import-untyped]

        self.model_path = model_path
        card = _read_card(model_path.with_suffix(".json"))
        version = card.get("feature_version", FEATURE_VERSION)
        if version != FEATURE_VERSION:
            raise ModelError(f"{model_path}: trained with {version}, this code extracts "
                             f"{FEATURE_VERSION}; retrain with `rasd train toxicity`")
        data = card.get("data", [])
        #: Names of the files the model was trained on (from its card).
        self.trained_on = frozenset(str(d.get("path")) for d in data
                                    if isinstance(d, dict)) if isinstance(data, list) \
            else frozenset()
        card_threshold = card.get("threshold", DEFAULT_THRESHOLD)
        if not isinstance(card_threshold, int | float):
            raise ModelError(f"{model_path}: the card's threshold is not a number")
        self.threshold = float(threshold if threshold is not None else card_threshold)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as e:
            raise ModelError(f"{model_path}: cannot open the toxicity model: {e}") from e
        # With L1 most extracted attributes have no weight: drop them before the C call.
        info = self._tagger.info()
        self._known = frozenset(str(a) for a, _label in info.state_features)
        weights_path = weights_path_of(model_path)
        try:
            self._weights = read_weights(weights_path)
        except (OSError, ValueError) as e:
            raise ModelError(f"{weights_path}: cannot read the attribute weights: {e}") from e
        self._lock = threading.Lock()
        self._memo: AttributeMemo = {}
        self.lexicon = Lexicon.load()

    @classmethod
    def load(cls, path: Path | None = None) -> ToxicityClassifier:
        """The classifier of ``path`` (default: the shipped model), loaded once."""
        path = (path or default_model_path()).resolve()
        with cls._cache_lock:
            found = cls._cache.get(path)
            if found is None:
                if not path.is_file():
                    raise ModelError(f"{path}: no toxicity model (rasd train toxicity)")
                found = cls._cache[path] = cls(path)
            return found

    def probability(self, text: str) -> float:
        """Probability that ``text`` is offensive."""
        return self.read(text).probability

    def offensive_score(self, text: str) -> float:
        """The score :meth:`score` compares with the threshold: the probability, or 1.0 when a
        decisive lexicon word makes the comment offensive (evaluation and tuning use it)."""
        scored = self.read(text)
        if any(kind in DECISIVE_KINDS for _s, _e, kind in scored.hits):
            return 1.0
        return scored.probability

    def read(self, text: str, words: list[Word] | None = None) -> Scored:
        """The probability (the highest over the windows of a long comment) and the hits.
        ``words``: ``words_of(text)`` when the caller has it already (read only)."""
        if len(self.lexicon.memo) > MAX_MEMO:
            self.lexicon.memo.clear()
        if words is None:
            words = words_of(text)
        hits = self.lexicon.hits(words)
        if len(words) <= WINDOW_WORDS:
            p = self._probability(words, hits, text)
        else:
            p = 0.0
            for i in range(0, len(words) - WINDOW_STEP, WINDOW_STEP):
                part = words[i:i + WINDOW_WORDS]
                a, b = part[0].start, part[-1].end
                inside = [h for h in hits if a <= h.start and h.end <= b]
                p = max(p, self._probability(part, inside, text[a:b]))
        return Scored(p, tuple((h.start, h.end, h.kind) for h in hits))

    def _probability(self, words: list[Word], hits: list[LexiconHit], text: str) -> float:
        if len(self._memo) > MAX_MEMO:
            self._memo.clear()
        attrs = features(words, hits, text, self._known, self._memo, self._weights)
        with self._lock:
            self._tagger.set([attrs])
            return float(self._tagger.marginal(OFFENSIVE, 0))

    def score(self, text: str, offset: int = 0, words: list[Word] | None = None) -> Toxicity:
        """The toxicity of ``text``; spans are shifted by ``offset`` (document offsets).
        ``words``: ``words_of(text)`` when the caller has it already (read only)."""
        scored = self.read(text, words)
        decisive = any(kind in DECISIVE_KINDS for _s, _e, kind in scored.hits)
        offensive = decisive or scored.probability >= self.threshold
        if not offensive:
            return Toxicity(False, round(scored.probability, 4))
        kinds: list[ToxicityKind] = []
        spans: list[Span] = []
        for start, end, kind in scored.hits:
            if kind not in kinds:
                kinds.append(kind)
            spans.append(Span(start + offset, end + offset, text[start:end]))
        return Toxicity(True, round(scored.probability, 4), tuple(kinds), tuple(spans))


def weights_path_of(model_path: Path) -> Path:
    """Where the attribute weights of ``model_path`` are (``X.crfsuite`` → ``X.weights.tsv``)."""
    return model_path.with_suffix(WEIGHTS_SUFFIX)


def _read_card(path: Path) -> dict[str, object]:
    if not path.is_file():
        log.info("%s: no model card, threshold %.2f", path, DEFAULT_THRESHOLD)
    return read_model_card(path, ModelError)
