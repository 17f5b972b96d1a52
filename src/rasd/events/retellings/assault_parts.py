"""Parts and retellings of one attack told by a second attack word (used by
:mod:`rasd.events.merge`; ASSAULT granularity pass, 2026-12-04 (15), task assault).

PLOVER and ACLED code one event per act of one force at one place and time; a wire story
often names one attack with several words. Three such words are parts or retellings of an
attack told before them, not attacks of their own:

* a property or abduction noun joined by و to the attack's toll in its clause
  (``هاجم مسلحون قرية …، ما أسفر عن مقتل تسعة مدنيين وإحراق عشرات المنازل``؛ ``مقتل 11 من
  سكان القرية برصاص المهاجمين ونهب المتاجر``): what the attack did, counted with its dead.
  A verb with a subject of its own (``وأحرقوا عشرات المنازل``) stays an act of its own, as
  the gold codes houses burnt after a raid's killings (ev-484, ev-651); an arrest is
  another kind of act (COERCE) and is left alone, and captives counted with a fight's dead
  (``وأسر``) are :mod:`rasd.events.retellings.battle_tellings`'s;
* a و-fused verb told "during it" (``الهجوم الذي نفذه مستعمرون …، وأحرقوا خلاله منزلين``):
  the attack's own course;
* an interception told from the defender's side (``قالت وزارة الدفاع إنها أسقطت معظم
  المسيرات``؛ ``أسقطت دفاعاته 87 مسيرة من أصل 110 أطلقتها روسيا``) after the attack was
  told: the same launch seen from the other side, when its weapons are definite (the ones
  told before) or the sentence names the attacker told before. Drones of another side
  (``أسقطت 47 مسيرة أوكرانية`` after a Russian strike) are that side's attack, an event of
  their own. A bare weapon noun of that sentence (``إضافة إلى ستة صواريخ``) is one more of
  the intercepted arms.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.syntax.clauses import is_definite, strip_conj
from rasd.model import Event, Span
from rasd.text.normalize import normalize_key

#: Toll nouns (normalised) of an attack's result clause (أسفر عن مقتل، أدى إلى إصابة).
TOLL_NOUNS = frozenset(normalize_key(w) for w in (
    "مقتل", "استشهاد", "إصابة", "سقوط", "جرح", "وفاة"))
#: Verbal nouns (normalised, without و) of what an attack does to property or people
#: beside its dead: burning, looting, destroying, abducting. Not arrests (اعتقال), which the
#: gold codes as COERCE of their own (ev-1395); captives of a fight (أسر) are folded by
#: :mod:`rasd.events.retellings.battle_tellings` (settled 2026-12-05 (17), ev-496 recoded).
PART_NOUNS = tuple(normalize_key(w) for w in (
    "إحراق", "حرق", "إضرام", "نهب", "تدمير", "إتلاف", "تخريب", "اختطاف", "خطف"))
#: Marks that close a clause: a toll before one of them is another clause's.
CLAUSE_MARKS = ("،", ",", "؛", ";", ":", ".")
#: Words (normalised) that open a clause of another act (فيما قتل …، بينما أصيب …).
CLAUSE_OPENERS = frozenset(normalize_key(w) for w in ("فيما", "بينما", "في حين", "حين"))
#: "During it" (normalised): the act told is part of the one before.
DURING_IT = frozenset(normalize_key(w) for w in ("خلاله", "خلالها", "خلالهما"))
#: Interception verbs and nouns (normalised, without و).
INTERCEPT_STEMS = tuple(normalize_key(w) for w in (
    "أسقط", "يسقط", "تسقط", "إسقاط", "اعترض", "يعترض", "تعترض", "اعتراض", "تصد", "يتصد"))
#: Modes of an attack whose arms may be intercepted in flight.
LAUNCH_MODES = frozenset({None, "drone", "aerial", "heavy-weapons"})
#: Bare weapon nouns (normalised): one more of the intercepted arms in its sentence.
WEAPON_NOUNS = frozenset(normalize_key(w) for w in (
    "صاروخ", "صاروخا", "صاروخين", "صواريخ", "مسيرة", "مسيرات", "مسيرتين", "قذيفة", "قذائف"))


#: A definite attacker noun (normalised spelling is not needed: these are matched on the
#: text) as the subject right before an act (وقالت الشركة إن المسلحين هاجموا الموقع؛ أن
#: المهاجمين، الذين …، أطلقوا النار؛ إن المهاجم فجر سيارة مفخخة, one verb before a noun
#: trigger): the attackers told before. Only as a subject: after إن/أن, و or a colon, or
#: opening the sentence (not قتلت 23 من المهاجمين خلال صدها الهجوم).
_ATTACKER_SUBJECT = re.compile(
    r"(?:^\s*|[:—]\s*|(?<!\S)[إأ]ن\s+|(?<!\S)و)"
    r"ال(?:مهاجمين|مهاجمون|مهاجم|مسلحين|مسلحون|مسلح|انتحاري)"
    r"(?:\s*[،,][^،,.]*[،,])?\s*(?:قد\s+)?(?:[^\s،,.]+\s+)?$")
#: Means of an act the gold codes apart even when the attackers told before did it: the
#: burning and the abductions after a raid's killings (ev-484, ev-874, ev-1031, ev-1120).
OWN_ACT_MODES = frozenset({"destroy", "abduct"})


def _clause_before(e: Event) -> str:
    """The text of ``e``'s clause before its trigger (from the last clause mark)."""
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    cut = max(before.rfind(m) for m in CLAUSE_MARKS)
    return before[cut + 1:]


def _host_in(merged: list[Event], e: Event, sent: Span) -> int | None:
    """The latest ASSAULT in ``merged`` told in ``sent`` before ``e`` with its flags."""
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and sent in merged[k].evidence
                 and merged[k].trigger.start < e.trigger.start), None)


def toll_part(merged: list[Event], e: Event) -> int | None:
    """The attack ``e`` is a part of when it is a و-fused property or abduction noun joined
    to a toll noun of its clause (… مقتل تسعة مدنيين وإحراق عشرات المنازل), else None."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or not words:
        return None
    key = normalize_key(words[0])
    if not key.startswith("و") or not key[1:].startswith(PART_NOUNS):
        return None
    clause = [normalize_key(w) for w in _clause_before(e).split()]
    if any(w in CLAUSE_OPENERS for w in clause):
        clause = clause[max(i for i, w in enumerate(clause) if w in CLAUSE_OPENERS) + 1:]
    if not any(w in TOLL_NOUNS for w in clause):
        return None
    return _host_in(merged, e, e.evidence[0])


def during_part(merged: list[Event], e: Event) -> int | None:
    """The attack ``e`` is a part of when it is a و-fused verb followed by "during it"
    (وأحرقوا خلاله منزلين) after an attack of its sentence, else None."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or len(words) != 1 or normalize_key(words[0])[:1] != "و":
        return None
    sent = e.evidence[0]
    rest = sent.text[max(0, e.trigger.end - sent.start):].split()
    if not rest or normalize_key(rest[0].strip("،,.")) not in DURING_IT:
        return None
    return _host_in(merged, e, sent)


def attackers_retold(merged: list[Event], e: Event) -> int | None:
    """The attack told before that ``e`` tells on when its subject is the definite attackers
    (وقال المصدر إن المسلحين قتلوا راعيا سابعا؛ إن المهاجم فجر سيارة مفخخة عند البوابة):
    the latest earlier ASSAULT of another sentence with its flags, else None. A burning or
    an abduction by them stays its own event (:data:`OWN_ACT_MODES`)."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or not words or e.mode in OWN_ACT_MODES:
        return None
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    if not _ATTACKER_SUBJECT.search(before):
        return None
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and sent not in merged[k].evidence), None)


#: Modes of the opening blast of a complex attack (a car bomb at the gate, then gunmen).
BLAST_MODES = frozenset({"explosives", "suicide-attack"})
#: Words (normalised) that tell a storming or a shooting as the next step of the blast before
#: it in the sentence (فجر انتحاري سيارة مفخخة عند البوابة، قبل أن يقتحم مسلحون المبنى؛ أعقبه
#: هجوم مسلح استمر ساعتين): one complex attack, as the gold codes it (ev-1113, ev-1145,
#: ev-1297, ev-1358).
_NEXT_STEP = re.compile(r"(?:(?<!\S)و?قبل\s+[أا]ن|(?<!\S)(?:[أا]عقب|تلا|تبع)(?:ه|ها|ته|تها))\s*$")
#: Sectors of the forces that answer an attack: their firing is their own act.
STATE_FORCES = frozenset({"MIL", "COP"})
#: A target of the next step's own (على نقطة مراقبة قريبة): an attack elsewhere, its own
#: event (ev-1039).
_OWN_TARGET = re.compile(r"(?<!\S)على(?!\S)")


def next_step(merged: list[Event], e: Event) -> int | None:
    """The blast ``e`` is the next step of (see :data:`_NEXT_STEP`), else None: the latest
    explosives or suicide attack told in ``e``'s sentence before it, when ``e``'s clause
    names no target of its own after the trigger (a pronoun, المبنى after a verb is its
    object, not على …)."""
    if e.type != "ASSAULT" or e.mode in OWN_ACT_MODES or (
            e.actor is not None and e.actor.sector in STATE_FORCES):
        return None  # قبل أن تطلق الشرطة النار على المهاجمين: the defenders' act (ev-1297)
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    if not _NEXT_STEP.search(before):
        return None
    rest = sent.text[max(0, e.trigger.end - sent.start):]
    cut = min((i for i in (rest.find(m) for m in CLAUSE_MARKS) if i >= 0), default=len(rest))
    if _OWN_TARGET.search(rest[:cut]):
        return None
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and merged[k].mode in BLAST_MODES and sent in merged[k].evidence
                 and merged[k].trigger.start < e.trigger.start), None)


#: Verbs (normalised, without و) of exchanging fire with the target (ويشتبكوا مع عناصره).
#: Not اعتدوا عليه (beat him): the beating of a person seized in a raid is judged an act of
#: its own on real news (snn-00213).
FIGHT_STEMS = ("اشتبك", "يشتبك")


def engaged_on(merged: list[Event], e: Event) -> int | None:
    """The attack a و-fused fighting verb with no subject of its own (ويشتبكوا، واشتبكوا)
    tells on when its sentence was folded into an attack told before (… قبل أن يقتحم ثلاثة
    مسلحين المبنى ويشتبكوا مع عناصره): the fight of the same attackers, as
    :func:`rasd.events.retellings.retold_attacks.same_fight` joins it to an attack of its own
    sentence."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or len(words) != 1:
        return None
    key = normalize_key(words[0])
    if key[:1] != "و" or not key[1:].startswith(FIGHT_STEMS) or not key.endswith(("وا", "ا")):
        return None
    sent = e.evidence[0]
    k = _host_in(merged, e, sent)
    if k is None or sent.start <= merged[k].trigger.start < sent.end:
        return None  # an attack of this sentence: the general merge joins them (same_fight)
    return k


#: A stray round (normalised, with its ب): a shell or a bullet that hit someone in fighting
#: told before (بين القتلى طفل أصيب بقذيفة سقطت على منزل عائلته).
STRAY_ROUNDS = frozenset(normalize_key(w) for w in (
    "بقذيفة", "بقذائف", "برصاصة", "بشظية", "بشظايا"))
#: Words (normalised) right after the round that tell it as stray, with no shooter named.
STRAY_WORDS = frozenset(normalize_key(w) for w in (
    "سقطت", "سقط", "سقطتا", "طائشة", "طائش", "عشوائية", "مجهولة"))


def stray_round(merged: list[Event], e: Event) -> int | None:
    """The fighting told before that a stray round (أصيبت بقذيفة سقطت على منزلها، برصاصة
    طائشة) belongs to: the latest earlier ASSAULT of another sentence, else None. The gold
    codes such a round as a detail of the clashes' toll (ev-645, ev-775, ev-1127)."""
    if e.type != "ASSAULT" or normalize_key(e.trigger.text) not in STRAY_ROUNDS:
        return None
    sent = e.evidence[0]
    rest = sent.text[max(0, e.trigger.end - sent.start):].split()
    if not rest or normalize_key(rest[0].strip("،,.")) not in STRAY_WORDS:
        return None
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and sent not in merged[k].evidence), None)


def _intercepts(text: str) -> bool:
    return any(strip_conj(normalize_key(w)).startswith(INTERCEPT_STEMS) for w in text.split())


def intercepted_attack(merged: list[Event], e: Event) -> int | None:
    """The attack told before that ``e``, an interception of its arms, retells (see the
    module's docstring), else None."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or not words or not _intercepts(words[0]):
        return None
    sent = e.evidence[0]
    told = [k for k in range(len(merged) - 1, -1, -1)
            if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
            and merged[k].trigger.start < e.trigger.start and merged[k].mode in LAUNCH_MODES]
    if not told:
        return None
    if len(words) > 1 and is_definite(words[-1]):
        return told[0]  # أسقطت معظم المسيرات: the drones told before
    after = sent.text[max(0, e.trigger.end - sent.start):]
    for k in told:
        actor = merged[k].actor
        if actor is not None and actor.span.text in after:
            return k  # … من أصل 110 أطلقتها روسيا: the attacker told before
    return None


def intercepted_arms(merged: list[Event], e: Event) -> int | None:
    """The attack a bare weapon noun (إضافة إلى ستة صواريخ) belongs to when its sentence
    was folded into an attack told before as an interception, else None."""
    if e.type != "ASSAULT" or normalize_key(e.trigger.text) not in WEAPON_NOUNS:
        return None
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    if not _intercepts(before):
        return None
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and sent in merged[k].evidence
                 and not sent.start <= merged[k].trigger.start < sent.end), None)


def fold_attack_part(merged: list[Event], e: Event) -> bool:
    """Fold ``e`` into the attack it is a part or a retelling of, in place; whether it was
    folded. The host keeps its participants, date, toll and means, except that an attack
    of unknown means takes the means of the act told "during it" (the attack during which
    houses were burnt is ASSAULT/destroy, ev-1345): that act is all the text says it did."""
    for find in (toll_part, during_part, attackers_retold, next_step, engaged_on,
                 stray_round, intercepted_attack, intercepted_arms):
        k = find(merged, e)
        if k is not None:
            host = merged[k].with_evidence(e.evidence)
            if find is during_part:
                host = replace(host, mode=host.mode or e.mode)
            merged[k] = host
            return True
    return False
