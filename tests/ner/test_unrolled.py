"""Generated straight-line sums give the bits of the plain left-to-right sums they replace."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.unrolled import Emitters, Summers, make_emitter, make_summer

_FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)


def _vectors(size: int, least: int, most: int) -> st.SearchStrategy[list[tuple[float, ...]]]:
    return st.lists(st.tuples(*[_FLOAT] * size), min_size=least, max_size=most)


def _left_to_right(vectors: list[tuple[float, ...]]) -> tuple[float, ...]:
    out = list(vectors[0])
    for vector in vectors[1:]:
        out = [s + v for s, v in zip(out, vector, strict=True)]
    return tuple(out)


def _bits(values: tuple[float, ...] | list[float]) -> list[str]:
    return [v.hex() for v in values]


@settings(max_examples=200, deadline=None)
@given(_vectors(3, 2, 20))
def test_a_summer_adds_left_to_right(vectors: list[tuple[float, ...]]) -> None:
    summers = Summers(3)
    total = summers[len(vectors)](vectors)
    assert isinstance(total, tuple)
    assert _bits(total) == _bits(_left_to_right(vectors))
    assert summers[len(vectors)] is summers[len(vectors)]  # made once


@settings(max_examples=200, deadline=None)
@given(_vectors(4, 5, 12))
def test_an_emitter_keys_the_left_to_right_sum(vectors: list[tuple[float, ...]]) -> None:
    keys = (b"#y0", b"#y1", 2, 3)
    own, a, b, c, d, *found = vectors
    scores = Emitters(keys)[len(found)](own, a, b, c, d, found)
    assert list(scores) == list(keys)
    assert _bits(list(scores.values())) == _bits(_left_to_right(vectors))


def test_unsupported_shapes_are_refused() -> None:
    with pytest.raises(ValueError):
        make_summer(9, 1)
    with pytest.raises(TypeError):
        make_emitter(("#y0",), 0)  # type: ignore[arg-type]  # ints and bytes only
