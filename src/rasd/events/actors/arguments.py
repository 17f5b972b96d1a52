"""Participants of an event: the noun phrases in a trigger's role slots (triggers.tsv
``role`` column), linked to the entity stage's mentions when one overlaps and classified with
:func:`rasd.kb.roles.classify_actor_phrase` otherwise.

A noun phrase is read conservatively from a token on: words up to a preposition, relative
pronoun, complementiser, punctuation, or a word that opens a new clause with و/ف, and at most
:data:`MAX_NP_WORDS` words. Quote marks inside a name (قوات «الدعم السريع») are kept.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.caches import word_cache
from rasd.events.actors.actor_sanity import (
    after_mediation,
    dateline_starts,
    is_money,
    victim_starts,
)
from rasd.events.syntax.clauses import RELATIVE_PRONOUNS
from rasd.kb.gazetteer import proclitic_readings
from rasd.kb.roles import classify_actor_phrase, role_patterns
from rasd.kb.store import KnowledgeBase
from rasd.model import Actor, Document, Entity, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: A participant phrase rarely runs longer (المرصد السوري لحقوق الإنسان is four words); a
#: longer window drags in the rest of the clause.
MAX_NP_WORDS = 5
#: How far after a trigger a preposition slot (pp:على) is looked for, in tokens.
PP_WINDOW = 8
_QUOTES = frozenset("«»\"“”'")
#: Words that end a noun phrase (normalised): prepositions, relatives, complementisers,
#: particles and time adverbs.
STOP = frozenset(normalize_key(w) for w in [
    "في", "على", "من", "الي", "عن", "مع", "ضد", "بين", "ان", "انه", "انها", "الذي", "التي",
    # بأن opens a statement's content (أفاد بيان للرئاسة بأن الرئيس استقبل …): the source
    # phrase is the statement, not the president who acts (round 20)
    "بان", "بانه", "بانها",
    "الذين", "اللذين", "اللتين", "اللواتي", "ما", "قد", "لم", "لن", "لا", "منذ", "خلال",
    "بعد", "قبل", "عند", "حيث", "بينما", "كما", "امس", "اليوم", "غدا", "اثر", "جراء",
    "بسبب", "نحو", "حوالي", "لدي", "الى", "الا", "او", "ثم", "حتي", "اذا", "لكن", "بل",
    "هذا", "هذه", "ذلك", "تلك", "هناك", "وسط", "قرب", "داخل", "خارج", "امام", "اثناء",
    "عبر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "صباح",
    "مساء", "ليل", "فجر", "الماضي"
])
_ACTOR_TYPES = frozenset({"ORG", "PERSON", "NORP", "GPE", "MISC"})
#: Entity types whose name mention an actor phrase must not cut (:meth:`ActorFinder.name_end`).
_NAME_TYPES = frozenset({"ORG", "PERSON"})
#: Honorific titles that may stand between a role's adjective and the name (العاهل الأردني
#: «الملك» عبد الله الثاني), normalised.
TITLES = frozenset(normalize_key(w) for w in (
    "الملك", "الامير", "الشيخ", "السلطان", "السيد", "السيدة", "الرئيس", "الجنرال", "المشير",
    "الفريق", "اللواء", "العميد", "العقيد", "الدكتور", "القاضي"))
#: How far past a phrase's end a following name may begin (a title word), in characters.
NAME_AFTER_REACH = 12
#: Words a nisba adjective's noun may have before it (طائرة مسيرة إسرائيلية: two); more
#: reach back into the verb's other words.
NISBA_HEAD_WORDS = 2
#: Indefinite-looking words that still continue a definite phrase: the negating and
#: possessing heads of an adjectival construct (القوات غير النظامية، الجهات ذات الصلة).
_CONSTRUCT_HEADS = frozenset(normalize_key(w) for w in ("غير", "ذات", "ذو", "ذوي", "ذوو"))
#: Words classify_actor_phrase skips before a phrase's head (rasd.kb.roles._LINKS): a
#: phrase starting with one is always classified.
_LINK_WORDS = frozenset(normalize_key(w) for w in (
    "في", "لدى", "التابع", "التابعة", "التابعين", "من", "عن"))


@dataclass(frozen=True, slots=True)
class MentionRef:
    """An entity mention with its entity's index, for overlap lookups."""

    start: int
    end: int
    entity: int
    kind: str


def mention_refs(doc: Document) -> list[MentionRef]:
    refs = [MentionRef(m.span.start, m.span.end, i, m.kind)
            for i, e in enumerate(doc.entities) for m in e.mentions]
    refs.sort(key=lambda r: r.start)
    return refs


def overlapping(refs: list[MentionRef], starts: list[int], a: int, b: int) -> list[MentionRef]:
    """Mentions overlapping ``[a, b)`` (``starts`` is the sorted list of mention starts)."""
    out = []
    k = bisect_left(starts, a)
    j = k - 1
    while j >= 0 and starts[j] > a - 120:  # mentions are short; look back a little
        if refs[j].end > a:
            out.append(refs[j])
        j -= 1
    while k < len(refs) and refs[k].start < b:
        out.append(refs[k])
        k += 1
    return out


#: Nouns of a place that cannot continue a definite noun phrase without the article: after
#: القوات الإسرائيلية, مخيم جنين is the verb's object, not part of its subject. Normalised.
PLACE_HEADS = frozenset({
    "مخيم", "بلده", "قريه", "مدينه", "حي", "منطقه", "ناحيه", "ضاحيه", "سجن", "معبر", "منفذ",
    "حقل", "ميناء", "مطار", "قاعده", "مسجد", "مقر", "مبني", "مستشفي", "مدرسه", "جامعه",
    "بلدات", "قري", "مخيمات", "مدن", "احياء",
})


#: The governor's title (والي الخرطوم) normalised; spelt with a final ى it is وإلى "and to",
#: which normalisation folds into the same key (fix38).
WALI = normalize_key("والي")


def np_at(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the noun phrase starting at token ``i`` (before ``limit``)."""
    words = 0
    j = i
    last_word = -1
    while j < limit and words < MAX_NP_WORDS:
        tok = toks[j]
        if tok.text in _QUOTES:
            j += 1
            continue
        if tok.kind not in ("word", "latin"):
            break
        if tok.norm in STOP or (j > i and tok.norm[:1] in ("و", "ف") and tok.clitics[:1]
                                in ("و", "ف")):
            break
        if j > i and tok.norm in PLACE_HEADS and toks[j - 1].norm.startswith("ال"):
            break  # a new, indefinite place noun: the next phrase (the object) begins
        words += 1
        last_word = j
        j += 1
    if last_word < 0:
        return None
    end = last_word + 1
    if end < len(toks) and toks[end].text in _QUOTES and toks[i].text in _QUOTES:
        end += 1
    return (i, end)


@lru_cache(maxsize=20_000)
def _classify(phrase: str, kb: KnowledgeBase) -> tuple[str, str | None] | None:
    found = classify_actor_phrase(phrase, kb=kb)
    return (found.sector, found.country) if found is not None else None


@lru_cache(maxsize=4)
def _first_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every word a role pattern or a KB name begins with: a phrase whose first word is none
    of them names no actor :func:`classify_actor_phrase` knows (it decides from the first
    word on), so most candidate phrases are ruled out without calling it."""
    roles = {key.partition(" ")[0] for key in role_patterns()}
    return frozenset(roles | {key.partition(" ")[0] for key in kb.senses})


@word_cache
def _may_start_actor(norm: str, first: frozenset[str]) -> bool:
    return norm in _LINK_WORDS or any(form in first for _, form in proclitic_readings(norm))


class ActorFinder:
    """Builds :class:`Actor` records for noun phrases of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.kb = KnowledgeBase.load()
        self.first = _first_words(self.kb)
        self.refs = mention_refs(doc)
        self.starts = [r.start for r in self.refs]
        # characters covered by an actor-type mention: a phrase whose first token touches
        # none is not an entity's (one slice test instead of a mention scan)
        cover = bytearray(len(doc.text) + 1)
        for r in self.refs:
            if doc.entities[r.entity].type in _ACTOR_TYPES:
                cover[r.start:r.end] = b"\x01" * (r.end - r.start)
        self.cover = bytes(cover)
        self.nisba_starts = frozenset(r.start for r in self.refs if r.kind == "nisba")
        #: the page's PERSON name mentions (one-person counts: rasd.events.actors.object_person)
        self.person_names = tuple(m.span for en in doc.entities if en.type == "PERSON"
                                  for m in en.mentions if m.kind == "name")
        #: where no party's phrase begins (the dateline's place), and where no doer's does
        #: (a toll's victims, who may still be an act's recipient): rasd.events.actors.actor_sanity
        self.barred = dateline_starts(doc.text)
        self.victims = victim_starts(doc.text, doc.casualties)
        #: starts of subjects read in a reporter's stead for an ambiguous row: no party of
        #: its own for the row's gate (rasd.events.actors.participants)
        self.unsure: set[int] = set()
        #: token start -> whether a phrase may start at that token (:meth:`_may_start`)
        self._starts: dict[int, bool] = {}

    def _may_start(self, first: Token) -> bool:
        """Whether an actor phrase may begin with token ``first``: it touches an actor
        mention, is no Arabic word, or its word may begin a role or KB name. It depends on
        that token alone, whatever the phrase's end, so the backward search
        (:meth:`nearest_before`), which tries each start with several ends, asks once."""
        can = self._starts.get(first.start)
        if can is None:
            can = self._starts[first.start] = 1 in self.cover[first.start:first.end + 1] \
                or first.kind != "word" or _may_start_actor(first.norm, self.first)
        return can

    def phrase_stop(self, toks: list[Token], a: int, b: int) -> int:
        """Index of the token at which the noun phrase ``[a, b)`` ends as Arabic grammar
        lets it run, else ``b``. After a definite word, an indefinite one can be neither its
        adjective (adjectives agree in definiteness) nor its genitive (a definite noun
        heads no construct): it begins the verb's object or the next clause (اعتقلت قوات
        الاحتلال «ستة» شبان، أمير البلاد «كان»، المعارضة الرئيسية «مقاطعتها»). A word with
        the preposition ب opens an adverbial, not the phrase's own words (الشرطة الاتحادية
        «بتعزيزات»، شركة نفط البصرة «بالمتلوي»). A genitive with ل stays (المفوض العام
        «لوكالة» الأونروا), and no boundary inside an entity's mention or before a person's
        name is cut."""
        # a person's role is followed by the person's name, which NER may not know
        # (رئيس حكومة الإقليم مسرور بارزاني): no definiteness stop after one
        role = self._person_role_at(toks[a].start)
        for k in range(a + 1, b):
            prev, cur = toks[k - 1], toks[k]
            if prev.kind != "word" or cur.kind != "word":
                continue
            ends = cur.clitics.startswith("ب") or (
                not role and _definite(prev) and not _definite(cur)
                and not cur.clitics.startswith("ل") and cur.norm not in _CONSTRUCT_HEADS)
            if ends and prev.norm not in TITLES and not self._kept_across(prev.end, cur.start):
                return k
        return b

    def _kept_across(self, last: int, pos: int) -> bool:
        """Whether the phrase runs on from a word ending at ``last`` to one at ``pos``: an
        entity mention runs across, a person's name or role ends at ``last``, or a name
        begins at ``pos`` (the apposition of a role and its person, whether or not the
        name was recognised: رئيس الجمهورية جوزاف عون، المتحدث باسم الحوثيين يحيى سريع)."""
        for r in overlapping(self.refs, self.starts, last - 1, pos + 1):
            if r.start < pos < r.end or (r.start == pos and r.kind == "name"):
                return True
            if r.end == last and self.doc.entities[r.entity].type == "PERSON":
                return True
        return False

    def _person_role_at(self, pos: int) -> bool:
        """Whether a person's role mention (رئيس حكومة، وزير الخارجية) covers ``pos``."""
        return any(r.start <= pos < r.end and r.kind != "name"
                   and self.doc.entities[r.entity].type == "PERSON"
                   for r in overlapping(self.refs, self.starts, pos, pos + 1))

    def inside_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside an organisation's or person's name (قوات
        الدعم السريع, منظمة التعاون الإسلامي): a word of a name triggers no event."""
        for ref in overlapping(self.refs, self.starts, start, end):
            if ref.kind == "name" and ref.start <= start and end <= ref.end \
                    and self.doc.entities[ref.entity].type in ("ORG", "PERSON") \
                    and (ref.start, ref.end) != (start, end):
                return True
        return False

    def name_end(self, start: int, end: int) -> int:
        """``end`` moved to the end of a person's or organisation's name that the phrase
        ``[start, end)`` cuts (a word cap stops الأمين العام للأمم المتحدة أنطونيو inside
        أنطونيو غوتيريش): a name is never split."""
        for ref in overlapping(self.refs, self.starts, start, end):
            if ref.kind == "name" and ref.start < end < ref.end \
                    and self.doc.entities[ref.entity].type in _NAME_TYPES:
                end = ref.end
        return end

    def _name_after(self, pos: int, end: int) -> int:
        """The end of a person's or organisation's name that starts right after ``pos``
        and before ``end`` (الملك الأردني عبد الله الثاني: the title's adjective, then the
        name), else ``pos``."""
        text = self.doc.text
        for ref in overlapping(self.refs, self.starts, pos, end + NAME_AFTER_REACH):
            if ref.kind != "name" or ref.start <= pos \
                    or self.doc.entities[ref.entity].type not in _NAME_TYPES:
                continue
            between = text[pos:ref.start].split()
            if not between or (len(between) == 1 and normalize_key(between[0]) in TITLES):
                return ref.end
        return pos

    def _nisba_head(self, toks: list[Token], a: int, lo: int) -> int:
        """Index of the first word of the noun a nisba adjective at token ``a`` modifies
        (طائرة مسيرة «إسرائيلية»، الترويكا «الأوروبية»): up to :data:`NISBA_HEAD_WORDS`
        plain words before it, not before ``lo`` (the trigger's end); ``a`` if none."""
        definite = toks[a].norm.startswith("ال")
        k = a
        while k - 1 >= lo and a - (k - 1) <= NISBA_HEAD_WORDS:
            prev, cur = toks[k - 1], toks[k]
            if prev.kind != "word" or prev.norm in STOP or cur.clitics[:1] in ("و", "ف") \
                    or prev.start in self.nisba_starts or prev.clitics not in ("", "ال") \
                    or prev.norm.startswith("ال") != definite:
                break  # an adjective agrees with its noun in definiteness: a verb or a
                # preposition's object before it is no noun of it
            k -= 1
        return k

    def nisba_phrase(self, toks: list[Token], a: int, b: int) -> Actor | None:
        """A noun with its nationality adjective in ``[a, b)`` (المدفعية التركية، مقاتلات
        أمريكية): the nisba's country's party, the span from ``a`` to the adjective, when
        the words before the adjective agree with it back to ``a``."""
        for ref in overlapping(self.refs, self.starts, toks[a].start, toks[b - 1].end):
            if ref.kind != "nisba" or ref.start <= toks[a].start:
                continue
            k = next((j for j in range(a + 1, b) if toks[j].start == ref.start), None)
            if k is not None and self._nisba_head(toks, k, a) == a:
                ent = self.doc.entities[ref.entity]
                end = self._name_after(ref.end, toks[b - 1].end)
                return _from_entity(Span.of(self.doc.text, toks[a].start, end), ent,
                                    ref.entity)
            break
        return None

    def actor(self, toks: list[Token], a: int, b: int, *, loose: bool = False,
              places: bool = True, lo: int | None = None, third: bool = False) -> Actor | None:
        """The actor named by tokens ``[a, b)``: an overlapping entity mention, else a role
        phrase the KB classifies; ``loose`` also accepts an unclassified phrase. A phrase
        that begins with a nationality adjective (nisba) is that adjective, with the noun
        it modifies before it when ``lo`` (the first token the phrase may take) allows.
        ``third`` accepts a mediator (بوساطة تركية) for the mediation row's own slot."""
        text = self.doc.text
        first = toks[a]
        if first.start in self.barred or (not third and after_mediation(toks, a)):
            return None  # a dateline, a mediator: never a party to the act
        if first.norm == WALI and first.text.endswith("ى"):
            return None  # والى الدول: وإلى "and to", not the governor والي (fix38)
        b = self.phrase_stop(toks, a, b)
        start, end = first.start, self.name_end(first.start, toks[b - 1].end)
        if 1 not in self.cover[start:first.end + 1] and not loose and first.kind == "word" \
                and not _may_start_actor(first.norm, self.first):
            return None
        for ref in overlapping(self.refs, self.starts, start, end):
            ent = self.doc.entities[ref.entity]
            if ent.type not in _ACTOR_TYPES or ref.start > toks[a].end:
                continue  # a mention that does not begin the phrase is its complement
            if ent.type == "MISC" and is_money(text[ref.start:ref.end]):
                return None
            if not places and ent.type in ("GPE", "LOC") and ref.kind == "name":
                return None  # a place named near a trigger is where, not who
            s, e = min(start, ref.start), max(end, ref.end)
            if ref.kind == "name" and ref.start == start and e > ref.end \
                    and not self._adjective_after(ref.end, e):
                named = self._person_after(ref.end, ent.country)
                if named is not None:  # ولي العهد السعودي الأمير محمد بن سلمان: one person
                    return self._titled(Span.of(text, s, named.end), named, ent.country,
                                        ent.sector)
                e = ref.end  # a name ends its phrase (ودعت الأمم المتحدة الطرفين: the object)
            if ref.kind == "nisba" and ref.start >= start:
                # an adjective heads no phrase: the words after it are the clause's rest
                # (إسرائيلية سيارة، الأوروبية بإحالة الملف); its noun stands before it
                e = self._name_after(ref.end, end)
                if lo is not None:
                    s = toks[self._nisba_head(toks, a, lo)].start
            elif ref.kind != "name" and ent.type == "PERSON":
                named = self._person_after(e, ent.country)
                if named is not None:  # the title's person, named after it
                    return self._titled(Span.of(text, s, named.end), named, ent.country,
                                        ent.sector)
            return _from_entity(Span.of(text, s, e), ent, ref.entity)
        phrase = text[start:end]
        found = _classify(phrase, self.kb) if first.kind != "word" or _may_start_actor(
            first.norm, self.first) else None
        if found is None:
            return Actor(Span.of(text, start, end)) if loose else None
        sector, country = found
        named = self._person_after(end, country)
        if named is not None:  # the role's person, named after it
            return self._titled(Span.of(text, start, named.end), named, country, sector)
        return Actor(Span.of(text, start, end), country=country, sector=sector)

    def _titled(self, span: Span, named: MentionRef, country: str | None,
                sector: str | None) -> Actor:
        """A role with its person's name: the person, with the role's country and sector
        where the knowledge base knows neither (رئيس وزراء باكستان محمد شهباز شريف)."""
        found = _from_entity(span, self.doc.entities[named.entity], named.entity)
        return replace(found, country=found.country or country, sector=found.sector or sector)

    def _adjective_after(self, pos: int, end: int) -> bool:
        """Whether the first word after a name (at ``pos``, before ``end``) is an adjective
        of it: a nationality mention (الأمم المتحدة الإنمائي is one name; قوات الدعم السريع
        السودانية) or an indefinite-agreeing word the name's mention already covers."""
        return any(r.kind == "nisba" and r.start <= pos + 1
                   for r in overlapping(self.refs, self.starts, pos, end))

    def _person_after(self, pos: int, country: str | None) -> MentionRef | None:
        """The name of the person a role phrase ending at ``pos`` stands in apposition to
        (رئيس جمهورية أوكرانيا فولوديمير زيلينسكي; one title word may come between). A
        person of another country than the role's is the verb's object, not the role's name
        (وشكر الرئيس الأمريكي أمير قطر الشيخ تميم)."""
        text = self.doc.text
        for ref in overlapping(self.refs, self.starts, pos, pos + NAME_AFTER_REACH):
            ent = self.doc.entities[ref.entity]
            if ref.kind != "name" or ref.start < pos or ent.type != "PERSON":
                continue
            if country and ent.country and ent.country != country:
                return None
            between = text[pos:ref.start].split()
            if not between or (len(between) == 1 and normalize_key(between[0]) in TITLES):
                return ref
        return None

    def nearest_before(self, toks: list[Token], i: int, lo: int,
                       places: bool = True) -> Actor | None:
        """The actor phrase ending closest before token ``i`` (not before ``lo``)."""
        for j in range(i - 1, lo - 1, -1):
            if toks[j].kind != "word" or toks[j].norm in STOP:
                continue
            # walk back to the start of the phrase ending at j
            k = j
            while k - 1 >= lo and toks[k - 1].kind == "word" and toks[k - 1].norm not in STOP \
                    and j - k < MAX_NP_WORDS - 1 and toks[k].clitics[:1] not in ("و", "ف"):
                k -= 1
            for a in range(k, j + 1):
                if not self._may_start(toks[a]):
                    continue  # actor() is None for this start whatever the end
                found = self.actor(toks, a, j + 1, places=places, lo=k)
                if found is not None:
                    if toks[a].clitics[:1] == "و" and a > lo and not (
                            j + 1 < i and toks[j + 1].norm in RELATIVE_PRONOUNS):
                        # X وY: the second of two joined parties; the first one, right
                        # before it, is the actor (اتفق وفدا الحكومة اليمنية وجماعة الحوثي),
                        # unless a relative clause makes Y the doer (بين المحتجين والشرطة
                        # التي استخدمت الغاز)
                        first = self.nearest_before(toks, a, lo, places)
                        if first is not None and first.span.end == toks[a - 1].end:
                            return first
                    return found
        return None


def _definite(tok: Token) -> bool:
    """Whether a word carries the article, alone or after a proclitic (الـ، والـ، بالـ، للـ)."""
    return tok.clitics.endswith(("ال", "لل"))


def _from_entity(span: Span, ent: Entity, index: int) -> Actor:
    return Actor(span, type=ent.type, kb_id=ent.kb_id, name_en=ent.name_en,
                 country=ent.country, sector=ent.sector, entity=index)


def pp_object(toks: list[Token], i: int, limit: int, prep: str) -> int | None:
    """Index of the token starting the object of preposition ``prep`` after token ``i``
    (a separate word: على، ضد، مع، بين; or a proclitic: ب، ل)."""
    key = normalize_key(prep)
    end = min(limit, i + PP_WINDOW)
    for j in range(i, end):
        tok = toks[j]
        if tok.norm in CLAUSE_END:
            return None
        if tok.norm == key or tok.norm == "و" + key:
            return j + 1 if j + 1 < limit else None
        if len(key) == 1 and tok.kind == "word" and tok.clitics.lstrip("وف").startswith(key):
            return j
    return None


CLAUSE_END = frozenset(".،,؛;:!?؟")
