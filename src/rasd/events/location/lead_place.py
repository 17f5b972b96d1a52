"""The story's place when a wire dateline names only the town it was filed from (fix40).

``دير الزور – نورث برس: قتل عنصران … بهجوم … على حاجز عند مدخل بلدة الكسرة في ريف دير
الزور الغربي … ونفذت «قسد»، صباح اليوم، حملة دهم``: the dateline says where the desk filed
from (a governorate's capital, often the governorate itself), the lead says where the story
happens. An act whose own sentence names no place happened where the lead puts the story:
the village or district (``بلدة``، ``مديرية``، ``ناحية``…) the lead names after the
dateline, as round 40's writer coded every such act (ev-1644 الكسرة، ev-1648 مودية،
ev-1653 المشخاب، ev-1665 شيخ الحديد). A city or province the lead names (``مدينة الحلة،
مركز محافظة بابل``، ``بولاية وهران``) does not replace the dateline: older passages code the
dateline's governorate there (ev-1602). :func:`rasd.events.location.places.main_place` keeps the
dateline as the document's place; :func:`story_place` refines it.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.events.location.place_ref import RANK, PlaceRef
from rasd.model import Span
from rasd.text.normalize import normalize_key

#: Heads of a village or a district (normalised, with a fused ب/و): a settlement the story
#: happens in. Not a quarter, square, area or airport (حي، منطقة، ساحة، مطار): inside the
#: dateline's city they are finer than the gold codes a story's place (ev-1447 مقديشو for
#: حي هودن، ev-1530 تعز for حي الجحملية).
SETTLEMENT_HEADS = frozenset(normalize_key(w) for w in (
    "بلدة", "قرية", "ناحية", "مديرية", "خربة", "قضاء", "معتمدية", "مخيم",
    "بلدية"))  # fix47: a municipality (في بلدية أندرلخت), as معتمدية is

#: Characters before a place read for its head word (ناحية المشخاب، بمديرية مودية).
_HEAD_REACH = 12


def story_place(main: PlaceRef | None, refs: list[PlaceRef], lead: Span | None,
                text: str) -> PlaceRef | None:
    """``main`` (the document's main place), or, when it is a dateline, the first village
    or district (:data:`SETTLEMENT_HEADS`) of its country or of none the lead names after
    the dateline, that is no reference point, institution seat or dateline. places19: the
    dateline's own paragraph counts (``رام الله - هاجم مستوطنون … في أراضي بلدة ترمسعيا شمال
    رام الله`` then ``وأضاف شهود أن المستوطنين أحرقوا …``: Turmus Ayya), not only the lines
    after it."""
    if main is None or not main.dateline or lead is None:
        return main
    after = main.span.end
    small = [p for p in refs if after < p.span.start and p.span.end <= lead.end
             and not p.dateline and not p.institution and p.locates is None
             and p.country in (None, main.country) and _small(p, text)
             and RANK.get(p.precision, 3) <= RANK.get(main.precision, 3)]
    if not small:
        return main
    # the village lies in the dateline's country (an unknown one has none of its own)
    return replace(min(small, key=lambda p: p.span.start), country=main.country)


def _small(p: PlaceRef, text: str) -> bool:
    """Whether ``p`` is a village or district: a settlement head begins its span or stands
    right before it."""
    words = normalize_key(text[max(0, p.span.start - _HEAD_REACH):p.span.end]).split()
    inside = len(normalize_key(p.span.text).split())
    heads = words[max(0, len(words) - inside - 1):len(words) - inside + 1]
    return any(w in SETTLEMENT_HEADS or (w[:1] in "بو" and w[1:] in SETTLEMENT_HEADS)
               for w in heads)
