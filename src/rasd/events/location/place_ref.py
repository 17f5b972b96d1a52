"""A place mention an event may take (:mod:`rasd.events.location.places`): its span, geocode and
what marks it (a reference point, a dateline, an institution's seat, an anaphor)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rasd.model import Place, PlaceBasis, Span

#: How specific a precision is (lower: finer): a site or village before a city.
RANK = {"site": -1, "village": -0.5, "city": 0, "local": 0.5, "region": 1, "country": 2,
        None: 3}
#: Place references that name a place without locating it (anchored before use).
LOCAL_PRECISIONS: Final = frozenset({"local", "site", "village"})


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A geocoded place mention."""

    span: Span
    name_en: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: str | None
    kb_id: str | None
    #: A reference point: the place another place of the sentence is located by (حوارة
    #: جنوب نابلس، مخيم زمزم قرب الفاشر): :func:`best_place` prefers the located one.
    locates: Span | None = None
    #: The dateline of a wire story (مقديشو - قتل …): where the story was filed, not where
    #: the act happened; it counts for the document's main place only.
    dateline: bool = False
    #: Named in an institution's name (محكمة جنايات القاهرة، حكومة طرابلس، جامعة تل أبيب):
    #: the institution's seat, the act's place only when its sentence names no other.
    institution: bool = False
    #: For a definite head standing for a place named before (سيطروا على القرية after قرية
    #: أم حوش): that earlier name, which the event's place shows.
    antecedent: Span | None = None

    def place(self, basis: PlaceBasis) -> Place:
        prec = self.precision if self.precision in ("city", "region", "country") else None
        return Place(self.antecedent or self.span, self.name_en, self.country, self.lat,
                     self.lon, self.geonames_id,
                     prec, self.kb_id, basis)  # type: ignore[arg-type]
