"""Straight-line sums of weight vectors, generated once per vector length and count.

The compiled tagger adds short float vectors (one float per label, nine for the shipped
model) all the time: a new word type's own and view sums (:meth:`CompiledCrf.total`) and
every position's emission (:meth:`rasd.ner.emissions.EmissionScorer.tag`). CPython has no
vector addition, and a loop over the labels (a comprehension over ``zip``, or ``map`` over
an adding lambda) pays per label for the iteration, the tuple ``zip`` builds and the call;
code written out in full, ``(a[0] + b[0] + c[0], a[1] + b[1] + c[1], ...)``, pays only for
the indexing and the additions. Counted with callgrind on Python 3.11: the sum of 7 vectors
21.2k instructions as a ``map`` over an unrolled lambda, 9.6k written out; a position's
nine emission scores with six vectors 16.5k as a dict comprehension, 10.4k written out.

Such code depends on the vector length and the number of vectors, so it is generated from
a template the first time a length and count are met (a few dozen functions in all) and
kept. Each label's terms are added left to right, as the loops added them and as CRFsuite
adds a position's weights, so every score is the same bits as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: One float per label (:data:`rasd.ner.compiled.Vector`).
Vector = tuple[float, ...]

#: ``summer(found)``: the vectors of ``found`` (a sequence of the count it was made for)
#: added label by label.
Summer = Callable[[Sequence[Vector]], Vector]
#: ``emitter(own, a, b, c, d, found)``: per label key, ``own + a + b + c + d`` plus the
#: vectors of ``found`` (of the count it was made for), in that order.
Emitter = Callable[[Vector, Vector, Vector, Vector, Vector, Sequence[Vector]],
                   dict[Any, float]]

_FIXED = ("own", "a", "b", "c", "d")


def _compile(name: str, source: str) -> Callable[..., Any]:
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<rasd.ner.unrolled {name}>", "exec"), namespace)
    return namespace[name]  # type: ignore[no-any-return]


def _unpack(names: Sequence[str], source: str) -> str:
    """``a, b, = found`` (nothing for no names): the trailing comma also unpacks one."""
    return f"    {', '.join(names)}, = {source}\n" if names else ""


def make_summer(size: int, count: int) -> Summer:
    """The sum of ``count`` (at least 2) vectors of ``size`` floats, as straight-line code."""
    if count < 2:
        raise ValueError(f"a sum needs two vectors or more, not {count}")
    names = [f"v{i}" for i in range(count)]
    sums = ", ".join(" + ".join(f"{v}[{k}]" for v in names) for k in range(size))
    return _compile("summer", f"def summer(found):\n{_unpack(names, 'found')}"
                              f"    return ({sums},)\n")


def make_emitter(keys: Sequence[int | bytes], extra: int) -> Emitter:
    """A position's scores keyed by ``keys`` (ints or bytes: written into the code as
    literals) from five vectors and ``extra`` more, as straight-line code."""
    for key in keys:
        if type(key) not in (int, bytes):  # repr() must give the same literal back
            raise TypeError(f"label keys must be ints or bytes, not {key!r}")
    more = [f"x{i}" for i in range(extra)]
    terms = [*_FIXED, *more]
    items = ", ".join(f"{key!r}: " + " + ".join(f"{v}[{k}]" for v in terms)
                      for k, key in enumerate(keys))
    return _compile("emitter", f"def emitter(own, a, b, c, d, found):\n"
                               f"{_unpack(more, 'found')}    return {{{items}}}\n")


class Summers(dict[int, Summer]):
    """:func:`make_summer` by count, for one vector length, each made on first use (a dict
    with ``__missing__``: a count already made is found at the speed of a dict)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __missing__(self, count: int) -> Summer:
        summer = self[count] = make_summer(self.size, count)
        return summer


class Emitters(dict[int, Emitter]):
    """:func:`make_emitter` by count of extra vectors, for one set of keys, each made on
    first use (as :class:`Summers`)."""

    def __init__(self, keys: Sequence[int | bytes]) -> None:
        super().__init__()
        self.label_keys = tuple(keys)

    def __missing__(self, extra: int) -> Emitter:
        emitter = self[extra] = make_emitter(self.label_keys, extra)
        return emitter
