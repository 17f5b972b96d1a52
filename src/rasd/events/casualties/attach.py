"""Casualty counts attached to events: a sentence's counts to its acts (killed, injured,
missing and abducted to the nearest ASSAULT, else PROTEST, else any; arrests to the nearest
COERCE), the tolls of sentences that report no act to the act told before them (an update,
or another source's figure), a second count of an act's toll added as its second part.
Split out of :mod:`rasd.events.merge`."""

from __future__ import annotations

from dataclasses import replace

from rasd.events.casualties.tolls import (
    CAPTURE_MODES,
    accident_toll,
    additional,
    claimed,
    cumulative,
    is_toll,
    lowest_of,
    other_estimate,
    over_two_acts,
    result_cue,
    summed,
    takes_toll,
    updates,
)
from rasd.events.retellings.merge_links import PROPERTY_MODES
from rasd.events.syntax.clauses import SENTENCE_END
from rasd.model import Casualty, Event

#: Which acts take a count, in order. An arrest takes no dead or wounded (وأعلنت الشرطة أن
#: 34 شخصا أوقفوا وأن تسعة من رجال الأمن أصيبوا): they are the violence's told before it
#: (:mod:`rasd.events.sentence_events` passes them on as the tolls of an earlier act).
_PREFERRED = {
    "killed": ("ASSAULT", "PROTEST"),
    "injured": ("ASSAULT", "PROTEST"),
    "missing": ("ASSAULT",),
    "abducted": ("ASSAULT",),
    "arrested": ("COERCE",),
}
_FIELD = {"killed": "killed", "injured": "injured", "arrested": "arrested"}


def attach_casualties(
    events: list[Event],
    casualties: list[Casualty],
    tolls: frozenset[tuple[int, int]] = frozenset(),
    text: str = "",
) -> list[Event]:
    """``events`` of one sentence with that sentence's casualty counts attached; ``tolls``
    are the spans of the counts told as a toll (الحصيلة بلغت 14 قتيلا), which update an
    earlier act rather than an act of another kind told with them. Another source's figure
    told in contrast (found in ``text``: فيما قال مصدر طبي إن 43 شخصا على الأقل قتلوا) is
    the act's told before it, whose lower figure stands, never an act's told after it."""
    if not events or not casualties:
        return events
    out = list(events)
    for cas in casualties:
        field = _FIELD.get(cas.kind)
        if field is None or (text and (cumulative(cas, text) or over_two_acts(cas, text)
                                       or accident_toll(cas, text))):
            # no count of ours, a tally since a date (منذ مطلع العام) or the total of two
            # acts (من موقعي القصف): no one act's
            continue
        if text and cas.kind in _ESTIMATED and other_estimate(cas, text):
            out = _other_estimate(out, field, cas, claim=claimed(cas, text))
            continue
        open_ = [
            k
            for k, e in enumerate(out)
            if getattr(e, field) is None and not e.negated and takes_toll(e, cas.kind, out)
        ]
        open_ = _crowds_act(out, open_, cas)
        toll = is_toll(cas) or (cas.span.start, cas.span.end) in tolls
        if not open_:
            out = out if toll else _add_part(out, field, cas)
            continue
        if (
            toll
            and cas.kind in _SUMMED
            and not any(e.type == "ASSAULT" and not e.negated for e in out)
        ):
            continue  # الحصيلة بلغت 14 قتيلا … وأوقفت الشرطة: the toll of an act told before
        preferred = [k for t in _PREFERRED[cas.kind] for k in open_ if out[k].type == t]
        if not preferred and cas.kind == "arrested":
            # fighters taken in battle (وأسر 18 منهم) are the capture's count
            preferred = [k for k in open_ if out[k].mode in CAPTURE_MODES]
        pool = preferred[:1] and [k for k in preferred if out[k].type == out[preferred[0]].type]
        if not pool:
            # no fitting event open: a second part of the toll of an attack that has one
            # (مقتل 25 مسلحا في عملية مشتركة، فيما قتل ثلاثة من جنوده); a toll does not
            # belong to a statement (ناشد، أدان)
            out = out if toll else _add_part(out, field, cas)
            continue
        cue = result_cue(cas, text) if text else None
        if cue is not None:
            # ما أدى إلى مقتل شخصين، فيما رد حزب الله بقصف: the toll of the act told before
            # the result clause, never of one told after it
            pool = [k for k in pool if out[k].trigger.start < cue] or pool
        if cas.kind in _SUMMED:
            # هاجم مستوطنون مزارعين … وأضرموا النار في مركبتين، ما أدى إلى إصابة مزارع: the
            # people's toll is the attack's on people, not the burning of property told with it
            pool = [k for k in pool if out[k].mode not in PROPERTY_MODES] or pool
        k = min(pool, key=lambda k: abs(out[k].trigger.start - cas.span.start))
        out[k] = _with_toll(out[k], field, cas)
    return out


#: Kinds whose second count in a sentence is a second part of one act's toll.
_SUMMED = frozenset({"killed", "injured"})
#: Kinds another source may give its own figure of (في حين قالت الوزارة إن عدد الموقوفين).
_ESTIMATED = _SUMMED | {"arrested"}


def _other_estimate(events: list[Event], field: str, cas: Casualty, *,
                    claim: bool = False) -> list[Event]:
    """``events`` with ``cas``, another source's figure, set against the count of the act told
    before it in the sentence (the lower one stands, open), or given to one told before
    without a count; with no act before it, the count is left for the acts of earlier
    sentences (:func:`attach_orphans`)."""
    before = [k for k, e in enumerate(events) if e.trigger.start < cas.span.start
              and e.type in _PREFERRED[cas.kind] and not e.negated]
    if not before:
        return events
    # the kind of act the figure counts first: the arrest's, not the protest's told after it
    # (الشرطة اعتقلت أكثر من عشرة آلاف … من الاحتجاجات …، فيما قالت الوزارة إن عدد الموقوفين)
    first = next(t for t in _PREFERRED[cas.kind] if any(events[k].type == t for k in before))
    out = list(events)
    k = [k for k in before if events[k].type == first][-1]
    current = getattr(out[k], field)
    if claim and current is None:
        # تبنت الجماعة الهجوم، وزعمت أنها قتلت أكثر من 15: the claimed act retold, whose
        # reported count was told earlier; the claim is set against it (attach_orphans)
        return events
    out[k] = _with_toll(out[k], field, cas if current is None else lowest_of(current, cas))
    return out


def _add_part(events: list[Event], field: str, cas: Casualty) -> list[Event]:
    """``events`` with ``cas``, a second count of a kind every event of the sentence has,
    added to the ASSAULT told before it (صد هجوم … ما أسفر عن مقتل ستة من المهاجمين، فيما
    قتل جنديان): one act's toll in two parts. A toll (ارتفع عدد القتلى) is no part."""
    if cas.kind not in _SUMMED or is_toll(cas):
        return events
    hosts = [
        k
        for k, e in enumerate(events)
        if e.type == "ASSAULT"
        and not e.negated
        and e.trigger.start < cas.span.start
        and getattr(e, field) is not None
    ]
    if not hosts:
        return events
    out = list(events)
    k = hosts[-1]
    out[k] = _with_toll(out[k], field, summed(getattr(out[k], field), cas))
    return out


def attach_orphans(
    events: list[Event],
    tolls: list[Casualty],
    toll_spans: frozenset[tuple[int, int]] = frozenset(),
    text: str = "",
) -> list[Event]:
    """``events`` (in text order) with the tolls of sentences that report no event
    (وبلغت حصيلة القتلى 18) given to the last fitting event told before them; those of
    ``toll_spans`` are told as a toll and may update an exact count. Another source's
    figure told in contrast (في حين تحدث الجيش عن 21 قتيلا: found in ``text``) does not
    update the count: the lower of the two stands, open."""
    out = list(events)
    for cas in tolls:
        field = _FIELD.get(cas.kind)
        if field is None or (text and (cumulative(cas, text) or accident_toll(cas, text))):
            continue
        toll = (cas.span.start, cas.span.end) in toll_spans
        if not toll and text and _inside_total(cas, tolls, toll_spans, text):
            continue  # انتشلت جثتين أخريين، ليرتفع عدد القتلى إلى ثمانية: within the 8
        fitting = [
            k
            for k, e in enumerate(out)
            if e.trigger.start < cas.span.start and e.type in _PREFERRED[cas.kind] and not e.negated
        ]
        fitting = _crowds_act(out, fitting, cas)
        if not fitting or (len(fitting) > 1 and text and over_two_acts(cas, text)):
            continue  # none, or a total over two acts told apart (من موقعي القصف)
        # the kind of act the toll counts first (the dead of the clashes, not of a protest)
        fitting = next(
            (
                [k for k in fitting if out[k].type == t]
                for t in _PREFERRED[cas.kind]
                if any(out[k].type == t for k in fitting)
            ),
            fitting,
        )
        # the latest act whose count the toll updates (قتل ستة … ليرتفع عدد القتلى إلى
        # ثمانية; وقتلوا 19 مدنيا على الأقل، فيما قتل ثلاثة من المهاجمين … ارتفعت إلى 24),
        # else the last one
        k = next(
            (
                j
                for j in reversed(fitting)
                if getattr(out[j], field) is not None and updates(getattr(out[j], field), cas, toll)
            ),
            fitting[-1],
        )
        counted = [j for j in fitting if getattr(out[j], field) is not None]
        if text and counted and other_estimate(cas, text):
            # another source's figure is set against the act's told count, not given to a
            # retelling without one (تبنت الجماعة الهجوم، وزعمت أنها قتلت أكثر من 15)
            k = counted[-1]
        current = getattr(out[k], field)
        if current is not None and text and other_estimate(cas, text):
            out[k] = _with_toll(out[k], field, lowest_of(current, cas))
        elif current is not None and text and cas.kind in _SUMMED and additional(cas, text):
            out[k] = _with_toll(out[k], field, summed(current, cas))
        elif current is None or updates(current, cas, toll):
            out[k] = _with_toll(out[k], field, cas)
    return out




def _inside_total(cas: Casualty, tolls: list[Casualty], toll_spans: frozenset[tuple[int, int]],
                  text: str) -> bool:
    """Whether ``cas`` is told in one sentence with a toll of its kind (عدد القتلى، الحصيلة)
    that gives the new total (انتشال جثتين … ليرتفع عدد القتلى إلى ثمانية): a part of it,
    which the total updates the act's count with, not a count to add or set on its own."""
    for other in tolls:
        if other is cas or other.kind != cas.kind \
                or (other.span.start, other.span.end) not in toll_spans:
            continue
        lo, hi = sorted((cas.span.end, other.span.start)) if cas.span.end <= other.span.start \
            else sorted((other.span.end, cas.span.start))
        if not SENTENCE_END.search(text, lo, hi):
            return True
    return False


#: Victim labels (victim_groups.tsv) of the police and security forces.
_FORCES = frozenset({"police", "security forces"})
#: A crowd's own violence: a riot, a building stormed, stones thrown.
_CROWD_VIOLENCE = frozenset({("PROTEST", "riot"), ("PROTEST", "vandalize"),
                             ("ASSAULT", "primitive")})


def _crowds_act(events: list[Event], candidates: list[int], cas: Casualty) -> list[int]:
    """``candidates`` narrowed, when ``cas`` counts the police's own wounded or dead, to the
    crowd's violence told with them (أطلقت الشرطة الغاز … لتفريق محتجين حاولوا اقتحام مقر
    الحزب، فيما أعلنت الوزارة إصابة 11 شرطيا: the storming's toll, not the dispersal's); with
    no such act, the dispersal keeps them."""
    if cas.who not in _FORCES:
        return candidates
    crowd = [k for k in candidates if (events[k].type, events[k].mode) in _CROWD_VIOLENCE]
    return crowd or candidates


def _with_toll(e: Event, field: str, cas: Casualty) -> Event:
    if field == "killed":
        return replace(e, killed=cas)
    if field == "injured":
        return replace(e, injured=cas)
    return replace(e, arrested=cas)
