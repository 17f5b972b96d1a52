"""Who did it to whom: an event's actor and recipient from its trigger's role slots, with
the fallbacks Arabic news needs (the subject before the verb, inside a phrase's gap, after a
nominal trigger, the main clause's subject of a circumstantial clause, the announcer).

Used by :mod:`rasd.events.sentence_events`; the noun phrases and their actors come from
:mod:`rasd.events.actors.arguments`.
"""

from __future__ import annotations

from rasd.events.actors.actor_sanity import reporter
from rasd.events.actors.arguments import STOP, ActorFinder, np_at, pp_object
from rasd.events.actors.first_person import first_person
from rasd.events.actors.own_forces import own_forces
from rasd.events.actors.party_pairs import (
    bare_word,
    clash_party,
    doer_at,
    dual_subject,
    hosted_parties,
    loose_at,
)
from rasd.events.actors.plain_subjects import (
    claimant,
    doer,
    hal_word,
    oblique_plural,
    plain_subject,
)
from rasd.events.actors.receptions import (
    past_honorifics,
    past_span,
    received,
    title_only,
    visitor_after_title,
)
from rasd.events.actors.unnamed_subjects import unnamed_subject
from rasd.events.matcher import Match, first_gap
from rasd.events.syntax.clauses import after_insert, clause_end, clause_start
from rasd.model import Actor
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Roles that make an event's recipient, in order of preference.
EVENT_ROLES = ("recipient", "victim", "target")


def participants(toks: list[Token], m: Match, finder: ActorFinder,
                  source: Actor | None) -> tuple[Actor | None, Actor | None]:
    """Actor and recipient from the trigger's role slots, with fallbacks."""
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    found: dict[str, Actor] = {}
    subj_end = m.last + 1
    slots = dict(m.trigger.roles)
    own_claim = source is not None and _speaker_subject(toks, m)
    for slot, role in m.trigger.roles:
        actor: Actor | None = None
        if slot == "src":
            # a standing refusal (قال أحد المحتجين إن المزارعين «لن يغادروا الطريق قبل …»)
            # is the speaker's stance: the gold codes its speaker, not the quote's subject
            if source is not None and not reporter(source):
                found[role] = source
            continue
        if slot == "subj" and role == "actor" and own_claim and source is not None:
            found[role] = source  # قال الجيش إنه استهدف …: the speaker struck
            continue
        if slot == "subj":
            forces = own_forces(toks, m, lo, source or finder.nearest_before(
                toks, m.first - 1, 0))  # fix55: أعلنت الوزارة أن قواتها ضبطت
            before = finder.nearest_before(toks, m.first, lo) \
                if forces is None and _svo(toks, m, lo) else None
            inside = _inside_subject(toks, m, finder) if before is None else None
            if forces is not None:
                actor = forces
            elif before is not None:
                actor = before
            elif inside is not None:
                actor = inside  # شن الطيران الحربي غارات: the subject fills the gap
            else:
                # fix55: a first-person verb (نطالب واشنطن) has its object after it and
                # its speaker for subject
                own = first_person(toks, m)
                if own and source is not None and not reporter(source):
                    actor = source
                rng = None if own else np_at(toks, past_honorifics(toks, m.last + 1), hi)
                if rng is not None:
                    # a noun with its nisba (قصفت المدفعية التركية) is the subject, unless
                    # the trigger ends in a preposition whose object it is (القبض على)
                    actor = finder.actor(toks, *rng) or (
                        finder.nisba_phrase(toks, *rng) if toks[m.last].norm not in STOP
                        else None)
                    if actor is not None:
                        # fix41: a long name runs past the phrase's words (أمير البلاد الشيخ
                        # تميم بن حمد آل ثاني): the object starts after the name
                        subj_end = past_span(toks, rng[1], actor.span.end)
                    elif "pass" in slots:
                        victim = finder.actor(toks, *rng, loose=True)
                        if victim is not None:
                            found.setdefault(slots["pass"], victim)
        elif slot == "obj":
            # استقبل الوالي، بعد ظهر اليوم، وفدا عن المحتجين: the object after an insert
            rng = np_at(toks, past_honorifics(toks, after_insert(toks, subj_end)), hi)
            actor = finder.actor(toks, *rng) if rng is not None else None
            if received(m) and rng is not None:
                # fix41: the host's title told after his name (الشيخ تميم بن حمد آل ثاني أمير
                # البلاد المفدى، بمكتبه …، فخامة البروفيسور محمد يونس): the visitor is the
                # party after it
                actor = visitor_after_title(toks, rng, finder) or (
                    None if title_only(toks, *rng) else actor)
        elif slot in ("gen", "after"):
            rng = np_at(toks, m.last + 1, hi)
            # the party after a mediation row (بوساطة تركية) is this row's own actor
            actor = finder.actor(toks, *rng, third=True) if rng is not None else None
            if actor is not None and role in EVENT_ROLES \
                    and actor.span.start in finder.nisba_starts:
                role = "actor"  # قصف «إسرائيلي»: an adjective is no genitive; its state did it
        elif slot.startswith("pp:"):
            j = pp_object(toks, m.last + 1, hi, slot[3:])
            rng = np_at(toks, j, hi) if j is not None else None
            actor = finder.actor(toks, *rng) if rng is not None else None
        if actor is not None and not same_actor(actor, source) and role not in found \
                and all(not same_actor(actor, a) for a in found.values()):
            found[role] = actor
    hosted = hosted_parties(toks, m, hi, finder)
    if hosted is not None:
        return hosted
    actor = doer(found.get("actor"), finder)
    recipient = next((found[r] for r in EVENT_ROLES if r in found), None)
    if actor is not None and (recipient is None or _joined_to(toks, actor, recipient)) \
            and _addressee_after_joined_verb(toks, m, actor):
        # طالبت القمة الدول الأعضاء بـ …، ودعت مجلس الأمن إلى …: a joined appeal verb's one
        # phrase before its complement is whom it addresses; the sentence's subject appeals
        first = _first_subject(toks, m, finder)
        if first is not None and not same_actor(first, actor):
            actor, recipient = first, actor
    sender = giver(toks, m, lo, hi, finder)
    if sender is not None and not same_actor(sender, actor):
        # تلقى الأمير اتصالا من الرئيس: the caller acts, the receiver is its recipient
        receiver = actor or finder.nearest_before(toks, m.first, lo, places=False) \
            or _subject_after_verb(toks, m, hi, finder)
        return sender, receiver if not same_actor(receiver, sender) else recipient
    if actor is None and _joined_verb(toks, m) and m.trigger.weight >= PARTICIPANT_WEIGHT \
            and any(role == "actor" for _, role in m.trigger.roles):
        # اقتحمت القوات المدينة، واعتقلت 11 مواطنا: a verb joined by و with no subject of its
        # own shares the sentence's first subject
        actor = doer(_first_subject(toks, m, finder), finder)
        if same_actor(actor, recipient):
            actor = None
    if actor is None:
        # واتفق الجانبان، اشتباكات بين جهاز الردع واللواء 444: the two sides, the first party
        actor = dual_subject(toks, m, hi, finder) or clash_party(toks, m, hi, finder)
    if m.trigger.pos in ("noun", "phrase"):
        # the doer a relative verb names after the noun (بضربة جوية نفذتها طائرات عراقية،
        # وقفة نظمها أنصار المرشح، شحنة أدوية مقدمة من الصندوق): told outright, it outranks
        # the subject of the sentence's main verb (فرقت الشرطة وقفة نظمها …) and the
        # announcer (أعلنت خلية الإعلام)
        agent = relative_agent(toks, m, hi, finder)
        if agent is not None and not same_actor(agent, recipient):
            actor = agent
    if actor is None and m.trigger.pos in ("noun", "phrase"):
        actor = claimant(toks, m, lo, finder)  # تبنت مقاومة آزال مقتل 3: the claimant did it
    if actor is None and m.trigger.pos in ("noun", "phrase"):
        # the subject of a light verb before the noun (أعربت المنظمة، الخميس، عن قلقها)
        actor = doer(finder.nearest_before(toks, m.first, lo, places=False)
                     or finder.nearest_before(toks, m.first, 0, places=False), finder)
        if same_actor(actor, source) or same_actor(actor, recipient):
            actor = None
    if actor is None:
        actor = _scan_actor(toks, m, hi, finder, source, recipient)
    if actor is None and m.trigger.type not in ("ASSAULT", "PROTEST"):
        # أعلنت المنظمة إرسال قوات: the announcer acts; but a statement, an unnamed source
        # or a witness only tells (وطالب وجهاء البلدة، في بيان): the verb's own subject
        # phrase then, even one the knowledge base does not know
        # (kept when none is found: the statement's country is mostly the doer's)
        read = plain_subject(toks, m, hi, finder) if reporter(source) else None
        read = read or (unnamed_subject(toks, m, hi, finder) if source is None else None)  # fix53
        if read is not None and read.sector is None and read.entity is None \
                and m.trigger.weight < PARTICIPANT_WEIGHT:
            # a row too ambiguous to stand alone (PARTICIPANT_WEIGHT): a phrase no knowledge
            # names, read in the reporter's stead, names its doer but makes it no event
            finder.unsure.add(read.span.start)
        actor = read or source
    return actor, recipient


#: Complementisers (normalised) whose pronoun is the speaker (قال الجيش إنه استهدف، أعلنت
#: الوزارة أنها رحلت): a verb right after them has the speaker as its subject, and the
#: phrase after the verb is its object, not its subject.
SPEAKER_THAT = frozenset({"انه", "انها"})


def _speaker_subject(toks: list[Token], m: Match) -> bool:
    """Whether ``m``'s verb follows a complementiser whose pronoun is the speaker."""
    return m.trigger.pos == "verb" and m.first > 0 \
        and toks[m.first - 1].norm in SPEAKER_THAT


#: Accusative participles of speech and stance verbs that open a circumstantial clause
#: before a trigger (مؤكدة وقوفها إلى جانب، مجددا دعمه): normalised.
_HAL_SPEECH = frozenset(["مؤكدا", "مؤكده", "مشددا", "مشدده", "معربا", "معربه", "مجددا",
                         "مجدده", "معلنا", "معلنه", "مبديا", "مبديه", "معتبرا", "معتبره"])


#: Form I active participles of a circumstantial clause (normalised), which :func:`hal_word`
#: cannot tell by their shape (no م): the call or refusal after a comma is the main
#: subject's (وأعربت المنظمة عن «قلقها»، داعية سلطات الولاية إلى …) (fix38).
FORM_ONE_HAL = frozenset(normalize_key(w) for w in (
    "داعيا", "داعية", "داعين", "داعيين", "داعيتين", "رافضا", "رافضة", "رافضين", "رافضتين",
    "ناعيا", "ناعية", "ناقلا", "ناقلة",
    # accuse21: the plural participles of اتهم, which hal_word passes over as phrase rows
    # (…، متهمين القائمة المنافسة بنقل ناخبين): the accusers are the main clause's subject
    "متهمين", "متهمتين", "ومتهمين", "ومتهمتين",
    # fix51: the demanding participle (…، مطالبا بإخضاع الوزارة لرقابة البرلمان), a noun
    # row that hal_word passes over: the demand is the main clause's subject's
    "مطالبا", "مطالبين", "مطالبتين",
    # fix54: the welcoming participle of a phrase row (…، مرحبا بالوساطة العمانية)
    "مرحبا", "مرحبة", "مرحبين", "مرحبتين"))


def circumstantial(toks: list[Token], m: Match) -> bool:
    """Whether the trigger is, or directly follows, a participle after a comma: a
    circumstantial clause whose subject is the main clause's."""
    first = toks[m.first]
    if (m.trigger.pos == "verb" and hal_word(first.norm)) or first.norm in FORM_ONE_HAL:
        k = m.first
    elif m.first > 0 and toks[m.first - 1].norm in _HAL_SPEECH:
        k = m.first - 1
    else:
        return False
    return k > 0 and toks[k - 1].norm in ("،", ",")


def main_subject(toks: list[Token], m: Match, finder: ActorFinder,
                  source: Actor | None) -> Actor | None:
    """The first actor phrase of the sentence before the trigger: the subject of its main
    verb (هدد الأمين العام لحزب الله ...، محذرا قبرص)."""
    for j in range(0, m.first):
        rng = np_at(toks, j, m.first)
        if rng is None:
            continue
        actor = finder.actor(toks, *rng, places=False)
        if actor is not None:
            return actor
    return source


#: Rows from 0.5 up to this weight are ambiguous nouns and verbs (حصار، اتفاق، الطلب،
#: مقاطعة، حذر): an event only with a participant of their own (not merely the sentence's
#: source), an armed party, a toll, or a second trigger of the same type
#: (:mod:`rasd.events.sentence_events`). Rows at least this sure stand without one, so only
#: their joined verbs inherit a subject: an inherited one never lets an ambiguous row through.
PARTICIPANT_WEIGHT = 0.7


def _joined_verb(toks: list[Token], m: Match) -> bool:
    """Whether the trigger is a verb joined to an earlier clause of its sentence by و/ف."""
    return m.trigger.pos == "verb" and m.first > 0 and toks[m.first].clitics[:1] in ("و", "ف")


#: Verbs of appeal (normalised, without و/ف) whose addressee stands right after them, before
#: the complement: دعا/دعت X إلى، حث X على، طالب X بـ، ناشد X.
APPEAL_VERBS = frozenset(normalize_key(w) for w in (
    "دعا", "دعت", "دعوا", "حث", "حثت", "حثوا", "طالب", "طالبت", "طالبوا", "ناشد", "ناشدت"))
#: Complement openers after an appeal's addressee (إلى، على; ب is a proclitic).
APPEAL_COMPLEMENTS = frozenset({"الي", "علي"})
#: fix48: ب written apart before a quoted complement (وطالبت المجتمع الدولي بـ«توفير حماية»،
#: round 48's ev-1881 and ev-1897): the tatweel makes it a token of its own.
SEPARATE_BA = "ب"
#: fix48: one-word addressees joined by و after the first (وحث واشنطن وباريس على «التحرك»)
#: that may stand before the complement.
JOINED_ADDRESSEES = 3


def _addressee_after_joined_verb(toks: list[Token], m: Match, actor: Actor) -> bool:
    """Whether ``actor``, the one phrase after a و-joined appeal verb, is followed at once by
    the appeal's complement (ودعت مجلس الأمن إلى): then it is the addressee, the verb's
    subject being the sentence's (a new subject would stand before the addressee)."""
    # fix48: a two-letter verb keeps its و unsplit (وحث: clitics empty); its norm tells it
    joined = _joined_verb(toks, m) or (m.first > 0 and toks[m.first].norm[:1] in ("و", "ف"))
    if m.trigger.pos != "verb" or not joined \
            or toks[m.first].norm[1:] not in APPEAL_VERBS or actor.span.start < toks[m.last].end:
        return False
    after = [t for t in toks[m.last + 1:] if t.start >= actor.span.end]
    # fix48: addressees joined by و (وحث واشنطن وباريس على): the complement after the last
    skip = 0
    while skip < len(after) and skip < JOINED_ADDRESSEES and after[skip].kind == "word" \
            and after[skip].clitics[:1] == "و":
        skip += 1
    nxt = after[skip] if skip < len(after) else None
    return nxt is not None and (nxt.norm in APPEAL_COMPLEMENTS or nxt.norm == SEPARATE_BA
                                or (nxt.kind == "word" and nxt.clitics[:1] == "ب"))


def _joined_to(toks: list[Token], first: Actor, second: Actor) -> bool:
    """fix48: whether ``second`` follows ``first`` at once joined by و (حث واشنطن وباريس):
    two addressees of one appeal, not its subject and its object."""
    nxt = next((t for t in toks if t.start >= first.span.end), None)
    return nxt is not None and nxt.start <= second.span.start < nxt.end \
        and nxt.clitics[:1] == "و"


#: Prepositions (normalised) whose object is never the subject of a later joined verb.
OBJECT_PREPS = frozenset(normalize_key(w) for w in (
    "من", "بين", "في", "على", "عن", "مع", "ضد", "إلى", "الى", "لدى", "أمام", "قرب", "عبر"))


def _first_subject(toks: list[Token], m: Match, finder: ActorFinder) -> Actor | None:
    """The first actor phrase of the sentence before the trigger, not a place, nor the
    object of a preposition (مواجهات بين مجموعات «من المحتجين» والشرطة …، واعتقلت: no
    subject of any verb)."""
    skip = 0
    for j in range(0, m.first):
        if j < skip:
            continue
        if j > 0 and toks[j - 1].norm in OBJECT_PREPS:
            rng = np_at(toks, j, m.first)
            skip = rng[1] if rng is not None else j + 1  # the whole object phrase
            continue
        rng = np_at(toks, j, m.first)
        actor = finder.actor(toks, *rng, places=False) if rng is not None else None
        if actor is not None:
            return actor
    return None


def _inside_subject(toks: list[Token], m: Match, finder: ActorFinder) -> Actor | None:
    """The subject a phrase row's gap holds after its verb (أرسل الجيش الجزائري تعزيزات،
    نفذت مسيرة إسرائيلية غارة): Arabic puts the subject between the verb and its object."""
    if m.trigger.pos != "phrase":
        return None
    gap = first_gap(toks, m)
    rng = np_at(toks, gap[0], gap[1]) if gap is not None else None
    found = finder.actor(toks, *rng) or finder.nisba_phrase(toks, *rng) \
        if rng is not None else None
    # a row that spells its subject out (قطع محتجون، نظم مئات الأساتذة وقفة): the actor is
    # the row's own words after the verb
    # (not after a verbal noun: the words after it are its object)
    own_words = range(0) if _masdar(toks[m.first].norm) else range(m.first + 1, m.last + 1)
    for j in own_words:
        if toks[j].norm == "من" and j > m.first + 1 and _crowd_count(toks[j - 1].norm):
            continue  # تجمع مئات من أنصار الحزب: the partitive من of a counted crowd
        if found is not None or toks[j].norm in ("،", ",") or toks[j].norm in STOP:
            break  # a comma after the verb: an insert, the object after it; a preposition
        if j == m.first + 1 and oblique_plural(toks[j].norm):
            break  # فرقت المحتجين: an accusative plural right after the verb is its object
        rng = np_at(toks, j, m.last + 1)
        found = finder.actor(toks, *rng) if rng is not None else None
        if found is not None and found.type == "MISC":
            found = None  # a currency or a weapon's name does nothing
    return found


#: Counts that open a crowd told by its number (تجمع العشرات من الأهالي، قطع مئات من
#: السائقين): the words after their partitive من are the crowd (recall pass 6).
CROWD_COUNTS = frozenset(normalize_key(w) for w in (
    "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "مئة", "ألف", "عشرة آلاف"))


def _crowd_count(norm: str) -> bool:
    return norm in CROWD_COUNTS


def _masdar(norm: str) -> bool:
    """Whether a row's first word reads as a verbal noun, not a verb: the words after a
    verbal noun are its object (إرسال قوات حفظ سلام، تزويد مدن): definite, or the long vowel
    before the last root letter of إفعال، افتعال، استفعال، تفعيل (a past verb has none:
    أرسل، اتفق، استهدف، زود)."""
    word = norm[1:] if norm[:1] in ("و", "ف") else norm
    return word.startswith("ال") or (len(word) >= 5 and word[0] in "ات" and word[-2] in "اي")


def _svo(toks: list[Token], m: Match, lo: int) -> bool:
    """Whether the subject precedes the verb: a word right before it in the same clause and
    no conjunction fused to the verb (وقصفت opens a new VSO clause)."""
    if m.first <= lo or toks[m.first].clitics[:1] in ("و", "ف"):
        return False
    prev = toks[m.first - 1]
    return prev.kind == "word" or prev.text in "«»\"”"


#: Prepositions of place (normalised): the phrase after one is where a nominal trigger's act
#: happened (وقفة أمام البرلمان، هجوم داخل السجن، تجمع قرب السفارة), never its doer.
LOCATIVE_PREPS = frozenset(normalize_key(w) for w in (
    "في", "أمام", "قرب", "داخل", "خارج", "وسط", "عند", "حول", "قبالة", "بمحيط", "بالقرب"))


def _scan_actor(toks: list[Token], m: Match, hi: int, finder: ActorFinder,
                source: Actor | None, recipient: Actor | None) -> Actor | None:
    """The first actor phrase after a nominal trigger in its clause (غارات شنها الطيران)."""
    for j in range(m.last + 1, min(hi, m.last + 7)):
        if toks[j - 1].norm in LOCATIVE_PREPS:
            continue  # وقفة أمام «البرلمان»: where it happened, not who did it
        if any(_describing(toks[k].norm) for k in range(max(m.last + 1, j - 2), j)):
            continue  # مقتل العشرات ممن وصفتهم «بمثيري الشغب»: a label pinned on the victims
        rng = np_at(toks, j, hi)
        if rng is None:
            continue
        actor = doer(finder.actor(toks, *rng, places=False, lo=m.last + 1), finder)
        if actor is not None and not same_actor(actor, source) and not same_actor(actor, recipient):
            return actor
    return None


#: Normalised beginnings of the verbs that pin a label on someone (وصفتهم بـ، ينعتهم بـ، سمتهم):
#: the phrase after them is what the described are called, never the doer of the act.
DESCRIBING_STEMS = tuple(normalize_key(w) for w in ("وصف", "يصف", "تصف", "نعت", "ينعت", "تنعت"))


def _describing(norm: str) -> bool:
    """Whether ``norm`` is a describing verb, with or without a fused و/ف (ووصفهم)."""
    bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    return norm.startswith(DESCRIBING_STEMS) or bare.startswith(DESCRIBING_STEMS)


#: Verbs of doing with a pronoun object that refers back to the act, in a relative clause
#: after its noun (هجوم نفذه مسلحون، غارات شنتها الطائرات، وقفة نظمتها النقابة): the
#: phrase after them is the act's doer. Normalised, both genders. Not قاد (قادة، قادته
#: "its leaders" normalise alike) nor قدمه (قدمه "his foot").
AGENT_VERBS = frozenset(normalize_key(stem + obj) for stem in (
    "نفذ", "نفذت", "شن", "شنت", "نظم", "نظمت", "ارتكب", "ارتكبت", "تبنى", "تبنت", "دعا",
    "دعت", "قدمت", "أطلق", "أطلقت") for obj in ("ه", "ها"))
#: Participles and phrases that introduce a doer with من (مقدمة من، بتمويل من); not بدعم
#: من, whose party helps the subject (نشر الجيش، بدعم من عناصر الفيلق، تعزيزات).
AGENT_BEFORE_MIN = frozenset(normalize_key(w) for w in (
    "مقدمة", "المقدمة", "مقدم", "المقدم", "بتمويل", "بتبرع",
    "أرسلها", "أرسلتها", "أرسله", "أرسلته"))
#: How many tokens after the trigger the relative verb may stand (غارات جوية على مواقع
#: للتنظيم شنتها: a prepositional phrase between).
AGENT_REACH = 6


def relative_agent(toks: list[Token], m: Match, hi: int, finder: ActorFinder) -> Actor | None:
    """The doer a relative clause names right after a nominal trigger (``AGENT_VERBS``, or a
    participle with من), inside a phrase row (وقفة نظمها) or after it. Not after a row that
    opens with its verb (one with a subject slot): there the relative clause is its
    object's (رفضت الحكومة دعوة أطلقها المجلس)."""
    if any(slot == "subj" for slot, _ in m.trigger.roles):
        return None
    for j in range(m.first + 1, min(hi, m.last + 1 + AGENT_REACH)):
        tok = toks[j]
        if tok.kind != "word":
            if j <= m.last or tok.norm in ("،", ",") or tok.text in "«»\"":
                continue  # the row's own words (مكونة من 25 شاحنة), an insert, a quote
            return None
        word = bare_word(tok)
        if word in AGENT_VERBS:
            k = j + 1
        elif word in AGENT_BEFORE_MIN and j + 1 < hi and toks[j + 1].norm == "من":
            k = j + 2
        else:
            continue
        return doer_at(toks, k, hi, finder) or loose_at(toks, k, hi, finder)
    return None



#: Verbs of receiving (normalised): تلقى الأمير اتصالا من الرئيس، تسلم العراق من السلطات
#: السورية مطلوبين، تسلمت الوزارة شحنة أدوية من الصندوق. The giver after من acts; the
#: receiver, the clause's subject, is the recipient.
RECEIVE_VERBS = frozenset(normalize_key(w) for w in (
    "تلقى", "تلقت", "يتلقى", "تتلقى", "تلقيا", "تلقوا", "تسلم", "تسلمت", "يتسلم", "تتسلم",
    "تسلما", "تسلموا", "استلم", "استلمت", "يستلم", "تستلم"))


#: How many من phrases after a verb of receiving are tried for its giver, within how many
#: tokens (a date insert and a long object may stand between).
GIVER_TRIES = 3
GIVER_REACH = 12


def receiving_verb(toks: list[Token], m: Match, lo: int) -> bool:
    """Whether the trigger is told with a verb of receiving: its own first word, or the
    clause's verb before a nominal trigger (تلقى ولي العهد، اليوم، اتصالا هاتفيا)."""
    if bare_word(toks[m.first]) in RECEIVE_VERBS:
        return True
    return m.trigger.pos in ("noun", "phrase") and any(
        bare_word(toks[j]) in RECEIVE_VERBS for j in range(lo, m.first))


def _subject_after_verb(toks: list[Token], m: Match, hi: int,
                        finder: ActorFinder) -> Actor | None:
    """The subject right after a row's opening verb (تسلمت السلطات المغربية، أمس، من …)."""
    rng = np_at(toks, m.first + 1, hi) if m.first + 1 < hi else None
    return finder.actor(toks, *rng, places=False) if rng is not None else None


def giver(toks: list[Token], m: Match, lo: int, hi: int, finder: ActorFinder) -> Actor | None:
    """The party a received thing came from (the object of من after the trigger)."""
    if not receiving_verb(toks, m, lo):
        return None
    # من may stand inside a verb row's span (تسلمت السلطات، أمس، من نظيرتها … مطلوبين) and
    # may first be partitive (دفعة من الأسلحة): the first من whose object is a party
    starts = [m.last + 1]
    if bare_word(toks[m.first]) in RECEIVE_VERBS and m.first < m.last:
        starts.append(m.first + 1)
    for pos in starts:
        tries = 0
        for j in range(pos, min(hi, pos + GIVER_REACH)):
            if toks[j].norm != "من":
                continue  # inserts between commas (، أمس الاثنين،) are passed over
            found = doer_at(toks, j + 1, hi, finder)
            if found is not None:
                return found
            tries += 1
            if tries == GIVER_TRIES:
                break
    return None


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    return a.span.start < b.span.end and b.span.start < a.span.end


#: Normalised openings of a protest trigger a state can be the subject of (the verb and its
#: noun احتجاج؛ not وقفة احتجاجية، مظاهرة: crowds).
_STATE_PROTEST_STEMS = tuple(normalize_key(w) for w in ("احتج", "الاحتجاج"))
#: Farthest a state subject may stand after its protest verb, in characters (the verb, a
#: space; a crowd's phrase, موظفو وزارة الصحة, puts a noun between).
_STATE_SUBJECT_GAP = 2


def state_protest(text: str, m: Match, actor: Actor) -> bool:
    """Whether a protest's actor is a state: a country (or its capital standing for it) or a
    government body right after the verb, whose protest is diplomatic, not a street one."""
    words = text[m.start:m.end].split()
    if len(words) != 1 or not normalize_key(words[0]).lstrip("وف").startswith(
            _STATE_PROTEST_STEMS):
        return False
    if actor.type == "GPE" and (actor.kb_id or "").startswith("iso:"):
        return True
    return actor.sector == "GOV" and 0 <= actor.span.start - m.end <= _STATE_SUBJECT_GAP
