"""A CRFsuite model compiled into weight vectors, and its Viterbi decoder.

A linear-chain CRF scores a label sequence as the sum, over positions, of the weights of
the position's attributes for its label, plus a transition weight per adjacent label pair.
CRFsuite gives every string attribute the value 1.0, ignores attributes the model does not
know, has no start or end transitions, and decodes with Viterbi keeping the FIRST best
label on ties (strict ``<`` comparisons in ``crf1dc_viterbi``). :class:`CompiledCrf`
reproduces exactly that from the weights in the file, as one dense vector per attribute,
so that a sum of vectors can be computed once and reused (:mod:`rasd.ner.emissions`
caches one per word type) instead of handing CRFsuite ~60 strings per word.

:meth:`CompiledCrf.tag` on attribute lists adds the weights in CRFsuite's own order and
gives bit-identical scores; cached sums add the same numbers grouped differently, which
can only change a label when two paths tie to the last bits of a double.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from rasd.ner.accelerator import load_accelerator
from rasd.ner.crfsuite_file import CrfFile, read_crf_file
from rasd.ner.features import DOMAIN_PREFIX
from rasd.ner.unrolled import Summers

#: One float per label, in the model's label order.
Vector = tuple[float, ...]

#: Added to the Viterbi pruning bound so that float rounding (~1e-13 on scores of a few
#: hundred) can never prune a label that exact arithmetic would keep; pruning less than
#: possible only costs time.
REACH_MARGIN: Final = 1e-6


class CompiledCrf:
    """Weights of a CRFsuite model as ``attribute -> per-label vector`` plus transitions."""

    def __init__(self, model: CrfFile) -> None:
        self.labels: tuple[str, ...] = model.labels
        size = len(model.labels)
        self.size = size
        dense: dict[int, list[float]] = {}
        for attr, label, weight in model.state:
            row = dense.get(attr)
            if row is None:
                row = dense[attr] = [0.0] * size
            row[label] = weight
        names = model.attributes
        # Another training domain's own copies of the features (rasd.ner.train, adapt) are
        # never produced when tagging: not loaded.
        self.weights: dict[str, Vector] = {
            names[a]: tuple(row) for a, row in dense.items()
            if not names[a].startswith(DOMAIN_PREFIX)}
        self.zero: Vector = (0.0,) * size
        self._summers = Summers(size)
        # The same left-to-right sums in C where the accelerator is built.
        self._fast = load_accelerator()
        matrix = [[0.0] * size for _ in range(size)]
        for src, dst, weight in model.transitions:
            matrix[src][dst] = weight
        #: ``rows[i][j]`` and ``into[j][i]``: the weight of the transition from i to j.
        self.rows: tuple[Vector, ...] = tuple(tuple(row) for row in matrix)
        self.into: tuple[Vector, ...] = tuple(
            tuple(matrix[i][j] for i in range(size)) for j in range(size))
        #: How much coming from label i can gain over coming from any other label, into any
        #: label, plus a margin far above rounding error: a label trailing the best running
        #: score by more can never be the better predecessor (:meth:`viterbi`).
        self.reach: Vector = tuple(
            max(matrix[i][j] - matrix[k][j] for j in range(size) for k in range(size))
            + REACH_MARGIN
            for i in range(size))

    @classmethod
    def load(cls, path: Path) -> CompiledCrf:
        return cls(read_crf_file(path))

    def attributes(self) -> frozenset[str]:
        """Attributes with a weight for some label (CRFsuite ignores every other)."""
        return frozenset(self.weights)

    def emission(self, attributes: Iterable[str]) -> Vector:
        """The summed weights of ``attributes``, added in order as CRFsuite adds them;
        unknown attributes add nothing, repeated ones add again."""
        return self.total([w for w in map(self.weights.get, attributes) if w is not None])

    def total(self, found: Sequence[Vector]) -> Vector:
        """The sum of weight vectors ``found``, each label's added left to right (what
        :meth:`emission` adds for the known attributes of a list, in their order)."""
        n = len(found)
        if n < 2:
            return found[0] if n else self.zero
        # Each label's weights are added left to right, CRFsuite's order, so the sums are
        # the same bits (CRFsuite starts from 0.0, and 0.0 + w == w), by straight-line code
        # for this count of vectors (rasd.ner.unrolled): a new word type's five sums are
        # most of what the tagger spends on it; in C where the accelerator is built.
        fast = self._fast
        if fast is not None and type(found) is list:
            return fast.total(found, self.size)
        return self._summers[n](found)

    def viterbi(self, emissions: Sequence[Sequence[float]]) -> list[int]:
        """The best label ids for per-position emission scores (CRFsuite's tie-breaking).

        Exact, with one shortcut: a label whose running score trails the best by more than
        any transition can make up (:attr:`reach`) cannot be the best predecessor of any
        label, so it is not compared. At most positions of news text one label leads by
        that much and the step is a single vector sum.
        """
        if not emissions:
            return []
        into, rows, reach = self.into, self.rows, self.reach
        ids = range(self.size)
        score: Sequence[float] = emissions[0]
        # Per step: the one predecessor of every label, or each label's own predecessor.
        back: list[int | list[int]] = []
        for emission in emissions[1:]:
            top = max(score)
            live = [i for i, s, r in zip(ids, score, reach, strict=True) if top - s <= r]
            if len(live) == 1:
                lead = live[0]
                score = [top + t + e for t, e in zip(rows[lead], emission, strict=True)]
                back.append(lead)
                continue
            first, rest = live[0], live[1:]
            best: list[float] = []
            came: list[int] = []
            for j in ids:
                column = into[j]
                k, top = first, score[first] + column[first]
                for i in rest:
                    candidate = score[i] + column[i]
                    if candidate > top:  # strict: the first best wins, as in CRFsuite
                        k, top = i, candidate
                came.append(k)
                best.append(top + emission[j])
            back.append(came)
            score = best
        label = max(ids, key=score.__getitem__)  # max() keeps the first best too
        path = [label]
        for step in reversed(back):
            label = step if isinstance(step, int) else step[label]
            path.append(label)
        path.reverse()
        return path

    def tag(self, xseq: Sequence[Sequence[str]]) -> list[str]:
        """Labels for one sentence's attribute lists, as ``CrfModel.tag`` gives them."""
        ids = self.viterbi([self.emission(attributes) for attributes in xseq])
        return [self.labels[i] for i in ids]
