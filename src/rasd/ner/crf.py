"""A typed seam over python-crfsuite (which ships no type information).

Only this module touches ``pycrfsuite``; everything else sees :class:`CrfModel` and
:func:`fit_crf` with plain Python types.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pycrfsuite  # type: ignore[import-untyped]

from rasd.ner.crfsuite_file import read_crf_file

log = logging.getLogger(__name__)

#: Defaults tuned on the ANERcorp dev split (see the shipped model card).
DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.05
#: L-BFGS converges on ANERcorp-sized data well within this many iterations.
DEFAULT_MAX_ITER = 200


@dataclass(frozen=True, slots=True)
class CrfParams:
    """L-BFGS training parameters (CRFsuite names in the comments).

    L1 (``c1``) zeroes most feature weights, which keeps the model small and tagging fast;
    L2 (``c2``) smooths what remains.
    """

    c1: float = DEFAULT_C1  # c1
    c2: float = DEFAULT_C2  # c2
    max_iter: int = DEFAULT_MAX_ITER  # max_iterations
    min_freq: int = 1  # feature.minfreq: attributes seen fewer times are dropped
    all_transitions: bool = True  # feature.possible_transitions


def fit_crf(
    xseqs: Sequence[list[list[str]]],
    yseqs: Sequence[Sequence[str]],
    params: CrfParams,
    out_path: Path,
) -> None:
    """Train an L-BFGS linear-chain CRF and write it to ``out_path``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for xseq, yseq in zip(xseqs, yseqs, strict=True):
        trainer.append(xseq, list(yseq))
    trainer.set_params(
        {
            "c1": params.c1,
            "c2": params.c2,
            "max_iterations": params.max_iter,
            "feature.minfreq": params.min_freq,
            "feature.possible_transitions": params.all_transitions,
        }
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    last = trainer.logparser.last_iteration
    if last:
        log.info("CRF trained: %d iterations, loss %.1f, %d active features",
                 last.get("num", 0), last.get("loss", 0.0), last.get("active_features", 0))


class CrfModel:
    """A loaded CRFsuite model. Not thread-safe (CRFsuite taggers keep state): one per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def attributes(self) -> frozenset[str]:
        """The attributes (feature names) with a non-zero weight for some label.

        Anything else is ignored by CRFsuite, so the tagger can drop it before the call:
        with L1 regularisation most extracted features are such dead weight.
        """
        # Read from the file: Tagger.info() goes through a text dump, over a second here.
        model = read_crf_file(self.path)
        return frozenset(model.attributes[a] for a, _label, _weight in model.state)

    def labels(self) -> list[str]:
        return cast(list[str], self._tagger.labels())

    def tag(self, xseq: list[list[str]]) -> list[str]:
        """The best label sequence for one sentence's attribute lists."""
        if not xseq:
            return []
        return cast(list[str], self._tagger.tag(xseq))

    def marginals(self, labels: Sequence[str]) -> list[float]:
        """Marginal probability of each position's label in the LAST tagged sentence."""
        return [float(self._tagger.marginal(y, i)) for i, y in enumerate(labels)]
