"""Where and when: the places, dates and casualty counts an event takes from its sentence,
its paragraph or the document.

Places come from the entity stage (geocoded GPE/LOC mentions, not metonyms: ``واشنطن تحذر``
is an actor); a document without entities falls back on the gazetteer. Dates come from the
text layer's resolved :class:`TimeRef` values of day precision or finer, read with their
neighbours and the trigger's clause by :mod:`rasd.events.date_rules` ("the same day", ranges,
an act on its Nth day, accused and condemned acts).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final, Literal

from rasd.events.date_rules import (
    ahead_coarse,
    day_of,
    elapsed_before,
    embedded_act,
    months_back,
    read_times,
    running_days,
)
from rasd.events.matcher import Match
from rasd.events.modifiers import (
    backgrounder_after,
    clause_end,
    clause_start,
    continues,
    past_verb,
)
from rasd.kb.gazetteer import disambiguate
from rasd.kb.store import KnowledgeBase
from rasd.model import Actor, DateBasis, Document, Place, PlaceBasis, Span, TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token, document_tokens

#: Whether a sentence without a date may take one from an earlier sentence of its
#: paragraph (only when it continues that sentence's narrative: :func:`continues`).
PARAGRAPH_DATES = True
DatePrecision = Literal["day", "month"]
_RANK = {"site": -1, "village": -0.5, "city": 0, "local": 0.5, "region": 1, "country": 2,
         None: 3}
_PLACE_TYPES = frozenset({"GPE", "LOC"})


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


#: Words right before a place name the knowledge base lacks that make it a place the event
#: happened in (في شوارع كراكاس، في بلدة سرمين، قرب مخيم نور شمس): normalised.
PLACE_CUES: Final = frozenset({
    "في", "الي", "من", "قرب", "داخل", "شوارع", "مدينه", "بلده", "قريه", "مخيم", "حي",
    "ناحيه", "منطقه", "ولايه", "اقليم", "محافظه", "مقاطعه", "بمدينه", "ببلده", "بقريه",
    "بمخيم", "بحي", "بمنطقه", "بولايه", "باقليم", "بمحافظه", "وسط", "شمال", "جنوب", "شرق",
    "غرب", "ضواحي", "اطراف", "ريف", "بريف",
})
#: Nouns of an institution whose name goes on with its seat (محكمة جنايات القاهرة، مديرية
#: أمن الزاوية، حكومة طرابلس، جامعة تل أبيب): normalised, without proclitics.
INSTITUTION_HEADS: Final = frozenset({
    "حكومه", "جامعه", "محكمه", "جنايات", "امن", "شرطه", "بلديه", "سفاره", "قنصليه", "اعيان",
    "جامعات",
})
#: How far back (tokens) a cue may stand: في شوارع كراكاس.
PLACE_CUE_REACH: Final = 2
#: Heads of a settlement or site whose next word is its name even when the entity stage
#: found none there (بلدة سرمين، مخيم نور شمس، سجن عوفر): normalised, with a fused ب/و/في.
SETTLEMENT_HEADS: Final = frozenset({
    "بلده", "قريه", "مخيم", "حي", "ناحيه", "ضاحيه", "سجن", "معبر", "منفذ", "حقل", "ميناء",
    "مطار", "قاعده", "قضاء", "خربه", "منطقه",
})
#: Heads of a settlement smaller than a town (a village, camp, quarter, district): their
#: named place, unknown to the knowledge base, is still more specific than a known city.
SMALL_HEADS: Final = frozenset({"بلده", "قريه", "مخيم", "حي", "ضاحيه", "خربه", "ناحيه",
                                "قضاء", "منطقه"})
#: First words of compound place names, after which the name goes on (كرم أبو سالم، عين
#: الأسد، نور شمس): normalised.
COMPOUND_FIRST: Final = frozenset({
    "ابو", "ام", "عين", "بير", "بئر", "تل", "جبل", "دير", "كفر", "بيت", "راس", "برج", "وادي",
    "نور", "كرم", "خان", "باب", "بني", "جسر", "سيدي", "قصر", "مرج", "ابن", "بن", "سوق",
    "حي", "عرب", "اولاد", "ذي", "ذو",
})
#: Most words a site name takes after its head (مخيم نور شمس، معبر كرم أبو سالم).
SITE_NAME_WORDS: Final = 3
#: Words that end a site name: prepositions, time words, direction words (normalised).
SITE_NAME_STOPS: Final = frozenset({
    "في", "من", "الي", "علي", "عن", "قرب", "بين", "منذ", "مع", "دون", "امام", "خلال", "بعد",
    "قبل", "عند", "حتي", "حيث", "التي", "الذي", "غير", "او", "ثم", "مساء", "صباح", "فجر",
    "ظهر", "ليل", "ليله", "امس", "اليوم", "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
    "الخميس", "الجمعه", "السبت", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
    "غربي", "وسط", "محيط", "اطراف", "داخل", "ضمن", "لمده", "اثناء", "وذلك",
})
#: Direction and proximity words that make the place after them a reference point when
#: they follow another place (بلدة حوارة جنوب نابلس، قرية شق النوم قرب مدينة بارا).
REFERENCE_WORDS: Final = frozenset({
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "قبالة",
    "قباله", "بالقرب", "مقابل",
})
#: Words a reference phrase may hold between its direction word and the place (شمال غربي،
#: بالقرب من، على بعد 60 كيلومترا من مدينة).
REFERENCE_FILLERS: Final = frozenset({
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "من", "مدينه", "بلده",
    "محافظه", "ولايه", "العاصمه", "قضاء", "منطقه", "مركز",
})
#: How many tokens may stand between the located place and the direction word (مخيم زمزم
#: المهدد بالمجاعة قرب الفاشر).
REFERENCE_GAP: Final = 3
#: Those heads whose site, named after a town, is more specific than the town.
SITE_HEADS: Final = frozenset({"مخيم", "سجن", "معبر", "منفذ", "حقل", "ميناء", "مطار", "قاعده"})
#: Words after such a head that are no name (مخيم للاجئين، حي سكني، قرية صغيرة).
NOT_A_SITE_NAME: Final = frozenset({
    "صغيره", "كبيره", "سكني", "سكنيه", "للاجئين", "اللاجئين", "النازحين", "للنازحين",
    "مجاور", "مجاوره", "قريب", "قريبه", "جديد", "جديده", "عسكري", "عسكريه", "المدينه",
    "الذي", "التي", "واحد", "واحده", "اخر", "اخري", "نائي", "نائيه", "حدودي", "حدوديه",
    "مركزي", "المركزي", "دولي", "الدولي", "جوي", "الجوي", "بحري", "البحري", "نفطي", "النفطي",
})


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
                    if m.kind == "name" and _after_place_cue(toks, m.span.start):
                        out.append(PlaceRef(m.span, None, e.country, None, None, None,
                                            "local", None))
                continue
            if e.country is None and e.kb_id not in WATER_BODIES:
                continue
            for m in e.mentions:
                if m.kind != "metonym":
                    out.append(PlaceRef(m.span, e.name_en, e.country, e.lat, e.lon,
                                        e.geonames_id, e.precision, e.kb_id))
                elif (seat := _institution_seat(doc, m.span, e.country)) is not None:
                    out.append(seat)
        out.extend(_site_names(doc, [r.span for r in out]))
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
    out = _references(doc, _datelines(doc, pieces, out))
    return sorted(out + _anaphors(doc, out), key=lambda p: p.span.start)


def _after_institution(doc: Document, span: Span) -> bool:
    toks = document_tokens(doc.text)
    i = bisect_right([t.start for t in toks], span.start) - 1
    return i > 0 and toks[i].start == span.start and toks[i - 1].base in INSTITUTION_HEADS \
        and not doc.text[toks[i - 1].end:span.start].strip()


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


#: A dash after a paragraph's first place (with an agency in brackets: القاهرة (رويترز) -).
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")


def _datelines(doc: Document, pieces: list[Span], refs: list[PlaceRef]) -> list[PlaceRef]:
    """Mark the place that opens a paragraph before a dash (عدن - أعلنت القوات): the wire's
    dateline, where the story was filed."""
    starts = {p.start + len(p.text) - len(p.text.lstrip()) for p in pieces}
    return [replace(r, dateline=True)
            if r.span.start in starts and _DATELINE_AFTER.match(doc.text, r.span.end) else r
            for r in refs]


def _reference_phrase(toks: Sequence[Token], i: int) -> int | None:
    """The index of the first token of a direction or proximity phrase ending right before
    token ``i`` (جنوب، شمال غربي، بالقرب من، على بعد 60 كيلومترا من مدينة), or None."""
    j, seen = i, False
    while j > 0 and i - j < 7:
        t = toks[j - 1]
        if t.kind == "number" or t.norm in ("كيلومترا", "كيلومتر", "كلم", "كم", "نحو"):
            j -= 1
            continue
        if t.norm == "بعد" and j > 1 and toks[j - 2].norm == "علي":
            j, seen = j - 2, True
            continue
        if t.norm in REFERENCE_WORDS:
            j, seen = j - 1, True
            continue
        if t.norm in REFERENCE_FILLERS:
            j -= 1
            continue
        break
    return j if seen else None


def _references(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
    """Mark each place that locates another (حوارة جنوب نابلس: Nablus locates Huwara): the
    place just after a direction or proximity phrase that follows another place mention of
    the same clause (at most :data:`REFERENCE_GAP` words between, no punctuation)."""
    if len(refs) < 2:
        return refs
    toks = document_tokens(doc.text)
    starts = [t.start for t in toks]
    out = list(refs)
    for k, r in enumerate(refs):
        i = bisect_right(starts, r.span.start) - 1  # the token the place starts in
        if i <= 0:
            continue
        j = _reference_phrase(toks, i)
        if j is None:
            continue
        lo = max(0, j - REFERENCE_GAP - 1)
        if any(t.kind == "punct" for t in toks[lo:j]):
            lo = max(n + 1 for n in range(lo, j) if toks[n].kind == "punct")
        if lo >= j:
            continue
        window = (toks[lo].start, toks[j].start)
        # the located place is finer than its reference point, or unknown to the KB (a
        # village): not تركيا in هجوم استهدف فريقا تركيا قرب زاخو
        located = next((p for p in reversed(refs[:k]) if not p.dateline
                        and window[0] <= p.span.end <= window[1]
                        and (p.precision in LOCAL_PRECISIONS
                             or _RANK.get(p.precision, 3) <= _RANK.get(r.precision, 3))),
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


def _site_names(doc: Document, taken: list[Span]) -> list[PlaceRef]:
    """Head + name of settlements and sites no place mention covers (``SETTLEMENT_HEADS``):
    local places, to be anchored by the nearest known place. The head has no article (the
    name follows it in a construct: مخيم نور شمس, not المخيم منذ); the name runs over at
    most :data:`SITE_NAME_WORDS` words, up to a preposition, a time or direction word, a
    definite adjective (الحدودي، الجوية) or a word with a proclitic."""
    toks = document_tokens(doc.text)
    out: list[PlaceRef] = []
    for i in range(len(toks) - 1):
        head, name = toks[i], toks[i + 1]
        if head.base not in SETTLEMENT_HEADS or head.clitics.endswith(("ال", "لل")) \
                or name.kind != "word" or name.clitics not in ("", "ال") \
                or name.norm in NOT_A_SITE_NAME or name.norm in SITE_NAME_STOPS \
                or (name.clitics == "ال" and name.norm.endswith(("ي", "يه"))) \
                or len(name.norm) < 2 or doc.text[head.end:name.start].strip():
            continue  # not المخيم منذ، قرية الصغيرة، حي السكني
        named_place = any(s.start < name.end and name.start < s.end for s in taken)
        if named_place and head.base not in SITE_HEADS:
            continue  # بلدة + a known town is that town
        end, prev = name.end, name
        for nxt in toks[i + 2:i + 1 + SITE_NAME_WORDS]:
            if nxt.kind != "word" or nxt.clitics not in ("", "ال") \
                    or nxt.norm in SITE_NAME_STOPS or nxt.norm in NOT_A_SITE_NAME \
                    or doc.text[end:nxt.start].strip() \
                    or (nxt.clitics == "ال" and nxt.norm.endswith(("ي", "يه"))) \
                    or not (prev.norm in COMPOUND_FIRST or nxt.clitics == "ال"):
                break
            end, prev = nxt.end, nxt
        if len(name.norm) < 3 and end == name.end:
            continue  # a two-letter word alone is no name (حي به), one that goes on is (شق النوم)
        # a camp, prison or crossing named after a town is a site in or near it (مخيم جنين)
        precision = "site" if named_place else (
            "village" if head.base in SMALL_HEADS else "local")
        out.append(PlaceRef(Span.of(doc.text, head.start, end), None, None, None, None,
                            None, precision, None))
    return out


#: Heads that, definite and alone, stand for the village or site of that head named before
#: (القرية، المخيم، القاعدة، المعبر، الحقل): normalised bases. Not المدينة and البلدة, which
#: as often mean the story's main town as the last one named (on the dev audit articles
#: they joined distinct acts told in one town), nor المنطقة، الحي، القضاء (generic).
ANAPHOR_HEADS: Final = SETTLEMENT_HEADS - {"منطقه", "حي", "قضاء", "بلده"}


def _anaphors(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
    """Definite heads standing alone for a place named before with that head (قرية أم حوش
    … وسيطر المسلحون على القرية; مدينة الزاوية … عاد الهدوء إلى المدينة): each takes the
    nearest earlier such place, shown with that place's name."""
    toks = document_tokens(doc.text)
    by_start = {r.span.start: r for r in refs if r.antecedent is None}
    out: list[PlaceRef] = []
    for i, t in enumerate(toks):
        if t.base not in ANAPHOR_HEADS or not t.clitics.endswith(("ال", "لل")) \
                or (i + 1 < len(toks) and toks[i + 1].start in by_start):
            continue
        for j in range(i - 1, -1, -1):
            h = toks[j]
            if h.base != t.base or h.clitics.endswith(("ال", "لل")):
                continue
            ante = by_start.get(h.start) or (
                by_start.get(toks[j + 1].start) if j + 1 < i else None)
            if ante is not None:
                out.append(replace(ante, span=t.span, antecedent=ante.antecedent or ante.span,
                                   locates=None, dateline=False, institution=False))
            break
    return out


def _after_place_cue(toks: Sequence[Token], start: int) -> bool:
    i = bisect_left([t.start for t in toks], start)
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
    return min(cands, key=lambda p: (_RANK.get(p.precision, 3), p.span.start < near,
                                     abs(p.span.start - near)))


#: Place references that name a place without locating it (anchored before use).
LOCAL_PRECISIONS: Final = frozenset({"local", "site", "village"})


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


def main_place(refs: list[PlaceRef]) -> PlaceRef | None:
    """The document's main place: its most mentioned country, at its dateline if the story
    has one in that country, else at that country's first mention."""
    counts = Counter(p.country for p in refs if p.country)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    first = [p for p in refs if p.country == country]
    # a dateline in that country is the story's own place (المحلة الكبرى - واصل العمال …)
    dateline = [p for p in first if p.dateline]
    level = [p for p in first if p.precision == "country"]
    return (dateline or level or first)[0]


def main_country(doc: Document) -> str | None:
    """The country an article names most through any entity (nationalities, organisations
    and people included: وزير الطاقة اللبناني، الاتحاد العام التونسي للشغل), for a page that
    names no place: where its events happened, failing anything better."""
    counts = Counter(e.country for e in doc.entities if e.country for _ in e.mentions)
    return counts.most_common(1)[0][0] if counts else None


def month_in(times: list[TimeRef], a: int, b: int) -> date | None:
    """The first day of the first month-precision time expression in ``[a, b)`` (في مارس
    الماضي): the event's date is known to the month only."""
    for t in times:
        if a <= t.span.start and t.span.end <= b and t.granularity == "month" \
                and t.value is not None:
            return t.value.date() if isinstance(t.value, datetime) else t.value
    return None


def date_in(times: list[TimeRef], a: int, b: int, near: int, *,
            after_first: bool = False) -> date | None:
    """The date of the dated time expression in ``[a, b)`` nearest to ``near``;
    ``after_first``: the nearest one after ``near`` if any (Arabic puts the time adverb
    after the verb it dates: قتل ... أمس الأحد)."""
    best: tuple[int, int, date] | None = None
    for t in times:
        if t.span.start < a or t.span.end > b:
            continue
        d = day_of(t)
        if d is None:
            continue
        key = (int(after_first and t.span.start < near), abs(t.span.start - near))
        if best is None or key < best[:2]:
            best = (*key, d)
    return best[2] if best else None


#: Past verbs that announce or decide what follows them (أعلن هدنة تبدأ غدا، حدد موعدا
#: للانتخابات): a later date in their clause dates the announced act, not this report of it.
ANNOUNCING = frozenset(["اعلن", "اعلنت", "اعلنوا", "اعلنا", "قرر", "قررت", "قرروا", "حدد",
                        "حددت", "اكد", "اكدت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                        "افادت", "صرح", "صرحت"])


#: Words that put the act after them before the main act (عقب، إثر، بعد، في أعقاب، على
#: خلفية).
PRIOR_CUES = frozenset(normalize_key(w) for w in ("عقب", "إثر", "بعد", "أعقاب", "وعقب",
                                                   "وإثر", "وبعد", "خلفية"))
#: Words that may stand between such a cue and the act (بعد أسابيع من احتجاجات).
PRIOR_FILLERS = frozenset(normalize_key(w) for w in (
    "من", "ساعات", "ساعة", "أيام", "يوم", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر",
    "شهرين", "أشهر", "شهور", "سنوات", "عام", "أعوام", "قليل", "وقت", "فترة", "قصير", "قصيرة"))
#: How many filler words may stand between the cue and the trigger.
PRIOR_GAP = 3


def after_prior_cue(toks: list[Token], first: int) -> bool:
    """Whether the trigger at token ``first`` follows a word that makes its act an earlier
    one (عقب اشتباكات، بعد أسابيع من احتجاجات), or is the object of an announcement that
    does (بعد أيام من إعلان وزير الداخلية تعليق العمل بالاتفاقية)."""
    for k in range(first - 1, max(-1, first - 2 - PRIOR_GAP), -1):
        norm = toks[k].norm
        if norm in PRIOR_CUES:
            return True
        if norm not in PRIOR_FILLERS:
            break
    for k in range(first - 1, max(-1, first - 2 - ANNOUNCED_REACH), -1):
        if toks[k].norm in CLAUSE_MARKS:
            return False
        if toks[k].norm in ANNOUNCING_NOUNS:
            return k > 0 and after_prior_cue(toks, k)
    return False


#: Nouns of an announcement or decision whose object is the act (إعلان ... تعليق، قرار ...
#: إغلاق), normalised, and how many tokens (the announcer's name) may stand between.
ANNOUNCING_NOUNS = frozenset(normalize_key(w) for w in ("إعلان", "قرار"))
ANNOUNCED_REACH = 6
#: Punctuation that ends the search for such a noun.
CLAUSE_MARKS = frozenset(".،,؛;:!?؟")


def _strip_conj(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def dated_ahead(doc: Document, toks: list[Token], sent: Span, m: Match,
                times: list[TimeRef]) -> bool:
    """Whether the trigger's own clause dates it after publication (يزور الرئيس الجزائر
    الأحد المقبل، إضراب ابتداء من الاثنين المقبل): the act is planned, not reported."""
    published = doc.published.date
    if published is None:
        return False
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    if any(_strip_conj(t.norm) in ANNOUNCING for t in toks[lo:m.last + 1]) \
            and not (m.first > 0 and _strip_conj(toks[m.first - 1].norm) in PLANNED_NOUNS):
        return False  # أعلن الجيش هدنة تبدأ الأربعاء: the announcement is the act told
    a = toks[lo].start if lo < len(toks) else sent.start
    b = _time_tail_end(doc.text, toks, hi, times) \
        or (toks[hi - 1].end if hi > 0 else sent.end)
    found = date_in(read_times(doc.text, times), a, b, m.start, after_first=True)
    return found is not None and found > published


#: Verbal nouns of holding or carrying out that make the trigger after them the planned
#: object of an announcing verb (قررت النقابة تنظيم إضراب، أعلن عقد اجتماع): normalised.
PLANNED_NOUNS = frozenset(normalize_key(w) for w in (
    "تنظيم", "تنفيذ", "عقد", "إقامة", "خوض", "الدخول", "بدء"))
#: Words a trailing time adverbial may hold besides its time expressions (، الأربعاء
#: والخميس المقبلين.): the joiners of two dates and the day nouns.
_TIME_TAIL_WORDS = frozenset(normalize_key(w) for w in ("و", "إلى", "حتى", "يوم", "يومي"))


def _time_tail_end(text: str, toks: list[Token], hi: int, times: list[TimeRef]) -> int | None:
    """The end of a comma-delimited adverbial made only of time expressions that closes
    the clause ending before token ``hi`` (أعلنت النقابة إضرابا لمدة يومين، الأربعاء
    والخميس المقبلين.): it dates the clause before it; None if there is none."""
    if hi >= len(toks) or toks[hi].norm not in ("،", ","):
        return None
    end = clause_end(toks, hi)
    if end <= hi + 1:
        return None
    a, b = toks[hi + 1].start, toks[end - 1].end
    covered = [t for t in times if a <= t.span.start and t.span.end <= b]
    if not covered:
        return None
    for tok in toks[hi + 1:end]:
        inside = any(t.span.start < tok.end and tok.start < t.span.end for t in covered)
        if not inside and tok.norm not in _TIME_TAIL_WORDS:
            return None
    return b


def _ahead_coarse_in(toks: list[Token], m: Match, times: list[TimeRef], a: int, b: int,
                     published: date) -> bool:
    """Whether the clause ``[a, b)`` names a time coarser than a day ahead of publication
    (يزور الرباط الأسبوع المقبل لإجراء مباحثات، على أن يفرج عنهم خلال الأيام المقبلة): the
    act is a plan with no date yet, unless a past verb tells it done and the plan is its
    object (اتفقا على استئناف المحادثات الشهر المقبل). Only the date reads this, not the
    ``future`` flag: a retelling without the time would no longer merge with it."""
    if m.trigger.pos in ("verb", "phrase") and past_verb(_strip_conj(toks[m.first].norm)):
        return False
    return any(a <= t.span.start and t.span.end <= b and ahead_coarse(t, published)
               for t in times)


#: Words shortly before a date that make it an occasion's (بمناسبة ذكرى العاشر من رمضان),
#: not the act's.
OCCASION = ("بمناسبة", "ذكرى", "الذكرى")
#: Words right before a date that make it the name of a historic event (ثورة 23 يوليو،
#: حرب 6 أكتوبر، انتفاضة 17 تشرين), not the date of the act told: normalised.
NAMED_DAY_WORDS = frozenset(normalize_key(w) for w in (
    "ثورة", "لثورة", "بثورة", "وثورة", "حرب", "لحرب", "بحرب", "انتفاضة", "لانتفاضة",
    "بانتفاضة", "مجزرة", "لمجزرة", "أحداث", "لأحداث"))
#: Characters looked at on either side of a time expression for those words.
_NEAR = 24
#: Words saying the act came later than the one dated (في وقت لاحق، لاحقا): normalised.
LATER_WORDS = frozenset({"لاحق", "لاحقا"})


#: Participles of a measure in force: "since" after one (حظر التجول المفروض على المدينة منذ
#: خمسة أيام) tells how long the measure has stood, not when the act told (its lifting) was.
IN_FORCE = ("المفروض", "المفروضة", "الساري", "السارية", "المطبق", "المطبقة")


def _no_act_date(text: str, t: TimeRef) -> bool:
    """Whether a time expression dates no act: an occasion's (بمناسبة ذكرى ...), or how long
    a measure in force has stood (المفروض على المدينة منذ خمسة أيام)."""
    before = text[max(0, t.span.start - _NEAR):t.span.start]
    if any(w in before for w in OCCASION):
        return True
    if normalize_key(before.split()[-1] if before.split() else "") in NAMED_DAY_WORDS:
        return True
    return _since(text, t) and any(w in before.split() for w in IN_FORCE)


def _since(text: str, t: TimeRef) -> bool:
    """Whether a time expression starts a period (منذ يونيو: since June) rather than dating
    an act."""
    return t.span.text.startswith("منذ") or text[max(0, t.span.start - 4):t.span.start] \
        .strip().endswith("منذ")


#: "The next day" (في اليوم التالي، صباح اليوم التالي), normalised: the text layer reads no
#: date in it.
_NEXT_DAY = (normalize_key("اليوم"), normalize_key("التالي"))


def _next_day(toks: list[Token], first: int) -> bool:
    """Whether "the next day" stands in the sentence before the trigger at ``first``."""
    return any((toks[k].norm, toks[k + 1].norm) == _NEXT_DAY for k in range(first))


#: "The same day" (في اليوم نفسه، في اليوم ذاته، في نفس اليوم، في ذات اليوم), normalised
#: pairs: in a later sentence the text layer reads no date in it.
_SAME_DAY_PAIRS = frozenset((normalize_key(a), normalize_key(b)) for a, b in (
    ("اليوم", "نفسه"), ("اليوم", "ذاته"), ("نفس", "اليوم"), ("ذات", "اليوم")))


def _same_day_told(toks: list[Token], first: int) -> bool:
    """Whether "the same day" stands in the sentence before the trigger at ``first``."""
    return any((_strip_conj(toks[k].norm), toks[k + 1].norm) in _SAME_DAY_PAIRS
               for k in range(first))


def _unstated(published: date | None) -> tuple[date | None, DateBasis, DatePrecision]:
    """No date of the act's own: the publication date stands for "as of the report"."""
    return (published, "published", "day") if published is not None else (None, "none", "day")


def _year_after(times: list[TimeRef], a: int, b: int) -> bool:
    """Whether the first time expression in ``[a, b)`` is a year (خلال العام الماضي)."""
    first = next((t for t in times if a <= t.span.start and t.span.end <= b), None)
    return first is not None and first.granularity == "year"


def event_date(doc: Document, toks: list[Token], sent: Span, piece: Span, m: Match,
               times: list[TimeRef], *, negated: bool = False,
               planned: bool = False) -> tuple[date | None, DateBasis, DatePrecision]:
    """The date of the event of trigger ``m`` in sentence ``sent`` (tokens ``toks``) of
    paragraph ``piece``, its basis and its precision.

    The trigger's clause's date, else a month named in that clause (في مارس الماضي: the
    first of the month, precision "month"), else the sentence's first date, else the
    paragraph's (an earlier sentence's), else the publication date. A reported act cannot
    postdate its report: a date after publication right after the trigger makes it "as of
    the report" (a strike called for next week), one elsewhere is skipped for the others.
    The times are read with their neighbours first (:func:`read_times`: "the same day",
    ranges, clock times). No date of its own has an act told as later, an accused or
    condemned act (only a time after it in its clause counts), a background act after
    بعد/عقب, or one the clause dates to a year only; an act "on its Nth day" began N-1 days
    before the day found (:func:`running_days`).

    An act the text says did not happen (``negated``) has no date of its own: the
    publication date stands for "as of the report" (لم تنسحب القوات حتى الآن), and the
    sentence's date is the denial's. A planned or feared act (``planned``: future or
    hypothetical) takes only a date after publication (يبدأ الأحد المقبل جولة), else none."""
    published = doc.published.date
    if negated:
        return _unstated(published)
    times = read_times(doc.text, [t for t in times if not _no_act_date(doc.text, t)])
    if planned:
        lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
        a = toks[lo].start if lo < len(toks) else sent.start
        b = toks[hi - 1].end if hi > 0 else sent.end
        ahead = [t for t in times if published is not None and (d := day_of(t)) is not None
                 and d > published]
        found = date_in(ahead, a, b, m.start, after_first=True) \
            or date_in(ahead, sent.start, sent.end, m.start)
        return (found, "sentence", "day") if found is not None else (None, "none", "day")
    precision: DatePrecision = "day"
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    if published is not None:
        # a day after publication right after the trigger dates it as a plan (إضراب يومي 20
        # و21 نوفمبر الجاري): reported as of publication. Elsewhere it dates another plan
        # the sentence tells (أعلن، الجمعة، تحديد السادس من يونيو المقبل موعدا للانتخابات),
        # not this act: the other times may
        own = date_in(times, m.start, toks[hi - 1].end if hi > 0 else sent.end, m.start)
        if own is not None and own > published:
            return _unstated(published)
        times = [t for t in times if (d := day_of(t)) is None or d <= published]
    if any(t.norm in LATER_WORDS for t in toks[lo:hi]):
        # فيما أطلقت الوزارة في وقت لاحق سراح …: an act told as later than the dated one has
        # no date of its own (the convention of "وفي وقت لاحق، …" sentences)
        return _unstated(published)
    if embedded_act(toks, m.first, lo):
        # اتهمت المنظمة القوات بممارسة التعذيب، أدانت السعودية اليوم الهجوم: the accused or
        # condemned act is not dated by the accusation; only a time after it in its clause
        found = date_in(times, m.start, toks[hi - 1].end if hi > 0 else sent.end, m.start)
        if found is not None:
            return found, "sentence", "day"
        return _unstated(published)
    if after_prior_cue(toks, m.first):
        # عقب اشتباكات، بعد أسابيع من احتجاجات: an earlier act told as the main act's
        # background; a date before it dates the main act, so only one after it counts
        b = toks[hi - 1].end if hi > 0 else sent.end
        found = date_in(times, m.start, b, m.start)
        if found is not None and (published is None or found <= published):
            return found, "sentence", "day"
        return _unstated(published)
    hi = backgrounder_after(toks, m.last, hi)
    a = toks[lo].start if lo < len(toks) else sent.start
    b = toks[hi - 1].end if hi > 0 else sent.end
    if _year_after(times, m.end, b):
        # اعتقلت ... خلال العام الماضي: the time after the act dates it to a year, which is no
        # date; a day before it (قالت في تقرير نشرته اليوم إن) is the report's
        return _unstated(published)
    found = date_in(times, a, b, m.start, after_first=True)
    if found is None and published is not None \
            and _ahead_coarse_in(toks, m, times, a, b, published):
        return _unstated(published)
    basis: DateBasis = "sentence"
    if found is None:
        found = month_in(times, a, b)
        if found is not None and published is not None and found > published:
            found = None  # الشهر المقبل dates a plan, not this act
        if found is not None:
            precision = "month"
    if found is None:
        # the sentence's date, outside a backgrounder or relative clause after the trigger
        cut = backgrounder_after(toks, m.last, len(toks))
        if cut == len(toks):
            found = date_in(times, sent.start, sent.end, sent.start)
        else:
            resume = clause_end(toks, cut)
            found = date_in(times, sent.start, toks[cut].start, sent.start)
            if found is None and resume < len(toks):
                found = date_in(times, toks[resume].start, sent.end, sent.start)
    if found is None:
        # a month the sentence names outside the trigger's clause (اعتقلت ... خلال الشهر
        # الماضي، ووجهت النيابة إليهم تهمة ...): the acts of one sentence share its frame
        month = month_in([t for t in times if not _since(doc.text, t)], sent.start, sent.end)
        if month is not None and (published is None or month <= published):
            found, precision = month, "month"
    if found is None and (_next_day(toks, m.first) or _same_day_told(toks, m.first)):
        # وفي اليوم التالي خرج العشرات: the day after the last day the text told; وفي اليوم
        # نفسه فرقت الشرطة …: that day itself
        last = max((t for t in times if t.span.end <= sent.start and day_of(t) is not None),
                   key=lambda t: t.span.start, default=None)
        if last is not None and (d := day_of(last)) is not None:
            found = d + timedelta(days=1) if _next_day(toks, m.first) else d
    if found is None and PARAGRAPH_DATES and continues(toks):
        found = date_in(times, piece.start, sent.start, sent.start)
        basis = "paragraph"
    if found is not None and published is not None and found > published:
        found = None
    told = found or published
    gap = elapsed_before(toks, m.first)
    if gap is not None and told is not None:
        # رغم مرور شهرين على توقيع اتفاق السلام: the act is that long before the day told;
        # months back give a month, not a day
        count, unit = gap
        if unit == "day":
            return told - timedelta(days=count), "sentence", "day"
        return months_back(told, count), "sentence", "month"
    began = running_days(toks, m.first, m.last)
    if began is not None and precision == "day" and told is not None:
        # في اليوم الثالث من إضراب: the ongoing act began two days before the day told
        return told - timedelta(days=began), "sentence", "day"
    if found is None:
        return _unstated(published)
    return found, basis, precision
