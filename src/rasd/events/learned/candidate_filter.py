"""The learned candidate filter: drops a proposed event only when a small classifier is
confident it is not an event of its type.

The rules of :mod:`rasd.events.extractor` over-generate on news they were not tuned on
(precision 0.60-0.72 on fresh gold batches, recall 0.76-0.88). The filter is a maximum
entropy model (CRFsuite L-BFGS on one-item sequences, as the toxicity classifier) over the
attributes of :mod:`rasd.events.learned.filter_features`, trained by ``rasd train events``
(:mod:`rasd.events.learned.filter_train`) on the candidates of the dev gold passages, labelled by
the evaluation's own matching rule. Its card (``event_filter.json``) holds the drop
threshold chosen by passage-grouped cross-validation.

With no shipped model (or :func:`filter_disabled`, which training uses to see the raw
candidates) the extractor's events pass unchanged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import ClassVar, Final

from rasd.datafiles import read_model_card
from rasd.errors import RasdError
from rasd.events.learned.filter_features import FEATURE_VERSION, candidate_features
from rasd.events.learned.filter_relations import guarded, with_relations
from rasd.model import Document, Event

log = logging.getLogger(__name__)

MODEL_NAME: Final = "event_filter.crfsuite"
KEEP: Final = "keep"
DROP: Final = "drop"
#: Without a card the filter drops only what it is nearly sure of (the card's value, chosen
#: by cross-validation, replaces it).
DEFAULT_THRESHOLD: Final = 0.9

_disabled: ContextVar[bool] = ContextVar("rasd_event_filter_disabled", default=False)


class FilterModelError(RasdError):
    """The event filter model or its card cannot be read."""

    code = "model"


def default_model_path() -> Path:
    return Path(str(resources.files("rasd.data.models").joinpath(MODEL_NAME)))


@contextmanager
def filter_disabled() -> Iterator[None]:
    """Within this block the extractor keeps every candidate (training and the before/after
    evaluation need the rules' own output)."""
    token = _disabled.set(True)
    try:
        yield
    finally:
        _disabled.reset(token)


class CandidateFilter:
    """One loaded model and its threshold. ``load()`` shares one instance per path; scoring
    holds a lock (a CRFsuite tagger keeps state between calls)."""

    _cache: ClassVar[dict[Path, CandidateFilter | None]] = {}
    _cache_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, model_path: Path, threshold: float | None = None) -> None:
        import pycrfsuite  # type: ignore[import-untyped]

        card = read_card(model_path.with_suffix(".json"))
        version = card.get("feature_version", FEATURE_VERSION)
        if version != FEATURE_VERSION:
            raise FilterModelError(f"{model_path}: trained with features {version}, this "
                                   f"code extracts {FEATURE_VERSION}; rasd train events")
        value = card.get("threshold", DEFAULT_THRESHOLD) if threshold is None else threshold
        if not isinstance(value, int | float):
            raise FilterModelError(f"{model_path}: the card's threshold is not a number")
        self.threshold = float(value)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as e:
            raise FilterModelError(f"{model_path}: cannot open the event filter: {e}") from e
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | None = None) -> CandidateFilter | None:
        """The filter of ``path`` (default: the shipped model), loaded once; None when the
        file does not exist (rasd then keeps the rules' events)."""
        path = (path or default_model_path()).resolve()
        with cls._cache_lock:
            if path not in cls._cache:
                cls._cache[path] = cls(path) if path.is_file() else None
                if cls._cache[path] is None:
                    log.info("%s: no event filter model; keeping every candidate", path)
            return cls._cache[path]

    def drop_scores(self, doc: Document, events: Sequence[Event]) -> list[float]:
        """The model's probability that each candidate is not an event of its type."""
        return self.scores_of(with_relations(events, candidate_features(doc, events)))

    def scores_of(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """P(drop) of candidates given by their attributes."""
        out: list[float] = []
        with self._lock:
            for attrs in rows:
                # attributes the model never saw are ignored by CRFsuite itself (filtering
                # them in Python first was slower)
                self._tagger.set([attrs])
                out.append(float(self._tagger.marginal(DROP, 0)))
        return out

    def keep(self, doc: Document, events: Sequence[Event]) -> tuple[Event, ...]:
        """``events`` without those scored at or above the threshold, except the guarded
        ones (:func:`rasd.events.learned.filter_relations.guarded`: a type's first toll)."""
        if not events:
            return tuple(events)
        rows = candidate_features(doc, events)
        scores = self.scores_of(with_relations(events, rows))
        return tuple(e for e, s, g in zip(events, scores, guarded(events, rows), strict=True)
                     if g or s < self.threshold)


@cache
def _shipped() -> CandidateFilter | None:
    # once per process: resolving the packaged path costs file-system calls per document
    return CandidateFilter.load()


def filter_events(doc: Document, events: Sequence[Event]) -> tuple[Event, ...]:
    """The extractor's hook: the shipped filter applied, unless disabled or not shipped."""
    if _disabled.get() or not events:
        return tuple(events)
    flt = _shipped()
    return tuple(events) if flt is None else flt.keep(doc, events)


def read_card(path: Path) -> dict[str, object]:
    return read_model_card(path, FilterModelError)
