"""fix51: a town abroad named as lying in a city of another country is a local homonym.

``في منطقة فوة بمدينة المكلا``: the knowledge base knows فوة as Fuwwah, Egypt, and the
reference reading (:func:`rasd.events.location.places._references`) re-reads a place located from
a town abroad as a local one only when the container is coarser than it; two cities of
the same rank (فوة، المكلا) stayed two cities, and the Mukalla protest was placed and
counted in Egypt. A container named with its head word (بمدينة، في محافظة، بولاية) says
the place before it lies inside it, whatever the ranks: a place of another country there is
a quarter or village of the container's town that shares a foreign town's name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Final

from rasd.events.location.place_ref import PlaceRef
from rasd.model import Document
from rasd.text.tokens import Token, document_tokens

#: Head words of a named container (normalised bases): the place after them is a city,
#: a province or a state the place before lies in.
CONTAINER_HEADS: Final = frozenset({
    "مدينه", "محافظه", "ولايه", "مديريه", "قضاء", "اقليم", "مقاطعه", "العاصمه",
})
#: Openers of the containment: a fused ب on the head, or في before it.
IN: Final = "في"
#: Most tokens between the contained place's end and the container's head (منطقة فوة
#: بمدينة: none; حي الشيخ عثمان في مدينة عدن: one).
GAP: Final = 2
#: Precisions of a homonym that can be a local place (a town or a village, not a country).
TOWN_PRECISIONS: Final = frozenset({"city", "village"})

_token_start = attrgetter("start")


def _container_head(toks: Sequence[Token], i: int) -> int | None:
    """The index of the head opening the containment phrase whose place starts at token
    ``i`` (بمدينة المكلا, في مدينة عدن), or None."""
    if i < 1:
        return None
    head = toks[i - 1]
    if head.base not in CONTAINER_HEADS or head.clitics.endswith(("ال", "لل")):
        return None
    if head.clitics.startswith("ب"):
        return i - 1
    if i >= 2 and toks[i - 2].norm == IN:
        return i - 2
    return None


def local_homonyms(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
    """``refs`` with each town of another country named right before a named container
    (:data:`CONTAINER_HEADS`) read as a local place there (name kept, no KB reading)."""
    if len(refs) < 2:
        return refs
    toks = document_tokens(doc.text)
    out = list(refs)
    for k, r in enumerate(refs):
        if r.country is None or r.dateline:
            continue
        i = bisect_right(toks, r.span.start, key=_token_start) - 1
        if i < 0 or toks[i].start != r.span.start:
            continue
        h = _container_head(toks, i)
        if h is None:
            continue
        before = toks[max(0, h - GAP - 1):h]
        if any(t.kind == "punct" for t in before) or not before:
            continue
        lo = before[0].start
        for n in range(k - 1, -1, -1):
            p = out[n]
            if p.span.end < lo:
                break
            if p.span.end <= toks[h].start and p.country and p.country != r.country \
                    and p.precision in TOWN_PRECISIONS and not p.dateline:
                out[n] = PlaceRef(p.span, None, None, None, None, None, "local", None)
                out[k] = replace(r, locates=p.span)  # the container gives way to it
                break
    return out


__all__ = ["local_homonyms"]
