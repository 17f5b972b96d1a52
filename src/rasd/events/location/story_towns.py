"""Task fix47: the town a foreign story happens in, when the dateline is the desk's capital.

An agency files from a capital (``باريس -``، ``بروكسل -``، ``مدريد -``) about a town far from it
that its lead names with a head and often a bearing: ``فتحت النيابة العامة في مدينة مونبيليار
شرقي فرنسا تحقيقا``. The dateline says where the desk is; the story's acts told without a
place of their own (the arrest, the minister's condemnation, the vigil) happened in the town,
as round 47's writer coded them (ev-1868 مونبيليار, ev-1871 أندرلخت, ev-1870 روكيتاس دي مار).
:func:`rasd.events.location.lead_place.story_place` already takes a village or district the lead
names after a dateline; a *city* it leaves to the dateline, because older passages code a
governorate's capital named in the lead as the dateline's governorate (ev-1602: ``مدينة الحلة،
مركز محافظة بابل`` under a Babil dateline). What sets the foreign case apart is distance: a
city the lead names with a city head, :data:`FAR_KM` or more from the dateline, is not the
dateline's province told again but another place, where the story happens.

A municipality (``في بلدية أندرلخت``) is a settlement when a locative preposition governs its
head; only as the council (``رئيس بلدية أندرلخت``، ``بلدية بيروت``) does it name an
institution (:func:`in_municipality`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from rasd.events.location.place_ref import PlaceRef
from rasd.model import Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: A city this far from the dateline city is another place, not the dateline's province
#: (Paris–Montbéliard 400 km; Babil's centroid–Hilla under 20 km). 60 km sets apart a
#: capital's desk from a story in another province of the same country.
FAR_KM: Final = 60.0
#: City heads before the lead's town (normalised, with a fused ب).
CITY_HEADS: Final = frozenset(normalize_key(w) for w in (
    "مدينة", "بمدينة", "بلدة", "ببلدة", "بلدية", "ببلدية"))
#: The municipality head and the locative prepositions that make it a place.
MUNICIPALITY: Final = normalize_key("بلدية")
LOCATIVES: Final = frozenset(normalize_key(w) for w in ("في", "داخل", "قرب", "وسط"))
_EARTH_KM: Final = 6371.0


def in_municipality(toks: Sequence[Token], i: int) -> bool:
    """Whether the name at token ``i`` follows ``بلدية`` governed by a locative preposition
    (``في بلدية أندرلخت``، ``ببلدية باب الوادي``): the town, not its council."""
    if i < 1 or toks[i - 1].base != MUNICIPALITY:
        return False
    head = toks[i - 1]
    return head.clitics.endswith("ب") or (i > 1 and toks[i - 2].norm in LOCATIVES)


def far_lead_town(main: PlaceRef | None, refs: list[PlaceRef], lead: Span | None,
                  text: str) -> PlaceRef | None:
    """``main``, or when it is a dateline city, the first city of its country the lead names
    after a city head (:data:`CITY_HEADS`) at least :data:`FAR_KM` from it, or in a
    municipality (:func:`in_municipality`) wherever it lies."""
    if main is None or not main.dateline or lead is None or main.lat is None \
            or main.lon is None:
        return main
    for p in refs:
        if not (main.span.end < p.span.start and p.span.end <= lead.end) or p.dateline \
                or p.institution or p.country != main.country or p.lat is None \
                or p.lon is None or p.precision != "city" or p.kb_id == main.kb_id:
            continue
        before = normalize_key(text[max(0, p.span.start - 16):p.span.start]).split()
        if not before:
            continue
        # a municipality the lead puts the story in (بحي كليمنهوفه في بلدية أندرلخت): the
        # town, though it locates the quarter and lies by the capital
        town = before[-1] == "ب" + MUNICIPALITY or (
            before[-1] == MUNICIPALITY and len(before) > 1 and before[-2] in LOCATIVES)
        if town or (before[-1] in CITY_HEADS and p.locates is None
                    and _km(main.lat, main.lon, p.lat, p.lon) >= FAR_KM):
            return replace(p, dateline=False, locates=None)
    return main


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


__all__ = ["far_lead_town", "in_municipality"]
