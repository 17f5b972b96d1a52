"""Courtesies between officials of one state: no political event.

A governor receiving his mufti, a minister praising his own staff, a ruler thanking the
security men: news pages report these with the words of diplomacy (استقبل، التقى، أشاد، ثمن),
but PLOVER's CONSULT and SUPPORT are acts between political actors, and the gold README
codes a president's meeting with his own head of government, domestic receptions and
praise of a body's own staff as no event (audit rounds 7 and 8; the passages of round 30).

The rule reasons about who takes part, not about words: an event of :data:`DOMESTIC_TYPES`
is a courtesy when its actor is an official of a known country (:data:`OFFICIAL_SECTORS`)
and its sentence names no one else who could make it political: no party of another
country, no international body, no opposition, rebel or party actor
(:data:`POLITICAL_OTHERS`), and no word that marks a foreign guest or counterpart
(:data:`FOREIGN_MARKERS`: سفير، نظيره، وفد، القنصل …). A president receiving an opposition
leader, a minister meeting an ambassador and a state visit all keep their event. The sentence
before is read too (a foreign envoy coming to discuss the file the president met his prime
minister on, ev-424). The extractor marks such tellings and drops, once merged, the event they
belong to, so the headline's and the body's telling of one reception go together.
"""

from __future__ import annotations

from rasd.events.actors.former_officials import former_actor  # fix50
from rasd.kb.store import KnowledgeBase
from rasd.model import Document, Event, Span
from rasd.text.normalize import normalize_key

#: The types whose domestic use is a courtesy: a reception or meeting, praise or thanks. Their
#: second party is rarely named as a participant (the praised staff, the received mufti), so
#: a sentence with no other party counts as domestic. REQUEST is left out: its addressee is
#: often the public or a rival (a governor calling on the government, rebels on the
#: government: ev-1210), and an addressee test on staff words (منسوبي، وكلاء، القيادات) cost
#: a true demand on the audit (المالكي طلب من القيادات) for no false one. A domestic AGREE (a
#: cabinet approving a plan) is left to the block rows: its true senses (a party agreeing to
#: join a government) are domestic too.
DOMESTIC_TYPES = frozenset({"CONSULT", "SUPPORT"})
#: Actor sectors of a state's own officials: their meetings with and praise of each other are
#: the administration at work. Parties (PTY), the opposition and rebels are left out: a
#: president receiving an opposition leader or a party's call is politics.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP"})
#: Sectors of a second party that make a domestic act political (an opposition leader, a
#: rebel group, a party, parliament, an international body).
POLITICAL_OTHERS = frozenset({"OPP", "REB", "INS", "PTY", "LEG", "IGO", "NGO"})
#: Words (normalised, matched on a token's base with و/ب/ل/ف stripped) that name a foreign
#: guest or counterpart or a second state even when no entity of another country is found:
#: an ambassador, a consul, a delegation, a counterpart, an envoy, the kingdom's guest.
FOREIGN_MARKERS = frozenset(normalize_key(w) for w in (
    "سفير", "السفير", "سفيرة", "السفيرة", "سفراء", "القنصل", "قنصل", "وفد", "الوفد", "وفدا",
    "نظيره", "نظيرته", "نظيرها", "نظرائه", "مبعوث", "المبعوث", "المبعوثة", "الضيف", "ضيف",
    "الاممي", "الدولي", "الدولية", "الخارجية", "خارجية", "الاجنبي", "الاجنبية", "الامريكي",
    "الأمريكي", "الامريكية", "الاميركي", "الاميركية", "دولة", "الدول", "دول", "البلدين",
    "الجانبين", "الشقيقة", "الصديقة", "الثنائية", "الخليجي", "الخليجية", "العربية",
    "الإقليمية", "الاقليمية", "العالم", "الحوثي", "الحوثيين", "المعارضة", "المعارض",
    # a state visit's protocol: an official visit, a reception with a guard of honour abroad
    # (ولي العهد إلى عمان في زيارة رسمية: the role's country is guessed from the place)
    "مراسم", "الشرف", "رسمية", "الرسمية",
    # a congratulation cable goes to a head of state; two leaders, two countries
    "برقية", "الزعيمين", "الزعيمان", "البلدان",
    # a resistance or a militia addressed beside an official is a party to the conflict
    "المقاومة", "المليشيات", "الميليشيات",
    # two sides, two presidents, a dialogue: a meeting between parties, not a courtesy
    "الجانبان", "الطرفان", "الطرفين", "الرئيسين", "الرئيسان", "الحوار", "المكونات",
    "المملكة",
    # a minister meeting strikers' or protesters' representatives, unions or a movement
    "ممثلين", "ممثلي", "النقابات", "نقابة", "النقابة", "التنسيقية", "الحراك", "المعتصمين",
    "الاتحاد", "الإضراب", "الاضراب",
    # the public's politics: backing protests or their demands is a domestic political act
    "المتظاهرين", "المظاهرات", "المحتجين", "الاحتجاجات", "مطالب", "الشعب",
))
#: Clitics stripped before the marker test.
_PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول")
#: Entity types that name a party (a person, a body, a state, a nationality).
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "MISC"})


def _bases(word: str) -> set[str]:
    key = normalize_key(word)
    out = {key}
    for p in _PREFIXES:
        if key.startswith(p) and len(key) > len(p) + 2:
            out.add(key[len(p):])
    return out


def _has_marker(text: str) -> bool:
    return any(b in FOREIGN_MARKERS for w in text.split() for b in _bases(w.strip("«»\"()،,.:")))


def _names_nationality(doc: Document, span: Span) -> bool:
    """Whether a nationality or a state is named inside ``span``: a NORP mention, a country's
    name, or a nationality adjective in a role phrase (وزير العدل اليمني is one role
    mention). A city or a region (أمير منطقة عسير) does not count."""
    if any((ent.type == "NORP" or (ent.type == "GPE" and ent.precision == "country"))
           and span.start <= m.span.start
           and m.span.end <= span.end for ent in doc.entities for m in ent.mentions):
        return True
    kb = KnowledgeBase.load()
    for word in span.text.split():
        entries = kb.lookup(normalize_key(word))
        if entries and all(e.type == "NORP" for e in entries):
            return True
    return False


def is_domestic_courtesy(doc: Document, sentence: Span, event: Event,
                         page_country: str | None, before: Span | None = None) -> bool:
    """True when ``event`` (in ``sentence``) is an official's courtesy or praise among his own
    state's people (module doc). ``page_country`` is the state the page is about:
    an actor of another state on it is a guest or a foreign sender (a Yemeni minister received
    in Riyadh, a cable to Tunisia's president), so only the page's own officials count.
    ``before`` is the sentence before: its foreign party is the meeting's topic (an American
    envoy arrives to discuss the reply; the president met his prime minister on the same
    file, ev-424), so other parties are looked for there too."""
    actor = event.actor
    if event.type not in DOMESTIC_TYPES or actor is None:
        return False
    if actor.sector not in OFFICIAL_SECTORS or actor.country is None \
            or actor.country != page_country or former_actor(event):  # fix50
        return False
    home = actor.country
    if before is not None and before.end <= sentence.start:
        sentence = Span.of(doc.text, before.start, sentence.end)
    if _names_nationality(doc, sentence):
        # وزير العدل اليمني، القوات المسلحة الإيرانية: a sentence that names a state or a
        # nationality tells of states, not of the outlet's own administration
        return False
    recipient = event.recipient
    if recipient is not None and recipient.span == actor.span:
        return False  # one phrase read as both parties: nothing known of the second
    for other in (event.recipient, event.attribution):
        if other is not None and ((other.country is not None and other.country != home)
                                  or other.sector in POLITICAL_OTHERS):
            return False
    if _has_marker(sentence.text):
        return False
    for ent in doc.entities:
        if ent.type not in _PARTY_TYPES:
            continue
        if not any(sentence.start <= m.span.start and m.span.end <= sentence.end
                   for m in ent.mentions):
            continue
        if (ent.country is not None and ent.country != home) or ent.sector in POLITICAL_OTHERS:
            return False
    return True
