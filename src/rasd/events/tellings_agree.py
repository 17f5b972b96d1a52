"""Whether two tellings of an act agree: participants, places, dates and tolls that do not
contradict (:mod:`rasd.events.merge` and the retelling folds ask these before joining two
tellings into one event)."""

from __future__ import annotations

from rasd.events.folds.merge_content import not_an_actor
from rasd.model import Actor, Casualty, Event, Place
from rasd.text.normalize import normalize_key

#: Words naming protesters (normalised stems: محتجون، المتظاهرين): two such phrases of one
#: protest are one crowd (خرج مئات المتظاهرين ... وأغلق محتجون المقار).
PROTESTER_STEMS = ("محتج", "متظاهر")
#: Sectors of a state's own organs (government, army, police, intelligence, courts, parliament):
#: one act retold may name the state by any of them.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def dates_agree(a: Event, b: Event) -> bool:
    """Two tellings' dates do not contradict: equal, or either missing or only the
    publication day."""
    return not (a.date and b.date and a.date != b.date
                and "published" not in (a.date_basis, b.date_basis))


def tolls_agree(a: Event, b: Event) -> bool:
    """No count (killed, injured, arrested) of one telling excludes the other's."""
    return (toll_ok(a.killed, b.killed) and toll_ok(a.injured, b.injured)
            and toll_ok(a.arrested, b.arrested))


def actors_agree(a: Actor | None, b: Actor | None, *, organs: bool = False) -> bool:
    """Two participant phrases may name the same party: no country or entity contradicts.

    With ``organs``, two organs of one state (فنزويلا، الرئيس الفنزويلي; وزارة الداخلية، النائب
    العام) do not contradict: a retelling names the state by another of its organs."""
    if a is None or b is None or not_an_actor(a) or not_an_actor(b):
        return True  # a place or the victims read as actor contradict no one
    if a.entity is not None and a.entity == b.entity:
        return True
    if a.span.text in b.span.text or b.span.text in a.span.text:
        return True
    if protesters(a.span.text) and protesters(b.span.text):
        return True
    if a.entity is not None and b.entity is not None:
        # two different linked parties, unless both are organs of one state
        return organs and state_organs(a, b)
    return bool(a.country and a.country == b.country)


def state_organs(a: Actor, b: Actor) -> bool:
    return bool(a.country and a.country == b.country and state_organ(a) and state_organ(b))


def state_organ(actor: Actor) -> bool:
    """An organ of a state, or the state named by its country or capital (بوليفيا، طهران)."""
    return actor.sector in STATE_SECTORS or (actor.type == "GPE" and actor.sector is None)


def protesters(phrase: str) -> bool:
    """Whether a phrase names protesters (المحتجين، مئات المتظاهرين)."""
    key = normalize_key(phrase)
    return any(stem in key for stem in PROTESTER_STEMS)


def place_ok(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or a.basis != "sentence" or b.basis != "sentence":
        return True
    if a.country != b.country:
        return False
    if a.precision == "country" or b.precision == "country":
        return True
    if a.geonames_id is None and b.geonames_id is None and a.span is not None \
            and b.span is not None:
        # two places the gazetteer does not know (بلدة الخيام، بلدة عيتا الشعب) are the
        # same only under the same name, not because both lack an id
        return same_place_name(a.span.text, b.span.text)
    return a.geonames_id == b.geonames_id and a.name_en == b.name_en


def same_place_name(a: str, b: str) -> bool:
    """Whether two place phrases name one place: one holds the other (بلدة الخيام، الخيام)."""
    ka, kb = normalize_key(a), normalize_key(b)
    return ka in kb or kb in ka


def toll_ok(a: Casualty | None, b: Casualty | None) -> bool:
    if a is None or b is None:
        return True
    lo_a, hi_a = a.min or 0, a.max if a.max is not None else 10**9
    lo_b, hi_b = b.min or 0, b.max if b.max is not None else 10**9
    return lo_a <= hi_b and lo_b <= hi_a
