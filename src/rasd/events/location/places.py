"""Where: the place and country an event takes from its sentence, its paragraph or the
document (used by :mod:`rasd.events.extractor` and :mod:`rasd.events.sentence_events`).

Places come from the entity stage (geocoded GPE/LOC mentions, not metonyms: ``واشنطن تحذر``
is an actor); a document without entities falls back on the gazetteer. Each mention is
marked when it is a reference point of another (حوارة جنوب نابلس), a wire dateline or the
seat in an institution's name; settlements and sites the knowledge base lacks are read
after their head word, and a definite head alone (القرية) stands for the one named before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Final

from rasd.entities.sites import NOT_A_SITE_NAME
from rasd.events.location.contained_homonyms import local_homonyms  # fix51
from rasd.events.location.place_ref import LOCAL_PRECISIONS as LOCAL_PRECISIONS
from rasd.events.location.place_ref import RANK
from rasd.events.location.place_ref import PlaceRef as PlaceRef
from rasd.events.location.place_sites import (
    CONTAINER_OPENERS,
    CONTAINER_WORDS,
    REFERENCE_FILLERS,
    REFERENCE_GAP,
    REFERENCE_WORDS,
    anaphors,
    holds_more,
    site_names,
    with_head,
)
from rasd.events.location.story_towns import in_municipality  # fix47
from rasd.kb.gazetteer import disambiguate
from rasd.kb.store import KnowledgeBase
from rasd.model import Actor, Document, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token, document_tokens

_PLACE_TYPES = frozenset({"GPE", "LOC"})


#: Words right before a place name the knowledge base lacks that make it a place the event
#: happened in (في شوارع كراكاس، في بلدة سرمين، قرب مخيم نور شمس): normalised.
PLACE_CUES: Final = frozenset({
    "في", "الي", "من", "قرب", "داخل", "شوارع", "مدينه", "بلده", "قريه", "مخيم", "حي",
    "ناحيه", "منطقه", "ولايه", "اقليم", "محافظه", "مقاطعه", "بمدينه", "ببلده", "بقريه",
    "بمخيم", "بحي", "بمنطقه", "بولايه", "باقليم", "بمحافظه", "وسط", "شمال", "جنوب", "شرق",
    "غرب", "ضواحي", "اطراف", "ريف", "بريف", "مديريه", "بمديريه", "معتمديه", "بمعتمديه",
})
#: Nouns of an institution whose name goes on with its seat (محكمة جنايات القاهرة، مديرية
#: أمن الزاوية، حكومة طرابلس، جامعة تل أبيب): normalised, without proclitics.
INSTITUTION_HEADS: Final = frozenset({
    "حكومه", "جامعه", "محكمه", "جنايات", "امن", "شرطه", "بلديه", "سفاره", "قنصليه", "اعيان",
    "جامعات",
})
#: Administrative units whose offices are named after a building word (مبنى ديوان محافظة
#: ذي قار، مقر ولاية الخرطوم): normalised, and those building words.
UNIT_WORDS: Final = frozenset({"محافظه", "ولايه", "مقاطعه", "اقليم"})
SEAT_WORDS: Final = frozenset({"ديوان", "مبني", "مقر", "مجلس"})
#: How far back (tokens) a cue may stand: في شوارع كراكاس.
PLACE_CUE_REACH: Final = 2
#: Seas, gulfs and straits: places with no country (ناقلات في بحر العرب، سفينة في البحر
#: الأحمر) that still say where an act at sea happened. Other country-less regions (الشرق
#: الأوسط، الساحل) are too vague to be an event's place.
WATER_BODIES: Final = frozenset({
    "reg:persiangulf", "reg:arabiansea", "reg:babalmandab", "reg:blacksea", "reg:caspian",
    "reg:eastmed", "reg:gulfofaden", "reg:hormuz", "reg:mediterranean", "reg:redsea",
})


def place_refs(doc: Document, pieces: list[Span]) -> list[PlaceRef]:
    """Every place mention of the article that can locate an event, in text order: the
    geocoded ones, and places the knowledge base lacks that the entity stage found after a
    place cue (:data:`PLACE_CUES`), named but not geocoded (``precision`` "local"). Each is
    marked when it is a reference point of another (:func:`_references`) or a dateline."""
    out: list[PlaceRef] = []
    if doc.entities:
        toks: Sequence[Token] | None = None
        for e in doc.entities:
            if e.type not in _PLACE_TYPES:
                continue
            if e.kb_id is None:
                if toks is None:
                    toks = document_tokens(doc.text)
                for m in e.mentions:
                    # not the model's حي سكني، قرية صغيرة: a description, no name
                    if m.kind == "name" and _after_place_cue(toks, m.span.start) \
                            and normalize_key(m.span.text) not in NOT_A_SITE_NAME:
                        out.append(with_head(doc, toks, PlaceRef(
                            m.span, None, e.country, None, None, None, "local", None)))
                continue
            if e.country is None and e.kb_id not in WATER_BODIES:
                continue
            for m in e.mentions:
                if m.kind != "metonym":
                    out.append(PlaceRef(m.span, e.name_en, e.country, e.lat, e.lon,
                                        e.geonames_id, e.precision, e.kb_id))
                elif (seat := _institution_seat(doc, m.span, e.country)) is not None:
                    out.append(seat)
        # a site name read here runs over a local name the model cut short (حي أبو سليم,
        # منطقة سوق الجمعة, بلدة عدي غرات): the longer reading replaces it
        sites = site_names(doc, [r.span for r in out if r.kb_id is not None])
        out = [r for r in out if r.kb_id is not None or not any(
            holds_more(s.span, r.span) for s in sites)] + sites
        out = [_mark_institution(doc, r) for r in out]
    else:  # no entity stage ran: geocode with the gazetteer directly
        gaz = KnowledgeBase.load().gazetteer()
        for piece in pieces:
            for res in disambiguate(gaz.find(piece.text)):
                ent = res.entry
                if ent.type in _PLACE_TYPES and (ent.country or ent.kb_id in WATER_BODIES):
                    span = Span(piece.start + res.match.span.start,
                                piece.start + res.match.span.end, res.match.span.text)
                    out.append(PlaceRef(span, ent.name_en, ent.country, ent.lat, ent.lon,
                                        ent.geonames_id, ent.precision, ent.kb_id))
    out.sort(key=lambda p: p.span.start)
    out = local_homonyms(doc, _references(doc, _datelines(doc, pieces, out)))  # fix51
    return sorted(out + anaphors(doc, out), key=lambda p: p.span.start)


#: A token's start offset: the key tokens are bisected by (no list of starts is built per
#: look-up; the document's tokens are shared, :func:`document_tokens`).
_token_start = attrgetter("start")


def _after_institution(doc: Document, span: Span) -> bool:
    toks = document_tokens(doc.text)
    i = bisect_right(toks, span.start, key=_token_start) - 1
    if i <= 0 or toks[i].start != span.start or doc.text[toks[i - 1].end:span.start].strip():
        return False
    if in_municipality(toks, i):  # fix47: في بلدية أندرلخت is the town, not its council
        return False
    return toks[i - 1].base in INSTITUTION_HEADS or (
        # the governorate's offices (أمام مبنى ديوان محافظة ذي قار): its seat, not the province
        i > 1 and toks[i - 1].base in UNIT_WORDS and toks[i - 2].base in SEAT_WORDS)


def _mark_institution(doc: Document, ref: PlaceRef) -> PlaceRef:
    return replace(ref, institution=True) if _after_institution(doc, ref.span) else ref


def _institution_seat(doc: Document, span: Span, country: str | None) -> PlaceRef | None:
    """A capital the entity stage read as its state (محكمة جنايات القاهرة: Egypt) named in
    an institution's name: the institution sits in the city."""
    if country is None or not _after_institution(doc, span):
        return None
    capital = KnowledgeBase.load().capital(country)
    if capital is None or normalize_key(capital.name_ar) != normalize_key(span.text):
        return None
    return PlaceRef(span, capital.name_en, capital.country, capital.lat, capital.lon,
                    capital.geonames_id, capital.precision, capital.kb_id, institution=True)


#: A dash after a paragraph's first place (with an agency in brackets: القاهرة (رويترز) -;
#: fix48: or after the filing date and the agency, WAFA's نابلس 30-8-2026 وفا- and الخليل
#: 2-8-2026 (وفا)-, eleven dev passages).
_DATELINE_AFTER = re.compile(
    r"\s*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*(?:[^\s()\-–—]{2,12}\s*)?)?"
    r"(?:\([^()\n]{1,30}\)\s*)?[-–—/]")  # fix51: Anadolu's أنقرة/ الأناضول


def _datelines(doc: Document, pieces: list[Span], refs: list[PlaceRef]) -> list[PlaceRef]:
    """Mark the place that opens a paragraph before a dash (عدن - أعلنت القوات): the wire's
    dateline, where the story was filed."""
    starts = {p.start + len(p.text) - len(p.text.lstrip()) for p in pieces}
    return [replace(r, dateline=True)
            if r.span.start in starts and _DATELINE_AFTER.match(doc.text, r.span.end) else r
            for r in refs]


def _reference_phrase(toks: Sequence[Token], i: int, start: int) -> tuple[int, bool] | None:
    """The index of the first token of a direction, proximity or containment phrase ending
    right before the place starting at ``start`` in token ``i`` (جنوب، شمال غربي، بالقرب من،
    على بعد 60 كيلومترا من مدينة; في، بمحافظة، في شمال، التابعة لقضاء, or a ب fused to the
    place itself: سجن إيفين بطهران), and whether it is a containment (في …, ب…), or None."""
    if toks[i].clitics == "ب" and (start > toks[i].start or toks[i].base in CONTAINER_WORDS):
        return i, True  # بطهران، بمنطقة ساغاينغ: the place lies in the place named before
    j, seen = i, False
    while j > 0 and i - j < 7:
        t = toks[j - 1]
        if t.kind == "number" or t.norm in ("كيلومترا", "كيلومتر", "كلم", "كم", "نحو"):
            j -= 1
            continue
        if t.norm == "بعد" and j > 1 and toks[j - 2].norm == "علي":
            j, seen = j - 2, True
            continue
        if t.norm in CONTAINER_OPENERS:
            return j - 1, True
        if t.base in CONTAINER_WORDS and t.clitics in ("ب", "ل"):
            # بمحافظة أبين, بريف حلب; لقضاء only after التابعة
            if t.clitics == "ب" or (j > 1 and toks[j - 2].norm in CONTAINER_OPENERS):
                return j - 1 - (t.clitics == "ل"), True
            break
        if t.norm in REFERENCE_WORDS:
            j, seen = j - 1, True
            continue
        if t.norm in REFERENCE_FILLERS or t.norm in CONTAINER_WORDS:
            j -= 1
            continue
        break
    return (j, False) if seen else None


def _references(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
    """Mark each place that locates another (حوارة جنوب نابلس: Nablus locates Huwara): the
    place just after a direction or proximity phrase that follows another place mention of
    the same clause (at most :data:`REFERENCE_GAP` words between, no punctuation)."""
    if len(refs) < 2:
        return refs
    toks = document_tokens(doc.text)
    out = list(refs)
    for k, r in enumerate(refs):
        i = bisect_right(toks, r.span.start, key=_token_start) - 1  # the place's first token
        if i <= 0:
            continue
        phrase = _reference_phrase(toks, i, r.span.start)
        if phrase is None:
            continue
        j, contained = phrase
        lo = max(0, j - REFERENCE_GAP - 1)
        if any(t.kind == "punct" for t in toks[lo:j]):
            lo = max(n + 1 for n in range(lo, j) if toks[n].kind == "punct")
        if lo >= j:
            continue
        window = (toks[lo].start, toks[j].start)
        # the located place is finer than its reference point, or unknown to the KB (a
        # village): not تركيا in هجوم استهدف فريقا تركيا قرب زاخو; a container is strictly
        # coarser (not the second of two cities: محادثات بين الخرطوم وجوبا في أديس أبابا)
        located = next((p for p in reversed(refs[:k]) if not p.dateline
                        and window[0] <= p.span.end <= window[1]
                        and (p.precision in LOCAL_PRECISIONS
                             or RANK.get(p.precision, 3) < RANK.get(r.precision, 3)
                             or (not contained and RANK.get(p.precision, 3)
                                 == RANK.get(r.precision, 3)))),
                       None)
        if located is None:
            continue
        out[k] = replace(r, locates=located.span)
        if located.country and r.country and located.country != r.country \
                and located.precision == "city":
            # a place located from a town abroad is a homonym of the KB's (قرية المغير شمال
            # شرق رام الله is not El M'Ghair, Algeria): read it as a local place there
            n = refs.index(located)
            out[n] = PlaceRef(located.span, None, None, None, None, None, "local", None)
    return out


def _after_place_cue(toks: Sequence[Token], start: int) -> bool:
    i = bisect_left(toks, start, key=_token_start)
    return any(t.norm in PLACE_CUES for t in toks[max(0, i - PLACE_CUE_REACH):i])


def host_place(doc: Document, actor: Actor | None) -> PlaceRef | None:
    """The place a host names (استضافت الدوحة المفاوضات): a capital or country standing for
    its government is also where the talks it hosts take place."""
    if actor is None or actor.entity is None:
        return None
    ent = doc.entities[actor.entity]
    if ent.type not in _PLACE_TYPES or ent.country is None:
        return None
    return PlaceRef(actor.span, ent.name_en, ent.country, ent.lat, ent.lon, ent.geonames_id,
                    ent.precision, ent.kb_id)


def host_named_in(doc: Document, start: int, end: int) -> PlaceRef | None:
    """The place a hosting phrase names inside ``[start, end)`` (استضافت مسقط، السبت، جولة
    محادثات بين …): when the talks' parties are the actor and recipient, the host is still
    where they met."""
    for i, ent in enumerate(doc.entities):
        if ent.type not in _PLACE_TYPES or ent.country is None:
            continue
        for men in ent.mentions:
            if start <= men.span.start and men.span.end <= end:
                return host_place(doc, Actor(men.span, entity=i))
    return None


def destination_place(doc: Document, recipient: Actor | None) -> PlaceRef | None:
    """Where a visit goes: the visited place. A capital named as the visited party is read
    as its state by the entity stage (يزور سانشيز الرباط: Rabat for Morocco), yet the visit
    happens in the city, so a capital mention gives the capital; a country gives the
    country."""
    if recipient is None or recipient.entity is None:
        return None
    ent = doc.entities[recipient.entity]
    if ent.type not in _PLACE_TYPES or ent.country is None:
        return None
    r = recipient.span
    # the entity's own words inside the recipient phrase (the phrase may run on)
    span = next((m.span for m in ent.mentions if r.start <= m.span.start
                 and m.span.end <= r.end), r)
    if ent.precision == "country":
        capital = KnowledgeBase.load().capital(ent.country)
        if capital is not None and normalize_key(capital.name_ar) == normalize_key(span.text):
            return PlaceRef(span, capital.name_en, capital.country, capital.lat, capital.lon,
                            capital.geonames_id, capital.precision, capital.kb_id)
    return PlaceRef(span, ent.name_en, ent.country, ent.lat, ent.lon, ent.geonames_id,
                    ent.precision, ent.kb_id)


def best_place(refs: list[PlaceRef], a: int, b: int, near: int,
               skip: list[Span], *, dateline_last: bool = True) -> PlaceRef | None:
    """The most specific place mentioned in ``[a, b)``, nearest to ``near`` on ties;
    mentions inside ``skip`` spans (actor phrases) do not count. ``dateline_last``: a
    dateline counts only when no other place is in range (a sentence's own places say
    where its act happened; in a paragraph the dateline is as good as any city)."""
    cands = [p for p in refs if a <= p.span.start and p.span.end <= b
             and not any(s.start <= p.span.start and p.span.end <= s.end for s in skip)]
    # a dateline is where the story was filed: the act's place only when the sentence
    # names no other
    # a seat named in an institution's name (حكومة طرابلس) is where the act happened only
    # when nothing else in range says
    cands = [p for p in cands if not p.institution] or cands
    if dateline_last:
        cands = [p for p in cands if not p.dateline] or cands
    if not cands:
        return None
    # a reference point gives way to the place it locates (بلدة حوارة جنوب نابلس)
    located = {p.span.start for p in cands}
    cands = [p for p in cands if p.locates is None or p.locates.start not in located] or cands
    # on a tie the place after the trigger wins: Arabic names the place after the act
    return min(cands, key=lambda p: (RANK.get(p.precision, 3), p.span.start < near,
                                     abs(p.span.start - near)))


def anchored(local: PlaceRef, refs: list[PlaceRef], spans: Sequence[Span], near: int,
             skip: list[Span]) -> PlaceRef:
    """A place the knowledge base lacks, located by the geocoded place nearest to it: the
    most specific one of the first of ``spans`` (the sentence, its paragraph) that has one,
    else the document's main place. The name stays the local one (``name_en`` none); the
    country, coordinates, their precision and the KB id are the anchor's (ACLED's "near a
    known place": a map groups it with the anchor), and none when no place anchors it."""
    known = [r for r in refs if r.precision not in LOCAL_PRECISIONS]
    anchor = next((p for s in spans
                   if (p := best_place(known, s.start, s.end, near, skip)) is not None),
                  None) or main_place(known)
    if anchor is None:
        return local
    return replace(local, name_en=None, country=local.country or anchor.country,
                   lat=anchor.lat, lon=anchor.lon, geonames_id=anchor.geonames_id,
                   precision=anchor.precision, kb_id=anchor.kb_id)


def main_place(refs: list[PlaceRef], lead: Span | None = None) -> PlaceRef | None:
    """The document's main place: its most mentioned country, at its dateline if the story
    has one in that country, else at the finest known place of that country its ``lead``
    (headline and first paragraph) names, where the story happens (اشتباكات في مدينة
    الزاوية … وأعلنت الحكومة نشر قوة: Zawiya, not Libya), else at that country's first
    mention."""
    counts = Counter(p.country for p in refs if p.country)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    first = [p for p in refs if p.country == country]
    # a dateline in that country is the story's own place (المحلة الكبرى - واصل العمال …)
    dateline = [p for p in first if p.dateline]
    if dateline:
        return dateline[0]
    in_lead = [p for p in first if lead is not None and lead.start <= p.span.start
               and p.span.end <= lead.end and p.precision not in LOCAL_PRECISIONS
               and p.locates is None and not p.institution]
    if in_lead:
        return min(in_lead, key=lambda p: RANK.get(p.precision, 3))
    level = [p for p in first if p.precision == "country"]
    return (level or first)[0]


def main_country(doc: Document) -> str | None:
    """The country an article names most through any entity (nationalities, organisations
    and people included: وزير الطاقة اللبناني، الاتحاد العام التونسي للشغل), for a page that
    names no place: where its events happened, failing anything better."""
    counts = Counter(e.country for e in doc.entities if e.country for _ in e.mentions)
    return counts.most_common(1)[0][0] if counts else None
