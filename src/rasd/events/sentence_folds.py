"""Sentence-level folds of event candidates, run before document-level merging
(:mod:`rasd.events.merge`): one act named by several triggers of a clause (its means, its
toll), the wounded clause and فيما-clause of an attack's toll, a protest's demand, a
concession's motive, a mediation word beside the act it brought about, and trigger words
that are another event's participants (the protesters who burned a building, the
protesters who were shot).

Split out of :mod:`rasd.events.merge`; the pair merging and the predicates shared with it
(:func:`rasd.events.merge.merge_pair`, :func:`rasd.events.syntax.clauses.is_definite`, ...) stay
there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rasd.events.folds.crowd_sequence import later_crowd_act, moved_on
from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.folds.pair_merge import fold_into_kept, last_index, last_of_type, merge_pair
from rasd.events.matcher import Match
from rasd.events.merge import (
    RETOLD_ACT,
    TOLL_CLAUSE_WORDS,
    act_dates_toll,
    bare_death,
    execution_and_crime,
)
from rasd.events.retellings.merge_links import PROPERTY_MODES
from rasd.events.syntax.clauses import is_definite
from rasd.model import Event
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Where a clause ends, for :func:`_retold_in_clause` (a comma, a sentence mark).
_CLAUSE_TAIL = re.compile(r"[،,.!?؟;؛\n]")
#: Fighting named by a definite noun after a preposition (خلال الاشتباكات، في المعارك): in a
#: فيما clause it is the fighting told before. Only here: a bare death word in a sentence of
#: its own with them (:func:`rasd.events.merge._death_retold`) may tell another clash.
_RETOLD_FIGHTING = re.compile(r"(?:خلال|في|أثناء)\s+ال(?:اشتباكات|اشتباك|معارك|مواجهات)(?!\w)")
#: PROTEST modes one crowd's actions in one sentence share (a march that blocks a road).
ONE_CROWD_MODES = frozenset({"demo", "obstruct"})
#: A crowd that storms a building and sets it on fire (اقتحم محتجون المبنى وأضرموا النار في
#: بوابته) commits one violent protest, whichever of the two modes its words name.
ONE_RIOT_MODES = frozenset({"riot", "vandalize"})


#: Normalised stems of the mediation words (بوساطة، وساطة، برعاية) of triggers.tsv.
MEDIATION_STEMS = ("وساط", "رعاي")


def drop_mediation(events: list[Event]) -> list[Event]:
    """One sentence's events without the CONSULT told only by a mediation word when the
    sentence reports another act (أفرجت ... عن 75 أسيرا في عملية تبادل جرت بوساطة إماراتية):
    the mediation is how that act came about, not talks of their own. Talks named by their
    own word (محادثات بوساطة الاتحاد الأفريقي) are a CONSULT event told by that word."""
    if not any(e.type != "CONSULT" and not e.negated for e in events):
        return events
    return [e for e in events if e.type != "CONSULT" or not any(
        stem in normalize_key(e.trigger.text) for stem in MEDIATION_STEMS)]


#: Normalised openings of the "in response to demands" phrase (استجابة لمطالب، تلبية).
RESPONSE_OPENINGS = ("استجاب", "الاستجاب", "تلبي", "لبي", "لبت")
#: The acts such a phrase can be the motive of.
_CONCESSIONS = frozenset({"CONCEDE", "RETREAT"})


def fold_responses(events: list[Event]) -> list[Event]:
    """One sentence's events with an "in response to demands" CONCEDE (قررت الحكومة رفع
    القيود، استجابة لمطالب التجار) folded into the concession it motivates, told by its own
    trigger in the same sentence; alone (استجابت الحكومة لمطالب المحتجين) it is the act."""
    out = list(events)
    for e in events:
        if e.type != "CONCEDE" or not normalize_key(e.trigger.text).startswith(
                RESPONSE_OPENINGS):
            continue
        others = [k for k, o in enumerate(out) if o is not e and o.type in _CONCESSIONS
                  and o.flags == e.flags]
        if not others:
            continue
        k = min(others, key=lambda k: abs(out[k].trigger.start - e.trigger.start))
        host = out[k]
        out[k] = host.with_evidence(e.evidence)
        out.remove(e)
    return out


def merge_clause(events: list[Event], clauses: list[int]) -> list[Event]:
    """One sentence's events with the triggers of one act folded together: two events of
    the same type and flags in one clause (``clauses``: where each event's clause starts;
    استهداف سفينة بصاروخ، قتل 100 شخص، بينهم أطفال، في غارة) are one act named twice, the
    second word usually its means (two modes of another type are two acts: a march and
    a riot). A conjunction fused to the second trigger (واعتقلت)
    opens a new act. A definite noun (الغارة) refers back to an act told earlier and joins
    only a bare toll word (مقتل 11 في الغارات), not an act with its own means (قصف بالصواريخ
    ردا على الغارة)."""
    if len(events) < 2:
        return events
    out = [events[0]]
    last_clause = clauses[0]
    for e, clause in zip(events[1:], clauses[1:], strict=True):
        prev = out[-1]
        # a crowd's actions told in one sentence are one protest (أغلق محتجون الطرق وأحرقوا
        # الإطارات; خرج المتظاهرون ... وأغلق محتجون الطريق): a march that blocks a road is
        # one act, a riot another
        crowd = e.type == "PROTEST" and (prev.mode == e.mode
                                         or {prev.mode, e.mode} <= ONE_CROWD_MODES
                                         or {prev.mode, e.mode} <= ONE_RIOT_MODES)
        if later_crowd_act(prev, e):
            # …، قبل أن يغلقوا مدخل الميناء: the crowd's next act, its own event (fix38)
            out.append(e)
            last_clause = clause
            continue
        # an execution's clause names the crime it punishes (حكم القتل في المدعو … لإقدامه
        # على قتل …، بإطلاق النار عليه): another act, not its means
        modes_ok = not execution_and_crime(prev, e) and (
            prev.type == "ASSAULT" or None in (prev.mode, e.mode) or prev.mode == e.mode
            or crowd)
        same = (prev.type == e.type and prev.flags == e.flags and modes_ok and (
            crowd or (e.type == "ACCUSE" and _protest_note(e)) or conjoined_means(prev, e)
            or (clause == last_clause and e.trigger.text[:1] not in ("و", "ف")
                and (not is_definite(e.trigger.text) or prev.mode is None))))
        if same:
            # the clause's first trigger names the act and its date rules have run on it
            # (عقب اشتباكات … أسفرت عن مقتل شخصين: a background act keeps no date even
            # though its toll word alone would take the sentence's)
            # ...but when that first trigger is a bare toll (وقتل خمسة أشخاص) undated but
            # for the report, and the act's own word after it is dated (في القصف الذي وقع
            # أمس), the act's date is the toll's
            out[-1] = merge_pair(prev, e, first_dates=not act_dates_toll(prev, e))
            if (e.mode not in PROPERTY_MODES and bare_death(prev) and not bare_death(e)
                    and not is_definite(e.trigger.text)):
                # استشهد خمسة … في قصف، فيما استشهد أربعة في غارة: the act's own word names it,
                # and its mode (قتل ستة جنود … في هجوم انتحاري بسيارة مفخخة: the toll word took
                # the car bomb's explosives from its clause, the act word is a suicide attack)
                # (قتل 22 مدنيا، الأحد، في هجوم: an act word without a mode names it too)
                # round 29: and its attacker, named with it (في غارة إسرائيلية), when the
                # actor read for the death verb is its subject, the victims (استشهد 4
                # فلسطينيين)
                victims = prev.actor is not None and \
                    prev.trigger.end <= prev.actor.span.start < e.trigger.start
                out[-1] = replace(out[-1], trigger=e.trigger, mode=e.mode or prev.mode,
                                  actor=e.actor if victims else out[-1].actor)
        else:
            out.append(e)
            last_clause = clause
    return out


#: Characters between two means of one attack joined by و (الرصاص الحي والغاز): a space.
MEANS_JOIN_GAP = 1
#: ASSAULT modes that name a weapon (a means), not an act of its own (توغلها وتجريفها: two).
WEAPON_MODES = frozenset({"firearms", "crowd-control", "heavy-weapons", "explosives",
                          "aerial", "drone", "primitive"})
#: Modes the second, conjoined means may have: not firearms, the default mode of fighting
#: nouns (اشتباكات ومعارك are both fighting words, each a telling of its own).
SECOND_MEANS_MODES = WEAPON_MODES - {"firearms", "primitive"}


def conjoined_means(prev: Event, e: Event) -> bool:
    """Whether ``e`` is a second means of the attack ``prev`` names, joined to its trigger
    by و alone (الشرطة تطلق الرصاص الحي والغاز المسيل للدموع على المحتجين): the objects of
    one verb, one act (round 27), though a و before a trigger usually opens a new act."""
    return prev.type == e.type == "ASSAULT" and e.trigger.text[:1] == "و" \
        and e.mode in SECOND_MEANS_MODES and prev.mode in WEAPON_MODES \
        and 0 <= e.trigger.start - prev.trigger.end <= MEANS_JOIN_GAP


#: ASSAULT modes a protesting crowd's own violence takes (وهاجموا محال، وأضرموا النار،
#: وحطموا واجهاتها): damage and unarmed attack, not a shooting or a bombing.
CROWD_VIOLENCE_MODES = frozenset({None, "destroy", "primitive", "beat"})
#: What a crowd's violence makes of its protest (ONE_RIOT_MODES): a gathering or march turns
#: into a riot; a storming keeps its mode.
RIOT_MODE = "riot"


def fold_crowd_violence(events: list[Event]) -> list[Event]:
    """Round 27: one sentence's events with a protesting crowd's و-joined violence folded into
    its protest (وكان مئات الشبان قد تجمعوا في الحي، وهاجموا محال … وأضرموا النار في سيارات;
    اقتحم المحتجون السفارة وأضرموا النار في أجزاء منه): the verbs share the crowd as subject,
    so the attack or arson is the protest's means — a riot (README, "Protest sub-acts": the
    whole crowd's storming or arson stays one event, ev-836; ev-101, ev-1200). An attack with
    a subject of its own after its verb (وأطلقت الشرطة النار) is another act; a subject found
    before the verb is only the nearest noun phrase, often the object of the verb before."""
    out: list[Event] = []
    protest: int | None = None
    for e in events:
        if e.type == "PROTEST" and not e.negated:
            protest = len(out)
        elif protest is not None and e.type == "ASSAULT" and e.mode in CROWD_VIOLENCE_MODES \
                and e.trigger.text[:1] == "و" and e.flags == out[protest].flags \
                and (e.actor is None or e.actor.span.start < e.trigger.start):
            if moved_on(out[protest], e):
                # …، قبل أن يتوجهوا إلى مبنى المديرية ويرشقوه بالحجارة: the crowd's riot at
                # the next site, an event of its own (fix38)
                out.append(replace(e, type="PROTEST", mode=RIOT_MODE,
                                   actor=out[protest].actor or e.actor, recipient=None))
                continue
            host = out[protest].with_evidence(e.evidence)
            if host.mode not in ONE_RIOT_MODES:
                host = replace(host, mode=RIOT_MODE)
            out[protest] = host
            continue
        out.append(e)
    return out


#: Normalised openings of a signed document's noun (مذكرة تفاهم، اتفاقية، بروتوكول).
_DOCUMENT_OPENINGS = tuple(normalize_key(w) for w in (
    "مذكرة", "مذكرات", "اتفاقية", "اتفاقيات", "اتفاق", "بروتوكول", "معاهدة"))
#: A document noun joined by و to the one signed before it (ومذكرة تفاهم).
_JOINED_DOCUMENTS = tuple("و" + d for d in _DOCUMENT_OPENINGS)
#: Words that add a second document to a signing (…، إلى جانب مذكرة تفاهم), normalised.
_ALSO = tuple(normalize_key(w) for w in ("إلى جانب", "فضلا عن", "بالإضافة إلى", "علاوة على"))
#: Types of a signing (a signed agreement is AGREE or SUPPORT: README).
_SIGNING_TYPES = frozenset({"AGREE", "SUPPORT"})
#: Characters before a document noun searched for an "also" phrase and its comma.
_ALSO_REACH = 16


def _signing_like(kept: Event, e: Event) -> bool:
    """A signing (or the like) kept before ``e`` with ``e``'s flags."""
    return kept.type in _SIGNING_TYPES and kept.flags == e.flags


def fold_joint_documents(events: list[Event], text: str) -> list[Event]:
    """Round 27: one sentence's events with a document signed together with another one
    (وقع البلدان اتفاقا لإنشاء خط أنابيب، إلى جانب مذكرة تفاهم لتشغيل خط كهرباء; شهدا توقيع
    اتفاقية … ومذكرة تفاهم …) folded into that signing: one signing, as the dev gold codes it
    (ev-747, ev-1067, ev-1180, ev-1256)."""
    def signing_before(out: list[Event], e: Event) -> int | None:
        if e.type not in _SIGNING_TYPES or not _joined_document(e, text):
            return None
        return last_index(out, _signing_like, e)

    return fold_into_kept(events, signing_before)


def _joined_document(e: Event, text: str) -> bool:
    """Whether ``e``'s trigger is a document noun joined to one signed before it: by و, or
    after an "also" phrase (…، إلى جانب مذكرة تفاهم)."""
    key = normalize_key(e.trigger.text)
    if key.startswith(_JOINED_DOCUMENTS):
        return True
    before = normalize_key(text[max(0, e.trigger.start - _ALSO_REACH):e.trigger.start])
    return key.startswith(_DOCUMENT_OPENINGS) and before.rstrip().endswith(_ALSO)


def drop_threat_content(events: list[Event]) -> list[Event]:
    """Round 27: one sentence's events without the acts a threat or a warning names after its
    trigger as what the threatener will or will not do (حذر وزير الداخلية من أن السلطات «لن
    تسمح بإغلاق الطرق»): flagged future, negated or hypothetical by the warning's own words,
    they are the THREATEN's content, not acts of their own (as modifiers.tsv makes the content
    of هدد); so is a refusal in the future (لن تسمح). Acts told as fact after it stay."""
    threat = next((e for e in events if e.type == "THREATEN" and not e.negated), None)
    if threat is None:
        return events
    return [e for e in events if e is threat or e.trigger.start < threat.trigger.end
            or not (e.negated or e.future or e.hypothetical or _will_not(e))]


#: Normalised opening of a refusal in the future (لن تسمح، لن تقبل): after a warning, what
#: the warner will not allow is the warning's content.
_WILL_NOT = normalize_key("لن")


def _will_not(e: Event) -> bool:
    return e.type == "REJECT" and normalize_key(e.trigger.text).split(" ", 1)[0] == _WILL_NOT


#: Words opening a clause that only tells an act's wounded (normalised): وأصيب، وجرح.
WOUNDED_OPENERS = frozenset({"واصيب", "واصيبت", "واصيبوا", "وجرح", "وجرحت", "وجرحوا"})


def wounded_clause(toks: list[Token], clause: int, told: list[Event]) -> bool:
    """Whether the clause at token ``clause`` opens by telling the wounded (وأصيب اثنان
    آخران، مساء الأربعاء، بهجوم) right after an ASSAULT told by a bare death word (قتل ضابط
    وثلاثة جنود): the act word at its end names the act of both tolls. ``told`` are the
    sentence's events so far, the last one the act word's own."""
    return (0 <= clause < len(toks) and toks[clause].norm in WOUNDED_OPENERS
            and len(told) > 1 and told[-2].type == "ASSAULT" and bare_death(told[-2]))


def fold_toll_clauses(events: list[Event], clauses: list[tuple[int, bool]]) -> list[Event]:
    """One sentence's events with an ASSAULT told by a bare killing verb (قتل، مقتل) in a
    ``فيما``/``بينما`` clause with no other act word (…، ما أسفر عن مقتل ستة من المهاجمين،
    فيما قتل جنديان) folded into the attack told before it: more of that act's toll, whose
    count is then added to the first (:func:`attach_casualties`). ``clauses`` gives each
    event's clause start and whether that clause opens with فيما/بينما; a clause with its own
    act (فيما قتل جنديان في قصف مضاد) is another act."""
    out: list[Event] = []
    for e, (clause, fima) in zip(events, clauses, strict=True):
        retold = fima and _retold_in_clause(e)
        # the attack before it; past another kind of act when the clause names it retold
        k = (last_of_type(out, "ASSAULT") if retold else len(out) - 1) if out else None
        if (fima and k is not None and out[k].type == e.type == "ASSAULT"
                and (e.mode is None or retold) and out[k].flags == e.flags
                and normalize_key(e.trigger.text) in TOLL_CLAUSE_WORDS
                and sum(1 for c, _ in clauses if c == clause) == 1):
            out[k] = merge_pair(out[k], e, first_dates=True)
            continue
        out.append(e)
    return out


def _retold_in_clause(e: Event) -> bool:
    """Whether ``e``'s clause, after its trigger, names its act by a definite noun after a
    preposition (فيما قتل ثلاثة من جنوده خلال الاشتباكات): the act told before, whose
    means that noun gave ``e``, not a new one (فيما قتل جنديان في قصف مضاد is)."""
    sent = e.evidence[0]
    rest = sent.text[max(0, e.trigger.end - sent.start):]
    clause = _CLAUSE_TAIL.split(rest, maxsplit=1)[0]
    return RETOLD_ACT.search(clause) is not None or _RETOLD_FIGHTING.search(clause) is not None


#: The protest note of a diplomatic protest (مذكرة احتجاج) and a protest conveyed to the
#: summoned envoy (وأبلغته «احتجاجا شديد اللهجة», round 20), normalised stems.
_NOTE_STEMS = tuple(normalize_key(w) for w in ("مذكر", "أبلغ", "وأبلغ"))


def _protest_note(e: Event) -> bool:
    """Whether ``e`` is a protest note, which the summons told before it in the sentence
    hands over (استدعت الخارجية السفير، وسلمته مذكرة احتجاج، وأبلغته احتجاجا): one protest,
    not two."""
    return normalize_key(e.trigger.text).startswith(_NOTE_STEMS)


#: Acts whose recipient is harmed: a trigger word inside their victim phrase names who was
#: harmed (قتل خمسة متظاهرين، التعذيب بحق معتقلين), not an act of its own.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


#: Stems of the participant nouns of a protest (متظاهرون، المحتجين، المعتصمون), normalised:
#: a protest's act nouns (الاحتجاج، حركة الاحتجاج) are not its participants.
_CROWD_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب")


def drop_crowd_words(events: list[Event],
                     clauses: list[int]) -> tuple[list[Event], list[int]]:
    """One sentence's events without a protest word that is the actor of another protest
    (أحرق متظاهرون غاضبون مقر الحزب: the protesters who burned it, not a second protest)."""
    crowds = [e.actor.span for e in events if e.type == "PROTEST" and e.actor is not None]
    out: list[Event] = []
    kept: list[int] = []
    for e, c in zip(events, clauses, strict=True):
        t = e.trigger
        if e.type == "PROTEST" and any(w in normalize_key(t.text) for w in _CROWD_STEMS) \
                and any(a.start <= t.start and t.end <= a.end and a != t for a in crowds):
            continue
        out.append(e)
        kept.append(c)
    return out, kept


def drop_victim_words(events: list[Event],
                      clauses: list[int]) -> tuple[list[Event], list[int]]:
    """One sentence's events without those whose trigger lies inside the recipient phrase of
    another event that harms it (خمسة متظاهرين shot by the police are no protest)."""
    victims = [e.recipient.span for e in events
               if e.type in HARM_TYPES and e.recipient is not None]
    out: list[Event] = []
    kept: list[int] = []
    for e, c in zip(events, clauses, strict=True):
        t = e.trigger
        if any(v.start <= t.start and t.end <= v.end for v in victims) and e.type != "ASSAULT":
            continue
        out.append(e)
        kept.append(c)
    return out, kept


def protest_aim(e: Event | Match) -> bool:
    """Whether an event or trigger can be what a protest is about: a demand, or (precision
    pass 4) a condemnation (تظاهر آلاف …، منددين باستمرار الحصار: the gold codes no ACCUSE
    for a crowd's condemning participle, ev-977, ev-1148, ev-1247, while an accusation that
    names a culprit, متهمين المفوضية بالتلاعب, stays its own ACCUSE, ev-911, ev-1255)."""
    typ, mode = (e.trigger.type, e.trigger.mode) if isinstance(e, Match) else (e.type, e.mode)
    return typ == "REQUEST" or (typ, mode) == PROTEST_CONDEMNATION


def fold_demands(events: list[Event], clauses: list[int]) -> tuple[list[Event], list[int]]:
    """A demand or a condemnation told in a protest's clause (احتجاجات تطالب برحيل النظام،
    مظاهرات للمطالبة بالإفراج، تظاهروا …، منددين بالقصف) is what the protest is about, not a
    REQUEST or ACCUSE of its own: it joins the protest as evidence. ``clauses``: where each
    event's clause starts."""
    out: list[Event] = []
    kept: list[int] = []
    for e, c in zip(events, clauses, strict=True):
        k = next((i for i in range(len(out) - 1, -1, -1) if kept[i] == c
                  and out[i].type == "PROTEST" and not out[i].negated), None)
        if protest_aim(e) and k is not None and not e.negated:
            prev = out[k]
            out[k] = prev.with_evidence(e.evidence)
            continue
        out.append(e)
        kept.append(c)
    return out, kept


#: The type and mode of a condemnation a protest voices (منددين بالقصف): precision pass 4.
PROTEST_CONDEMNATION = ("ACCUSE", "disapprove")


#: A raid noun with its pronoun (خلال اقتحامها بلدة طمون، أثناء مداهمتهم المنازل), normalised:
#: told after "during" right after an arrest, it is the arrest's setting, not a second act
#: (the gold codes such a sentence as one arrest, ev-691, ev-826).
_RAID_NOUNS = ("اقتحام", "مداهم", "دهم")
#: Round 29: also the raid told as what the arrest followed (اعتقلت الشاب …، بعد دهم منزل
#: عائلته وتفتيشه; ev-971, ev-1285 code one arrest).
_DURING = frozenset({"خلال", "اثناء", "بعد", "عقب", "اثر"})
#: Types a raid noun reads as: an attack or, when arrests are its point, an arrest.
_RAID_TYPES = frozenset({"ASSAULT", "COERCE"})


def fold_raid_settings(events: list[Event], text: str) -> list[Event]:
    """One sentence's events with a raid told as the setting of the arrest before it
    (اعتقلت القوات تسعة مواطنين خلال اقتحامها البلدة) folded into that arrest."""
    out = list(events)
    for e in events:
        word = normalize_key(e.trigger.text)
        before = text[max(0, e.trigger.start - 8):e.trigger.start].split()
        if e.type not in _RAID_TYPES or not word.startswith(_RAID_NOUNS) or word.endswith("ات") \
                or not before or normalize_key(before[-1]) not in _DURING:
            continue
        hosts = [k for k, o in enumerate(out) if o is not e and o.type == "COERCE"
                 and o.mode == "arrest"
                 and o.trigger.start < e.trigger.start and o.flags == e.flags
                 and "." not in text[o.trigger.end:e.trigger.start]]
        if not hosts:
            continue
        k = hosts[-1]
        host = out[k]
        out[k] = host.with_evidence(e.evidence)
        out.remove(e)
    return out



#: The raiders' way out told after their raid (قبل أن ينسحبوا، قبل انسحابهم، خلال انسحابهم):
#: normalised verb stems and the verbal noun, which must carry its pronoun (the raiders').
_EXIT_VERBS = ("ينسحب", "تنسحب")
_EXIT_NOUN = "انسحاب"
_EXIT_PRONOUNS = ("ه", "ها", "هم", "هما")
#: What the exit follows: "before" (with أن for the verb), "during".
_BEFORE_EXIT = frozenset({"قبل", "خلال", "اثناء"})
#: Acts a raid ends with a withdrawal of: an attack, a raid with arrests or demolitions.
_RAIDS = frozenset({"ASSAULT", "COERCE"})


def is_raid_exit(e: Event, text: str) -> bool:
    """Whether ``e`` is a withdrawal told as the way out of the act before it (اعتقلت ثلاثة
    شبان قبل أن تنسحب، أحرقوا المنازل قبل انسحابهم)."""
    if e.type != "RETREAT" or " " in e.trigger.text.strip():
        return False
    word = normalize_key(e.trigger.text)
    before = [normalize_key(w) for w in text[max(0, e.trigger.start - 12):e.trigger.start].split()]
    if word.startswith(_EXIT_VERBS):
        return before[-2:] == ["قبل", "ان"]
    return (word.startswith(_EXIT_NOUN) and word[len(_EXIT_NOUN):] in _EXIT_PRONOUNS
            and bool(before) and before[-1] in _BEFORE_EXIT)


def fold_raid_exits(events: list[Event], text: str) -> list[Event]:
    """One sentence's events with the raiders' withdrawal at the end of their raid folded
    into the raid told before it in the sentence (the gold codes a raid and its exit as one
    act: داهمت … واعتقلت ثلاثة شبان قبل أن تنسحب; an army's withdrawal from a town told on
    its own stays a RETREAT)."""
    return _fold_back(events, lambda e: is_raid_exit(e, text), lambda o: o.type in _RAIDS)


#: Normalised stems of seized arms (ضبط أسلحة، ضبطت كمية من الأسلحة والذخائر).
_ARMS_STEMS = ("اسلح", "سلاح", "ذخائر", "ذخيره", "متفجر")


def fold_seized_arms(events: list[Event]) -> list[Event]:
    """One sentence's events with arms seized in the raid or arrest told before them
    (نفذ الجيش عملية دهم … وأوقف ستة أشخاص وضبط كمية من الأسلحة) folded into that arrest:
    the search that found them is the arrest's, not a confiscation of its own (the gold
    codes the raid and its seizure as one act, ev-376, ev-404, ev-774, ev-894, ev-942)."""
    def seized_arms(e: Event) -> bool:
        return e.type == "COERCE" and e.mode == "confiscate" and any(
            stem in normalize_key(e.trigger.text) for stem in _ARMS_STEMS)

    return _fold_back(events, seized_arms,
                      lambda o: o.type == "COERCE" and o.mode == "arrest")


def _fold_back(events: list[Event], guest: Callable[[Event], bool],
               host_ok: Callable[[Event], bool]) -> list[Event]:
    """``events`` with each ``guest`` event folded (its evidence appended) into the latest
    ``host_ok`` event of the same flags told before it in its sentence, if there is one."""
    return fold_into_earlier(events, guest, lambda o, e: host_ok(o) and (
        e.evidence[0].start <= o.trigger.start < e.trigger.start))
