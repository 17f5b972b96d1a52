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
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Final

from rasd.entities.sites import COMPOUND_FIRST, NOT_A_SITE_NAME, SITE_NAME_STOPS
from rasd.kb.gazetteer import disambiguate
from rasd.kb.store import KnowledgeBase
from rasd.model import Actor, Document, Place, PlaceBasis, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token, document_tokens

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
#: Heads of a settlement or site whose next word is its name even when the entity stage
#: found none there (بلدة سرمين، مخيم نور شمس، سجن عوفر; a Yemeni or Egyptian district
#: مديرية حيس، a Tunisian معتمدية العامرة): normalised, with a fused ب/و/في.
SETTLEMENT_HEADS: Final = frozenset({
    "بلده", "قريه", "مخيم", "حي", "ناحيه", "ضاحيه", "سجن", "معبر", "منفذ", "حقل", "ميناء",
    "مطار", "قاعده", "قضاء", "خربه", "منطقه", "ساحه", "ميدان", "مديريه", "معتمديه",
})
#: Heads of a settlement smaller than a town (a village, camp, quarter, district): their
#: named place, unknown to the knowledge base, is still more specific than a known city.
SMALL_HEADS: Final = frozenset({"بلده", "قريه", "مخيم", "حي", "ضاحيه", "خربه", "ناحيه",
                                "قضاء", "منطقه", "ساحه", "ميدان", "مديريه", "معتمديه"})
#: Words after مديرية that make it a directorate, not a district (مديرية أمن الزاوية،
#: مديرية التربية، مديرية الأمن العام): normalised.
DIRECTORATE_WORDS: Final = frozenset({
    "امن", "الامن", "شرطه", "الشرطه", "التربيه", "تربيه", "الصحه", "صحه", "الدفاع", "الزراعه",
    "المرور", "الجمارك", "الاوقاف", "الاعلام", "الماليه", "العامه", "الاحوال", "الجوازات",
    "السجون", "الاستخبارات", "مكافحه", "البلديات", "الخدمات", "الكهرباء", "المياه", "النقل",
    "التعليم", "الثقافه", "السياحه", "الشؤون", "شؤون", "الامن", "الدفاع", "الاتصالات",
    "العمل", "الاسكان", "الطرق", "البيئه", "الري", "الصناعه", "التجاره", "الاقتصاد",
})
#: Most words a site name takes after its head (مخيم نور شمس، معبر كرم أبو سالم).
SITE_NAME_WORDS: Final = 3
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
#: Administrative units (and a countryside, a capital) a place is said to lie in: after في
#: or a fused ب they make the place after them the container of a finer place named just
#: before (مديرية أحور بمحافظة أبين، بلدة برج الملوك في قضاء مرجعيون، قرب بلدة ليري في منطقة
#: تمبكتو، مدينة طويلة في شمال دارفور): normalised bases.
CONTAINER_WORDS: Final = frozenset({
    "محافظه", "ولايه", "مقاطعه", "اقليم", "قضاء", "منطقه", "مديريه", "معتمديه", "ناحيه",
    "ريف", "العاصمه", "مدينه", "اطراف", "وادي",
})
#: Words that open a containment phrase on their own: في, and التابعة (لقضاء سوران).
CONTAINER_OPENERS: Final = frozenset({"في", "التابعه", "التابع"})
#: Those heads whose site, named after a town, is more specific than the town.
SITE_HEADS: Final = frozenset({"مخيم", "سجن", "معبر", "منفذ", "حقل", "ميناء", "مطار", "قاعده"})
#: Heads of a square (ساحة الحبوبي، ميدان التحرير), and the words after them that make an
#: arena of action or a common noun, not a square's name (ساحة المعركة، ساحة عامة).
SQUARE_HEADS: Final = frozenset({"ساحه", "ميدان"})
NOT_A_SQUARE_NAME: Final = frozenset({
    "المعركه", "معركه", "القتال", "الحرب", "حرب", "المواجهه", "الصراع", "العمل", "النقاش",
    "السياسيه", "اللعب", "الملعب", "الرمايه", "التدريب", "الاعدام", "المعارك", "معارك",
    "عامه", "العامه", "رئيسيه", "الرئيسيه", "كبري", "الكبري",
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
                    # not the model's حي سكني، قرية صغيرة: a description, no name
                    if m.kind == "name" and _after_place_cue(toks, m.span.start) \
                            and normalize_key(m.span.text) not in NOT_A_SITE_NAME:
                        out.append(_with_head(doc, toks, PlaceRef(
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
        sites = _site_names(doc, [r.span for r in out if r.kb_id is not None])
        out = [r for r in out if r.kb_id is not None or not any(
            _holds_more(s.span, r.span) for s in sites)] + sites
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


#: A token's start offset: the key tokens are bisected by (no list of starts is built per
#: look-up; the document's tokens are shared, :func:`document_tokens`).
_token_start = attrgetter("start")


def _after_institution(doc: Document, span: Span) -> bool:
    toks = document_tokens(doc.text)
    i = bisect_right(toks, span.start, key=_token_start) - 1
    if i <= 0 or toks[i].start != span.start or doc.text[toks[i - 1].end:span.start].strip():
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


#: A dash after a paragraph's first place (with an agency in brackets: القاهرة (رويترز) -).
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")


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
                             or _RANK.get(p.precision, 3) < _RANK.get(r.precision, 3)
                             or (not contained and _RANK.get(p.precision, 3)
                                 == _RANK.get(r.precision, 3)))),
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


def _indices_with_base(toks: Sequence[Token], bases: AbstractSet[str]) -> list[int]:
    """The indices of the tokens whose base is one of ``bases``, in order: selected in C
    (compress over map), as every token of the page is tested and few pass."""
    return list(compress(range(len(toks)), map(bases.__contains__, map(_BASE, toks))))


_BASE = itemgetter(5)  # Token.base


def _site_names(doc: Document, taken: list[Span]) -> list[PlaceRef]:
    """Head + name of settlements and sites no place mention covers (``SETTLEMENT_HEADS``):
    local places, to be anchored by the nearest known place. The head has no article (the
    name follows it in a construct: مخيم نور شمس, not المخيم منذ); the name runs over at
    most :data:`SITE_NAME_WORDS` words, up to a preposition, a time or direction word, a
    definite adjective (الحدودي، الجوية) or a word with a proclitic."""
    toks = document_tokens(doc.text)
    out: list[PlaceRef] = []
    for i in _indices_with_base(toks, SETTLEMENT_HEADS):
        if i + 1 >= len(toks):
            break
        head, name = toks[i], toks[i + 1]
        if head.base not in SETTLEMENT_HEADS or head.clitics.endswith(("ال", "لل")) \
                or name.kind != "word" or name.clitics not in ("", "ال") \
                or name.norm in NOT_A_SITE_NAME or name.norm in SITE_NAME_STOPS \
                or (head.base in SQUARE_HEADS and name.norm in NOT_A_SQUARE_NAME) \
                or (head.base == "مديريه" and name.norm in DIRECTORATE_WORDS) \
                or (name.clitics == "ال" and name.norm.endswith(("ي", "يه"))
                    and not _locative_next(toks, i + 2)) \
                or len(name.norm) < 2 or doc.text[head.end:name.start].strip():
            continue  # not المخيم منذ، قرية الصغيرة، حي السكني (but قضاء الطارمية شمالي بغداد)
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


def _locative_next(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a direction or containment phrase (شمالي، قرب، في، بمحافظة):
    what only a place name takes, so that a nisba-shaped word before it after a settlement
    head is that settlement's name (منطقة المواصي غرب خان يونس), not an adjective."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.norm in REFERENCE_WORDS or t.norm in CONTAINER_OPENERS \
        or (t.clitics == "ب" and t.base in CONTAINER_WORDS)


#: Heads that, definite and alone, stand for the village or site of that head named before
#: (القرية، المخيم، القاعدة، المعبر، الحقل): normalised bases. Not المدينة and البلدة, which
#: as often mean the story's main town as the last one named (on the dev audit articles
#: they joined distinct acts told in one town), nor المنطقة، الحي، القضاء (generic), nor
#: المديرية، المعتمدية (as often a directorate: مديرية الأمن … وقالت المديرية).
ANAPHOR_HEADS: Final = SETTLEMENT_HEADS - {"منطقه", "حي", "قضاء", "بلده", "مديريه", "معتمديه"}


def _anaphors(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
    """Definite heads standing alone for a place named before with that head (قرية أم حوش
    … وسيطر المسلحون على القرية; مدينة الزاوية … عاد الهدوء إلى المدينة): each takes the
    nearest earlier such place, shown with that place's name."""
    toks = document_tokens(doc.text)
    by_start = {r.span.start: r for r in refs if r.antecedent is None}
    out: list[PlaceRef] = []
    for i in _indices_with_base(toks, ANAPHOR_HEADS):
        t = toks[i]
        if not t.clitics.endswith(("ال", "لل")) \
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


#: Heads that are part of the name of the quarter, square or site they open (حي التضامن،
#: مخيم بلاطة، ساحة الكرامة، سجن إيفين): a name the model found after one is shown with it.
NAMED_WITH_HEAD: Final = SITE_HEADS | {"حي", "ساحه", "ميدان"}
#: Dual and plural heads of villages and camps (أطراف بلدتي كفرشوبا وشبعا): normalised.
SMALL_HEADS_MANY: Final = frozenset({"بلدتي", "قريتي", "مخيمي", "بلدات", "قري", "مخيمات"})


def _with_head(doc: Document, toks: Sequence[Token], ref: PlaceRef) -> PlaceRef:
    """A local name right after a head (no article on the head): after one of
    :data:`NAMED_WITH_HEAD` it is widened to hold the head, a quarter or a site; after a
    village or camp head (:data:`SMALL_HEADS`, dual and plural ones too) it is a village.
    Either is finer than the town it lies in, as the same names read by
    :func:`_site_names` are."""
    i = bisect_left(toks, ref.span.start, key=_token_start)
    if i == 0 or i >= len(toks) or toks[i].start != ref.span.start:
        return ref
    head = toks[i - 1]
    if head.clitics.endswith(("ال", "لل")) or doc.text[head.end:ref.span.start].strip():
        return ref
    if head.base in NAMED_WITH_HEAD:
        return replace(ref, span=Span.of(doc.text, head.start, ref.span.end),
                       precision="site" if head.base in SITE_HEADS else "village")
    if head.base in SMALL_HEADS or head.norm in SMALL_HEADS_MANY:
        return replace(ref, precision="village")
    return ref


def _holds_more(outer: Span, inner: Span) -> bool:
    """Whether ``outer`` holds ``inner`` and more."""
    return outer.start <= inner.start and inner.end <= outer.end \
        and outer.end - outer.start > inner.end - inner.start


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
