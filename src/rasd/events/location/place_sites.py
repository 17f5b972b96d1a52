"""Settlements and sites named with their head noun (:mod:`rasd.events.location.places`): a village,
camp, quarter, district or site the knowledge base lacks, read after its head (بلدة سرمين،
مخيم نور شمس، مديرية حيس), a name the model found after such a head, and a definite head
alone standing for the one named before (القرية); with the direction and containment words
that make a place the reference point of another (حوارة جنوب نابلس، أحور بمحافظة أبين)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Final

from rasd.entities.sites import COMPOUND_FIRST, NOT_A_SITE_NAME, SITE_NAME_STOPS
from rasd.events.location.place_ref import PlaceRef
from rasd.events.location.prison_terms import prison_term  # fix51
from rasd.model import Document, Span
from rasd.text.tokens import Token, document_tokens

#: Heads of a settlement or site whose next word is its name even when the entity stage
#: found none there (بلدة سرمين، مخيم نور شمس، سجن عوفر; a Yemeni or Egyptian district
#: مديرية حيس، a Tunisian معتمدية العامرة): normalised, with a fused ب/و/في.
SETTLEMENT_HEADS: Final = frozenset({
    "بلده", "قريه", "مخيم", "حي", "ناحيه", "ضاحيه", "سجن", "معبر", "منفذ", "حقل", "ميناء",
    "مطار", "قاعده", "قضاء", "خربه", "منطقه", "ساحه", "ميدان", "مديريه", "معتمديه",
    # places19: a palace, street or island the gold names as the place (قصر الاتحادية،
    # قصر بعبدا، شارع ناصر خسرو، جزيرة الوراق): where a reception or a protest happened
    "قصر", "شارع", "جزيره",
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
    "التعليم", "الثقافه", "السياحه", "الشؤون", "شؤون", "الاتصالات",
    "العمل", "الاسكان", "الطرق", "البيئه", "الري", "الصناعه", "التجاره", "الاقتصاد",
    # fix48: an army's or a state's intelligence directorate (قوة من مديرية المخابرات في
    # الجيش اللبناني), its guidance and operations directorates
    "المخابرات", "مخابرات", "التوجيه", "العمليات", "الاحصاء", "التخطيط",
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
    "بلديه",  # fix47: بحي كليمنهوفه في بلدية أندرلخت (a municipality holds its quarters)
})
#: Words that open a containment phrase on their own: في, and التابعة (لقضاء سوران).
CONTAINER_OPENERS: Final = frozenset({"في", "التابعه", "التابع"})
#: Those heads whose site, named after a town, is more specific than the town.
SITE_HEADS: Final = frozenset({"مخيم", "سجن", "معبر", "منفذ", "حقل", "ميناء", "مطار", "قاعده",
                               "قصر", "شارع", "جزيره"})  # places19: قصر بعبدا، قصر قرطاج
#: places19: heads whose construct name is often a nisba-shaped word (قصر الاتحادية، قصر
#: العدالة): an indefinite head takes no definite adjective, so the word is its name.
NISBA_NAMED_HEADS: Final = frozenset({
    "قصر",
    # fix48: a camp named by a nisba-shaped word (مخيم الزعتري، مخيم الأمعري): the head has
    # no article, so the definite word after it is its name, not an adjective
    "مخيم",
})
#: places19: a quarter named like a known town (حي الروضة in Taiz, حي بغداد) is that
#: quarter, a site of its city, not the town: read with its head as :data:`SITE_HEADS` are.
NAMED_AFTER_TOWN: Final = SITE_HEADS | {"حي"}
#: Heads of a square (ساحة الحبوبي، ميدان التحرير), and the words after them that make an
#: arena of action or a common noun, not a square's name (ساحة المعركة، ساحة عامة).
SQUARE_HEADS: Final = frozenset({"ساحه", "ميدان"})
NOT_A_SQUARE_NAME: Final = frozenset({
    "المعركه", "معركه", "القتال", "الحرب", "حرب", "المواجهه", "الصراع", "العمل", "النقاش",
    "السياسيه", "اللعب", "الملعب", "الرمايه", "التدريب", "الاعدام", "المعارك", "معارك",
    "عامه", "العامه", "رئيسيه", "الرئيسيه", "كبري", "الكبري",
})

#: Weekdays that name a market town or quarter after سوق (سوق الجمعة، سوق الأربعاء), though a
#: weekday otherwise ends a site name: normalised.
MARKET_DAYS: Final = frozenset({
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
})
#: A token's start offset: the key tokens are bisected by.
_token_start = attrgetter("start")


def _indices_with_base(toks: Sequence[Token], bases: AbstractSet[str]) -> list[int]:
    """The indices of the tokens whose base is one of ``bases``, in order: selected in C
    (compress over map), as every token of the page is tested and few pass."""
    return list(compress(range(len(toks)), map(bases.__contains__, map(_BASE, toks))))


_BASE = itemgetter(5)  # Token.base


def site_names(doc: Document, taken: list[Span]) -> list[PlaceRef]:
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
        # places19: a known place read whole keeps the letter the tokenizer took for a
        # proclitic (قصر بعبدا: not ب + عبدا)
        whole_place = any(s.start == name.start for s in taken)
        if head.base not in SETTLEMENT_HEADS or head.clitics.endswith(("ال", "لل")) \
                or name.kind != "word" or (name.clitics not in ("", "ال") and not whole_place) \
                or name.norm in NOT_A_SITE_NAME or name.norm in SITE_NAME_STOPS \
                or (head.base in SQUARE_HEADS and name.norm in NOT_A_SQUARE_NAME) \
                or (head.base == "مديريه" and name.norm in DIRECTORATE_WORDS) \
                or (name.clitics == "ال" and name.norm.endswith(("ي", "يه"))
                    and head.base not in NISBA_NAMED_HEADS
                    and not locative_next(toks, i + 2)) \
                or len(name.norm) < 2 or doc.text[head.end:name.start].strip() \
                or prison_term(toks, i):  # fix51: قضت بسجن زوجين
            continue  # not المخيم منذ، قرية الصغيرة، حي السكني (but قضاء الطارمية شمالي بغداد)
        named_place = any(s.start < name.end and name.start < s.end for s in taken)
        if named_place and head.base not in NAMED_AFTER_TOWN:
            continue  # بلدة + a known town is that town
        end, prev = name.end, name
        for nxt in toks[i + 2:i + 1 + SITE_NAME_WORDS]:
            if prev.norm == "سوق" and nxt.norm in MARKET_DAYS \
                    and not doc.text[end:nxt.start].strip():
                end, prev = nxt.end, nxt  # a market town named after its day: سوق الجمعة
                continue
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
        precision = "site" if named_place or head.base in SITE_HEADS else (
            "village" if head.base in SMALL_HEADS else "local")
        out.append(PlaceRef(Span.of(doc.text, head.start, end), None, None, None, None,
                            None, precision, None))
    return out


def locative_next(toks: Sequence[Token], k: int) -> bool:
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
ANAPHOR_HEADS: Final = SETTLEMENT_HEADS - {"منطقه", "حي", "قضاء", "بلده", "مديريه", "معتمديه",
                                         "شارع", "جزيره"}  # places19: الشارع is "the street"


def anaphors(doc: Document, refs: list[PlaceRef]) -> list[PlaceRef]:
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


def with_head(doc: Document, toks: Sequence[Token], ref: PlaceRef) -> PlaceRef:
    """A local name right after a head (no article on the head): after one of
    :data:`NAMED_WITH_HEAD` it is widened to hold the head, a quarter or a site; after a
    village or camp head (:data:`SMALL_HEADS`, dual and plural ones too) it is a village.
    Either is finer than the town it lies in, as the same names read by
    :func:`site_names` are."""
    i = bisect_left(toks, ref.span.start, key=_token_start)
    if i >= len(toks) or toks[i].start != ref.span.start:
        return ref
    first = toks[i]
    if first.base in NAMED_WITH_HEAD and not first.clitics.endswith(("ال", "لل")) \
            and i + 1 < len(toks) and toks[i + 1].end <= ref.span.end:
        # places19: the model's name holds its head (معبر طورخم، حي الشيخ مقصود): the same
        # site or quarter as one read after its head
        return replace(ref, precision="site" if first.base in SITE_HEADS else "village")
    if i == 0:
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


def object_site(refs: Sequence[PlaceRef], start: int, end: int) -> PlaceRef | None:
    """places19: a site the trigger ``[start, end)`` names as its object (أغلقت السلطات معبر
    طورخم، وأغلقت السلطات المعبر، اقتحموا سجن عوفر): where the act was done, though a place
    name inside a trigger is otherwise one of its words (بالقنابل المسيلة للدموع)."""
    return next((p for p in refs if p.precision == "site" and start <= p.span.start
                 and p.span.end <= end), None)


def holds_more(outer: Span, inner: Span) -> bool:
    """Whether ``outer`` holds ``inner`` and more."""
    return outer.start <= inner.start and inner.end <= outer.end \
        and outer.end - outer.start > inner.end - inner.start
