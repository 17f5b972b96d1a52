"""Receptions told in the Gulf agencies' protocol style: who received whom, and where
(task fix41, blind round 41).

``استقبل X … Y`` is the visit of Y, the host X its recipient (README, "Receptions are visits
of the visitor"). The agencies name the host with honorifics and a long name, then his title
in apposition, then the place and time of the audience between commas, then the visitor::

    استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في قصر البحر
    صباح اليوم، فخامة البروفيسور محمد يونس كبير مستشاري الحكومة المؤقتة في جمهورية بنغلاديش

The noun-phrase reader stops after five words, inside the host's name, and takes the honorific
for a word of no party: :func:`past_span` and :func:`past_honorifics` let the subject and the
object start where their titles do, and :func:`visitor_after_title` finds the visitor past
the host's title and the insert. The visitor's own country named in his title (في جمهورية
بنغلاديش) is not where the reception took place: :func:`host_side_place` gives the dateline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.events.actors.arguments import ActorFinder, np_at
from rasd.events.location.places import LOCAL_PRECISIONS, PlaceRef
from rasd.events.matcher import Match
from rasd.events.syntax.clauses import clause_end, strip_conj
from rasd.kb.store import KnowledgeBase
from rasd.model import Actor, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token


def past_span(toks: list[Token], j: int, end: int) -> int:
    """``j``, or the index of the first token at or after character ``end`` when that is
    later: a subject whose name runs past the noun phrase's word limit (أمير البلاد الشيخ
    تميم بن حمد آل ثاني) ends where its name ends, so the object after it (a reception's
    visitor) is looked for there, not inside the name (fix41)."""
    while j < len(toks) and toks[j].start < end:
        j += 1
    return j


#: Honorifics of address before a ruler's or a minister's title (حضرة صاحب السمو الشيخ،
#: فخامة الرئيس، معالي الوزير), normalised: no party of their own, the title after them is.
HONORIFICS = frozenset(normalize_key(w) for w in (
    "حضرة", "صاحب", "السمو", "الجلالة", "الفخامة", "السيادة", "المعالي", "فخامة", "جلالة",
    "سمو", "معالي", "سعادة", "سيادة", "الملكي"))
#: Most honorific words skipped before the title (حضرة صاحب السمو).
MAX_HONORIFICS = 3


def past_honorifics(toks: list[Token], i: int) -> int:
    """``i``, or the index after up to :data:`MAX_HONORIFICS` honorifics of address at ``i``
    (حضرة صاحب الجلالة السلطان …، فخامة البروفيسور …): the party's phrase starts at its
    title (fix41)."""
    j = i
    while j < len(toks) and j - i < MAX_HONORIFICS and toks[j].norm in HONORIFICS:
        j += 1
    return j if j < len(toks) and toks[j].kind == "word" else i


#: Lemmas of a reception (the host its subject, the visitor its object).
RECEPTION_LEMMAS = frozenset({"استقبل"})


def received(m: Match) -> bool:
    """Whether ``m`` is a reception verb, whose object is the visiting party."""
    return m.trigger.lemma in RECEPTION_LEMMAS


def visitor_after_title(toks: list[Token], rng: tuple[int, int],
                        finder: ActorFinder) -> Actor | None:
    """The visitor told after the host's title: ``rng``, the phrase right after a
    reception's subject, holds only a ruler's title (أمير البلاد المفدى، رئيس الدولة), which
    is the host's in apposition; the visitor is the next phrase, after the place and time of
    the audience between commas (، بمكتبه في قصر البحر صباح اليوم،) when they stand there.
    None when ``rng`` is no title or no party follows; a place there is no visitor."""
    a, b = rng
    if not title_only(toks, a, b) or b >= len(toks):
        return None
    j = b
    if toks[b].norm in COMMAS:
        close = next((k for k in range(b + 2, min(len(toks), b + 2 + RECEPTION_INSERT_WORDS))
                      if toks[k].norm in COMMAS), None)
        if close is None or any(t.kind != "word" for t in toks[b + 1:close]):
            return None
        j = close + 1
    j = past_honorifics(toks, j)
    end = clause_end(toks, j)
    nxt = np_at(toks, j, end) if j < end else None
    if nxt is None:
        return None
    # a title the knowledge base lacks (فخامة البروفيسور …) is still the visitor's, unless
    # the phrase opens with a preposition (بقصر الاتحادية: where, not who)
    loose = toks[j].clitics[:1] not in PREPOSITION_CLITICS and toks[j].norm not in ("في", "حفظه")
    return finder.actor(toks, *nxt, places=False) or (
        finder.actor(toks, *nxt, places=False, loose=True) if loose else None)


#: Prepositions fused to a word (بقصر، لدى is no clitic): the phrase tells a place or a
#: purpose, not a party.
PREPOSITION_CLITICS = frozenset({"ب", "ل", "ك"})


#: Commas (Arabic and Latin, as normalised).
COMMAS = frozenset({",", "،"})
#: Longest insert between a reception's host and its visitor (، بمكتبه في قصر البحر صباح
#: اليوم،): the place and the time of the reception.
RECEPTION_INSERT_WORDS = 9
#: Words of a ruler's or a minister's title in apposition after his name (أمير البلاد المفدى،
#: رئيس الدولة، وزير الخارجية، ولي العهد رئيس مجلس الوزراء، حفظه الله ورعاه).
TITLE_WORDS = frozenset(normalize_key(w) for w in (
    "أمير", "عاهل", "ملك", "سلطان", "رئيس", "ولي", "البلاد", "الدولة", "المفدى", "المعظم",
    "حفظه", "الله", "ورعاه", "العهد", "الأمين", "نائب", "وزير", "الخارجية", "الداخلية",
    "الدفاع", "مجلس", "الوزراء", "الأول", "العام"))


def title_only(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are only a ruler's title words (أمير البلاد المفدى)."""
    return all(strip_conj(t.norm) in TITLE_WORDS for t in toks[a:b])


def host_side_place(refs: Sequence[PlaceRef], ref: PlaceRef | None, m: Match,
                    actor: Actor | None, recipient: Actor | None) -> PlaceRef | None:
    """Where a reception took place: ``ref``, unless it is named after the visitor's name
    (his title: كبير مستشاري الحكومة المؤقتة في جمهورية بنغلاديش) in a country that is not
    the host's; then the story's dateline (الدوحة - قنا), where the agency reports its
    ruler's audiences."""
    if not received(m) or ref is None or actor is None or ref.dateline:
        return ref
    if ref.span.start < actor.span.start or (recipient is not None
                                             and recipient.country == ref.country):
        return ref
    return next((p for p in refs if p.dateline and p.country != ref.country), ref)


def host_site(ref: PlaceRef | None, refs: Sequence[PlaceRef], sent: Span, m: Match,
              actor: Actor | None) -> PlaceRef | None:
    """places19: a site a reception names (في قصر اليمامة، بقصر الاتحادية) that no known
    place of its sentence locates is the host's palace: it lies in the host's country, at
    its capital, not at a place another sentence of the paragraph names (the guest's
    country in his title, the venue of a later meeting: اجتماعها الأول في دكار)."""
    if ref is None or ref.precision != "site" or not received(m) or actor is None \
            or actor.country is None:
        return ref
    if any(p.precision not in LOCAL_PRECISIONS and sent.start <= p.span.start
           and p.span.end <= sent.end for p in refs):
        return ref  # anchored in its sentence as any site is
    cap = KnowledgeBase.load().capital(actor.country)
    if cap is None:
        return ref
    return replace(ref, name_en=None, country=cap.country, lat=cap.lat, lon=cap.lon,
                   geonames_id=cap.geonames_id, precision=cap.precision, kb_id=cap.kb_id)
