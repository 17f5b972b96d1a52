"""Round-29 folds of an act's manner: ``بالتنسيق مع`` after another act of the sentence says
how that act was done, not a second act; and the means of a toll told after a comma
(``قتل عنصر … ليل الأحد، في اشتباك``) is the act of that toll (:func:`toll_means_clause`).

``نفذت، السبت، غارة جوية بالتنسيق مع الحكومة الصومالية``, ``أبحرت سفينة مساعدات …، بتنسيق مع
برنامج الأغذية العالمي``, ``تسلم مطلوبا …، وذلك بالتنسيق مع الإنتربول``: the phrase is an adjunct
of the strike, the aid or the handover told before it (the gold codes one event: ev-1330's
strike accepts COOPERATE as its second type; ev-895, ev-923, ev-1009, ev-1149, ev-1251,
ev-1292 and ev-1334 code no cooperation beside the act). Alone (``أعلنت الوزارة التنسيق مع
الجانب الإسباني``) or before any act of the sentence it is still the act.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.events.folds.agreed_terms import agreed_on
from rasd.events.folds.pair_merge import fold_evidence, last_of_type
from rasd.events.merge import bare_death
from rasd.model import Event
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Normalised openings of the manner phrase "in coordination with" (بالتنسيق مع، بتنسيق مع،
#: وبالتنسيق مع): a preposition بـ before the verbal noun, its object after مع.
_MANNER_OPENINGS = tuple(normalize_key(w) for w in ("بالتنسيق مع", "بتنسيق مع",
                                                     "وبالتنسيق مع", "وبتنسيق مع"))


def _manner(e: Event) -> bool:
    return e.type == "COOPERATE" and normalize_key(e.trigger.text).startswith(
        _MANNER_OPENINGS)


def fold_into_earlier(events: list[Event], guest: Callable[[Event], bool],
                      host: Callable[[Event, Event], bool]) -> list[Event]:
    """``events`` with each ``guest`` folded (its evidence joined) into the latest-starting
    other event of the same flags for which ``host(event, guest)`` holds (the predicate says
    where the host may stand); a guest with no such event stays an event."""
    out = list(events)
    for e in events:
        if not guest(e):
            continue
        hosts = [o for o in out if o is not e and o.flags == e.flags and host(o, e)]
        if not hosts:
            continue
        fold_evidence(out, max(hosts, key=lambda o: o.trigger.start), e)
    return out


def _told_before(o: Event, e: Event) -> bool:
    return o.trigger.end <= e.trigger.start


def fold_coordination(events: list[Event]) -> list[Event]:
    """One sentence's events with each "in coordination with" COOPERATE folded into the act
    of another type told before it in the sentence with the same flags (the nearest one)."""
    return fold_into_earlier(events, _manner,
                             lambda o, e: _told_before(o, e) and o.type != "COOPERATE")


#: Prepositions (normalised) opening the phrase that names how a toll came about, after a
#: comma that ends the toll's clause (قتل عنصر من «فتح» وأصيب اثنان آخران ليل الأحد، في
#: اشتباك; استشهد شابان فجر اليوم، جراء قصف): the act word names the toll's act.
MEANS_OPENERS = frozenset({"في", "جراء", "اثر", "خلال", "بسبب"})


def toll_means_clause(toks: list[Token], clause: int, first: int, told: list[Event]) -> bool:
    """Whether the ASSAULT trigger at token ``first``, whose clause starts at ``clause``,
    opens that clause after a means preposition (:data:`MEANS_OPENERS`, or a fused ب:
    ``، بقصف``) right after an ASSAULT told by a bare death word (``told``: the sentence's
    events so far, the last one the trigger's own): one act, the toll's."""
    if len(told) < 2 or told[-1].type != "ASSAULT" or told[-2].type != "ASSAULT" \
            or not bare_death(told[-2]) or not 0 <= clause < len(toks):
        return False
    if first == clause:
        return toks[first].clitics == "ب"
    return first == clause + 1 and toks[clause].norm in MEANS_OPENERS


#: Normalised stems of a closure (أغلق، إغلاق) and of the ban that follows it (ومنعت، ومنع).
_CLOSING = normalize_key("غلق")
_AND_BARRED = normalize_key("ومنع")


def fold_closure_effects(events: list[Event]) -> list[Event]:
    """Round 29: one sentence's events with a و-joined ban on passage after a closure
    (أغلقت قوات الاحتلال المدخل الرئيسي للبلدة بالبوابة الحديدية، ومنعت المركبات من الدخول
    والخروج) folded into that closure: one restriction, its effect told, as the dev gold codes
    it (ev-401, ev-1312)."""
    return fold_into_earlier(
        events,
        lambda e: (e.type, e.mode) == ("COERCE", "restrict")
        and normalize_key(e.trigger.text).startswith(_AND_BARRED),
        lambda o, e: _told_before(o, e) and (o.type, o.mode) == ("COERCE", "restrict")
        and _CLOSING in normalize_key(o.trigger.text))


#: Normalised openings of what an agreement is for, right after its noun (اتفاق لوقف إطلاق
#: النار) and of a further item joined to it (وانسحاب الآليات المسلحة).
_AGREED_FOR = normalize_key("لوقف")
_AND_WITHDRAWAL = normalize_key("وانسحاب")
#: Most characters between an agreement's trigger and its purpose (a space), and between one
#: item of its content and the next (بين المجموعتين المسلحتين، وانسحاب).
_PURPOSE_GAP = 1
_ITEM_GAP = 60


def fold_agreed_ceasefire(events: list[Event], text: str) -> list[Event]:
    """Round 29: one sentence's events with a ceasefire told as what an agreement is for
    (توصل أعيان غريان ووجهائها إلى اتفاق لوقف إطلاق النار بين المجموعتين المسلحتين، وانسحاب
    الآليات المسلحة من الشوارع) folded into the AGREE, with the withdrawal joined to it: the
    terms of one agreement, one event (ev-1319 accepts AGREE or RETREAT/ceasefire for it; the
    matcher reads `التوصل إلى اتفاق لوقف إطلاق النار` as one trigger when no subject
    intervenes)."""
    out: list[Event] = []
    host: int | None = None
    last_end = 0
    purposed = False  # the host's own words name the ceasefire (اتفاق لوقف إطلاق النار)
    for e in events:
        key = normalize_key(e.trigger.text)
        if host is not None and e.type == "RETREAT" and e.flags == out[host].flags and (
                (e.mode == "ceasefire" and key.startswith(_AGREED_FOR)
                 and 0 <= e.trigger.start - last_end <= _PURPOSE_GAP
                 and out[host].trigger.end == last_end)
                or (e.mode == "ceasefire" and out[host].trigger.end == last_end
                    and agreed_on(text, last_end, e.trigger.start))
                or (key.startswith(_AND_WITHDRAWAL)
                    and (out[host].trigger.end < last_end or purposed)
                    and 0 <= e.trigger.start - last_end <= _ITEM_GAP
                    and "." not in text[last_end:e.trigger.start])):
            # AGREE has no modes (docs/ontology.md): the ceasefire is the agreement's content
            out[host] = out[host].with_evidence(e.evidence)
            last_end = e.trigger.end
            continue
        purposed = e.type == "AGREE" and _AGREED_FOR in key
        out.append(e)
        host, last_end = (len(out) - 1, e.trigger.end) if e.type == "AGREE" else (None, 0)
    return out


#: Normalised openings of a release told as a purpose (لإطلاق سراح، للإفراج عن).
_RELEASE_PURPOSE = tuple(normalize_key(w) for w in ("لإطلاق سراح", "للإفراج"))


def fold_release_purpose(events: list[Event]) -> list[Event]:
    """Round 29: one sentence's events with a release told as the purpose of a demand made
    before it (وطالب ستالين، في رسالة إلى وزير الخارجية، بـ«التدخل العاجل» لإطلاق سراح
    الصيادين) folded into the demand: what is asked for, not a release (a long insert
    between commas ends the demand's clause, so the content cue does not reach it)."""
    return fold_into_earlier(
        events,
        lambda e: e.type in ("RETREAT", "CONCEDE")
        and normalize_key(e.trigger.text).startswith(_RELEASE_PURPOSE),
        lambda o, e: _told_before(o, e) and o.type == "REQUEST")


#: Most characters between an aid's trigger and a further item of its goods joined by و
#: (قافلة مساعدات … تضم 60 شاحنة محملة بالطحين والمواد الغذائية).
AID_ITEM_GAP = 60


def _nominal_item(trigger: str) -> bool:
    """Whether a و-joined trigger opens with a noun (والمواد، وشحنة), not a verb of its own
    (وأرسلت القاهرة شحنات): the article, or the feminine ending no verb has."""
    first = trigger.split()[0]
    return first[:1] == "و" and (first[1:3] == "ال" or first.endswith("ة"))


def fold_aid_items(events: list[Event], text: str) -> list[Event]:
    """Round 29: one sentence's events with a further item of an aid's goods joined by و
    (لإرسال قافلة طبية وشحنة أدوية؛ شاحنة محملة بالطحين والمواد الغذائية) folded into that
    aid: one delivery, as the dev gold codes it (ev-692, ev-1317); the item shares the aid's
    flags (a shipment announced with a convoy is planned with it)."""
    out: list[Event] = []
    for e in events:
        host = last_of_type(out, "AID") \
            if e.type == "AID" and _nominal_item(e.trigger.text) else None
        if host is not None:
            gap = text[out[host].trigger.end:e.trigger.start]
            if 0 <= len(gap) <= AID_ITEM_GAP and not any(c in gap for c in ".،,؛"):
                out[host] = out[host].with_evidence(e.evidence)
                continue
        out.append(e)
    return out
