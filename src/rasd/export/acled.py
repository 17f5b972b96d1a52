"""ACLED-style CSV: one row per event that has an ACLED counterpart (docs/store.md).

The category is the one ``plover.tsv`` lists for the event's type and mode, refined by the
row's ACLED rule (docs/ontology.md, "ACLED rules") from the event and the other events of
its page. Events that are not facts (negated, denied, future, hypothetical), have no ACLED
category or no date are not written; the caller is told how many and why.

Conventions followed from the ACLED codebook:

* ``fatalities`` is the lowest credible figure: the lower bound of the killed count
  (``العشرات``, dozens, is 10); 0 when the page gives no toll.
* ``inter1``/``inter2`` are ACLED's actor-type codes (1 state forces, 2 rebels, 3 political
  militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other
  forces, 0 none), derived from the actor's sector (:data:`SECTOR_INTER`); ``interaction``
  is the two codes joined, smaller first (``17``), or the one code and 0 (``60``) when the
  event has one side, empty when the actor's type is unknown. An actor of unknown type is
  an "Unidentified Armed Group" (3) in violent events, as ACLED codes unclaimed attacks,
  and state forces (1) in Arrests, which ACLED defines as arrests by the state.
* ``geo_precision`` 1 = the town itself, 2 = a region or a town the event is only placed
  near (its place comes from the page's main place, not its own sentence, or is a village
  or site the KB lacks, located by the town nearest to it), 3 = a country.
* ``iso`` is the ISO 3166-1 numeric code, ``country`` the English name.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from typing import TextIO

from rasd.events.ontology import acled_category
from rasd.export.common import ExportStats, admin1, country
from rasd.export.names import actor_name
from rasd.store.query import FLAGS, EventRow

HEADER = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
          "actor2", "interaction", "country", "iso", "admin1", "location", "latitude",
          "longitude", "geo_precision", "source", "notes", "fatalities")

#: Actor sector → ACLED inter code. Sectors not listed are civilians (7) as recipients and
#: unknown (0) otherwise; state sectors acting outside their own country are external (8).
SECTOR_INTER: dict[str, int] = {
    "GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1,
    "REB": 2, "INS": 2,
    "UAF": 3, "CRM": 3,
    "IGO": 8,
    "OPP": 7, "PTY": 7, "NGO": 7, "MED": 7, "BUS": 7, "EDU": 7, "REL": 7, "HLH": 7,
    "LAB": 7, "REF": 7, "CVL": 7,
}
STATE = frozenset({"MIL", "COP", "SPY", "GOV", "JUD", "LEG"})
#: State sectors without arms: their people attacked are civilians.
UNARMED_STATE = frozenset({"GOV", "JUD", "LEG"})
#: Sectors of armed parties (docs/ontology.md, rule ``recipient``).
ARMED = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "CRM"})
#: Sectors of parties to armed conflict (rule ``conflict-actor``).
CONFLICT_PARTIES = frozenset({"MIL", "REB", "INS", "UAF"})
SECURITY = frozenset({"MIL", "COP"})
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians",
                           "Explosions/Remote violence"})
RIOT_MODES = frozenset({"riot", "vandalize"})
PRECISION = {"city": 1, "region": 2, "country": 3}

_PROTESTS = "Protests"
_EXCESSIVE = (_PROTESTS, "Excessive force against protesters")
_INTERVENTION = (_PROTESTS, "Protest with intervention")


def _same_party(a: EventRow, role_a: str, b: EventRow, role_b: str) -> bool:
    kb_a, kb_b = a[f"{role_a}_kb_id"], b[f"{role_b}_kb_id"]
    if kb_a and kb_b:
        return bool(kb_a == kb_b)
    return bool(a[role_a]) and a[role_a] == b[role_b]


def category(e: EventRow, page: Sequence[EventRow]) -> tuple[str, str] | None:
    """The ACLED (event type, sub-event type) of ``e``; ``page`` holds every event of its
    document. ``None``: not exported."""
    listed = acled_category(e["type"], e["mode"])
    if listed is None:
        return None
    base = (listed.event_type, listed.sub_event_type)
    others = [o for o in page if o["event_id"] != e["event_id"]]
    if listed.rule == "recipient":
        if e["mode"] == "sideAB" or e["recipient_sector"] in ARMED:
            return ("Battles", "Armed clash")
        if e["recipient"] and any(o["type"] == "PROTEST" and _same_party(e, "recipient", o,
                                                                          "actor")
                                  for o in others):
            return _EXCESSIVE
        return base
    if listed.rule == "protest-response":
        if any(o["type"] == "ASSAULT" and (o["mode"] == "firearms" or (
                (o["killed_min"] or 0) > 0 and o["actor_sector"] in SECURITY))
               for o in others):
            return _EXCESSIVE
        if any((o["type"], o["mode"]) in (("ASSAULT", "crowd-control"), ("COERCE", "arrest"))
               for o in others):
            return _INTERVENTION
        return base
    if listed.rule == "conflict-actor":
        parties = {e["actor_sector"], e["recipient_sector"]}
        return base if parties & CONFLICT_PARTIES else None
    # direct, weapon (the weapon modes have their own rows), territory (property and
    # territory are not told apart yet: the listed category).
    return base


def inter(e: EventRow, role: str, event_type: str, sub_event_type: str = "") -> int:
    """ACLED's actor-type code of the event's actor or recipient (module doc)."""
    if role == "actor" and e["type"] == "PROTEST":
        return 5 if e["mode"] in RIOT_MODES else 6
    if role == "recipient" and event_type == _PROTESTS:
        return 6  # force against protesters: the recipients are the protesters
    sector = e[f"{role}_sector"]
    if role == "recipient" and sector in UNARMED_STATE:
        return 7  # an official attacked is a civilian victim in ACLED
    code = SECTOR_INTER.get(sector or "", 0)
    if sector in STATE and e[f"{role}_country"] and e["country"] \
            and e[f"{role}_country"] != e["country"]:
        code = 8
    if code == 0 and e[role] and role == "recipient":
        code = 7
    if code == 0 and role == "actor" and event_type in VIOLENT_TYPES:
        code = 3
    if code == 0 and role == "actor" and sub_event_type == "Arrests":
        code = 1  # ACLED's Arrests are arrests by state forces, by definition
    return code


def interaction(inter1: int, inter2: int) -> str:
    """Both codes, smaller first; ``inter1`` and 0 for one-sided events; empty when the
    actor's type is unknown (ACLED has no code for it)."""
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1}0"
    a, b = sorted((inter1, inter2))
    return f"{a}{b}"


def _actor1(e: EventRow, event_type: str, sub_event_type: str, country_name: str) -> str:
    name = actor_name(e, "actor")
    if name:
        return name
    where = f" ({country_name})" if country_name else ""
    if event_type == _PROTESTS:
        return f"Protesters{where}"
    if event_type == "Riots":
        return f"Rioters{where}"
    if event_type in VIOLENT_TYPES:
        return f"Unidentified Armed Group{where}"
    if sub_event_type == "Arrests":
        return f"Police Forces{where}"
    return ""


def row(e: EventRow, cat: tuple[str, str]) -> dict[str, object]:
    c = country(e["country"] or e["place_country"])
    name = c.name_en if c else ""
    inter1 = inter(e, "actor", *cat)
    inter2 = inter(e, "recipient", *cat) if e["recipient"] else 0
    precision = PRECISION.get(e["place_precision"] or "", 3)
    if precision == 1 and (e["place_basis"] == "document" or (
            e["place_name_en"] is None and e["place"] is not None)):
        # placed by the page's main place, or a place the KB lacks located by the town
        # nearest to it: near that town
        precision = 2
    return {
        "event_date": e["event_date"], "event_type": cat[0], "sub_event_type": cat[1],
        "actor1": _actor1(e, cat[0], cat[1], name), "assoc_actor_1": "", "inter1": inter1,
        "actor2": actor_name(e, "recipient") or "", "interaction": interaction(inter1, inter2),
        "country": name, "iso": c.numeric if c else "", "admin1": admin1(e["place_kb_id"]) or "",
        "location": e["place_name_en"] or e["place"] or name,
        "latitude": "" if e["lat"] is None else e["lat"],
        "longitude": "" if e["lon"] is None else e["lon"],
        "geo_precision": precision, "source": e["source"] or e["url"] or "",
        "notes": " ".join((e["evidence"] or "").split()),
        # ACLED's conservative convention: the lowest credible figure.
        "fatalities": e["killed_min"] or 0,
    }


def write(rows: Sequence[EventRow], out: TextIO, *,
          pages: Mapping[str, Sequence[EventRow]]) -> ExportStats:
    """Write the ACLED CSV of ``rows``; ``pages``: every event of each row's document."""
    stats = ExportStats()
    w = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\n")
    w.writeheader()
    for e in rows:
        if any(e[f] for f in FLAGS):
            stats.skip("not a fact (negated, denied, future or hypothetical)")
            continue
        cat = category(e, pages.get(e["doc_id"], ()))
        if cat is None:
            stats.skip("no ACLED category")
            continue
        if not e["event_date"]:
            stats.skip("no date")
            continue
        w.writerow(row(e, cat))
        stats.written += 1
    return stats
