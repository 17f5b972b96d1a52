"""Viterbi in C: CRFsuite decoding emission scores computed in Python.

A Viterbi step over nine labels is 81 additions and comparisons; in pure Python it is the
largest single cost of the compiled tagger (:mod:`rasd.ner.emissions`), even with the
pruning of :meth:`CompiledCrf.viterbi`. CRFsuite does it in C, but only from attributes.
So this module makes a small CRFsuite model whose state weights are the identity: one
attribute ``#y<k>`` per label with weight 1.0 for label k and nothing else, and whose
transitions are the tagged model's. Given the
attributes ``{"#y0": e0, ..., "#y8": e8}`` at a position, CRFsuite's state score for label
k is ``0.0 + 1.0 * ek``, which is ``ek`` to the bit, so its Viterbi returns exactly what
:meth:`CompiledCrf.viterbi` returns, ties included.

CRFsuite can only write models it trained, so the model is trained on a few toy
sequences that show every label and every label pair (giving each needed feature a
non-zero weight, hence a slot in the file), and its weights are then overwritten in place
(:mod:`rasd.ner.crfsuite_file` explains the layout). The result is checked by reading it
back; anything unexpected raises :class:`CrfFileError` and the tagger falls back to the
pure-Python Viterbi. Measured on SaudiNewsNet sentences, the C path (pycrfsuite's
conversion of nine weighted attributes per word included) takes a quarter to a third less
time per word than the Python one.
"""

from __future__ import annotations

import struct
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final, cast

import pycrfsuite  # type: ignore[import-untyped]

from rasd.ner.compiled import CompiledCrf
from rasd.ner.crfsuite_file import (
    FEATURE_RECORD,
    STATE_FEATURE,
    TRANSITION,
    CrfFileError,
    parse_crf_bytes,
    read_crf_file,
)

#: The attribute carrying label k's emission score (``#`` keeps it apart from features).
SLOT_PREFIX: Final = "#y"
_WEIGHT: Final = struct.Struct("<d")
_FEATURE_HEAD: Final = struct.Struct("<III")  # type, src, dst (the weight follows)


class CDecoder:
    """Decodes emission vectors of a :class:`CompiledCrf` with CRFsuite's Viterbi."""

    def __init__(self, crf: CompiledCrf) -> None:
        self.slots = tuple(f"{SLOT_PREFIX}{k}" for k in range(crf.size))
        # pycrfsuite encodes str keys on every call; bytes pass as they are.
        self.keys = tuple(slot.encode() for slot in self.slots)
        # CRFsuite reads the model from this buffer without copying it: keep it alive.
        self._model = identity_model(crf, self.slots)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)

    def decode(self, emissions: Sequence[Sequence[float]]) -> list[str]:
        """The best labels for per-position emission scores (one float per label)."""
        if not emissions:
            return []
        keys = self.keys
        return self.decode_items([dict(zip(keys, e, strict=True)) for e in emissions])

    def decode_items(self, items: list[dict[bytes, float]]) -> list[str]:
        """The best labels for per-position scores keyed by :attr:`keys` (label k's score
        under ``keys[k]``, in that order): what :meth:`decode` builds, for callers that can
        build it directly."""
        if not items:
            return []
        return cast(list[str], self._tagger.tag(items))


def identity_model(crf: CompiledCrf, slots: Sequence[str]) -> bytes:
    """A CRFsuite model: identity state weights on ``slots``, ``crf``'s transitions."""
    labels = crf.labels
    with tempfile.TemporaryDirectory(prefix="rasd-ner-") as tmp:
        path = Path(tmp) / "identity.crfsuite"
        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        # Every label pair once, so every transition gets a weight of its own.
        for a in range(len(labels)):
            for b in range(len(labels)):
                trainer.append([[slots[a]], [slots[b]]], [labels[a], labels[b]])
        trainer.set_params({"c1": 0.0, "c2": 1.0, "max_iterations": 5,
                            "feature.possible_transitions": True})
        trainer.train(str(path))
        raw = bytearray(path.read_bytes())
        toy = read_crf_file(path)
    if sorted(toy.labels) != sorted(labels):
        raise CrfFileError(f"identity model has labels {toy.labels}, expected {labels}")
    label_id = {name: k for k, name in enumerate(labels)}
    slot_id = {name: k for k, name in enumerate(slots)}
    wanted = {(a, b): w for a, row in enumerate(crf.rows) for b, w in enumerate(row)}
    covered: set[tuple[int, int]] = set()
    for index in range(toy.n_features):
        at = toy.features_at + index * FEATURE_RECORD.size
        kind, src, dst = _FEATURE_HEAD.unpack_from(raw, at)
        y = label_id[toy.labels[dst]]
        if kind == STATE_FEATURE:
            weight = 1.0 if slot_id[toy.attributes[src]] == y else 0.0
        elif kind == TRANSITION:
            pair = (label_id[toy.labels[src]], y)
            weight = wanted[pair]
            covered.add(pair)
        else:
            raise CrfFileError(f"unknown feature type {kind}")
        _WEIGHT.pack_into(raw, at + _FEATURE_HEAD.size, weight)
    missing = {pair for pair, w in wanted.items() if w != 0.0} - covered
    if missing:
        raise CrfFileError(f"identity model lacks transitions {sorted(missing)}")
    patched = parse_crf_bytes(bytes(raw))
    ones = {(patched.attributes[a], patched.labels[y])
            for a, y, w in patched.state if w == 1.0}
    if ones != {(slots[k], labels[k]) for k in range(len(labels))}:
        raise CrfFileError("identity model lacks a state weight for some label")
    return bytes(raw)
