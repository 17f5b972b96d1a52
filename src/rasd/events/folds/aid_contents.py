"""The goods an aid is said to contain: part of that aid, not a second one (task fix36b).

Wire reports list what a convoy, a ship or an announced relief package holds in a clause
after it (قررت إرسال مساعدات إنسانية عاجلة لفائدة المتضررين …، تتضمن 300 طن من المواد
الغذائية والأدوية; وصلت السفينة محملة بنحو 4200 طن من المواد الغذائية). The goods nouns are
AID triggers of their own (a food shipment handed over), so the list would count the aid
twice; :func:`rasd.events.folds.manner_folds.fold_aid_items` joins a و-fused item right after the
aid, and this fold joins an item named after a verb or participle of containing, across the
comma that usually sets that clause off. The gold codes one delivery (ev-1559, ev-1543).
"""

from __future__ import annotations

from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised words of containing or carrying that open the list of an aid's goods.
CONTAINING = frozenset(normalize_key(w) for w in (
    "تتضمن", "يتضمن", "تضم", "يضم", "تشمل", "يشمل", "تحمل", "يحمل", "محملة", "محمل",
    "محملتين", "المحملة", "شملت", "تضمنت", "ضمت", "بينها", "منها", "تحتوي", "يحتوي"))
#: Most words between the aid's trigger and the goods noun: the aid's own phrase (its
#: recipients and place) and the containing clause, within one sentence.
CONTENT_REACH = 24


def _goods_noun(e: Event) -> bool:
    """An AID told by a goods noun, not by a verb of giving (its trigger opens with the
    article or a number's noun: المواد الغذائية، طن من، شحنة)."""
    first = normalize_key(e.trigger.text.split()[0]).removeprefix("و").removeprefix("ب")
    return e.type == "AID" and (first.startswith("ال") or first in ("مواد", "طن", "اطنان"))


def _contains(host: Event, e: Event) -> bool:
    if host.type != "AID" or host.trigger.end > e.trigger.start \
            or host.evidence[0] != e.evidence[0]:
        return False
    sent = e.evidence[0]
    gap = sent.text[max(0, host.trigger.end - sent.start):max(0, e.trigger.start - sent.start)]
    words = [normalize_key(w.strip("،,«»")).removeprefix("و") for w in gap.split()]
    return len(words) <= CONTENT_REACH and any(w in CONTAINING for w in words) \
        and not any(c in gap for c in ".؛")


def fold_aid_contents(events: list[Event]) -> list[Event]:
    """One sentence's events with each goods-noun AID that a containing word introduces
    after an earlier AID of the sentence folded into that aid."""
    return fold_into_earlier(events, _goods_noun, _contains)
