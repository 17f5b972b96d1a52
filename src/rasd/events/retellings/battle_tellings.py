"""One fight told with several act words (assault17, 2026-12-05 (17), from the blind rounds
38–39; used by :mod:`rasd.events.merge`).

A wire story about a battle tells it from both sides and in steps: the attackers' claim of
what their attack achieved, the defender's "we repelled an attack", the other side's "our
fighters took the position". PLOVER and ACLED code one event per fight of two forces at one
place and time, and the gold codes these as that one fight (ev-1590, ev-1592, ev-1597,
ev-1598). Four tellings that the general merge keeps apart are folded here:

* **The attackers' claimed results** (نصبوا كمينا لقافلة …، مؤكدة أنهم قتلوا 14 جنديا …
  ودمروا أربع مركبات): a killing or destroying verb right after a claiming participle and
  أنهم/أنها, or و-fused to such a verb, in the sentence of the attack told before it, is
  what that attack did by its doers' word, not an act of its own. Property burnt in a
  clause of its own (…، فيما أحرق المستوطنون مركبتين؛ وأحرقوا مخازن الحبوب) is not in a
  claim clause and stays apart (:mod:`rasd.events.retellings.later_tellings`, ev-484, ev-1321).
* **An attack repelled, told later** (اندلعت اشتباكات … في عيرجابو; وأعلنت الوزارة أن قواتها
  «صدت هجوما منسقا» على مواقعها): an indefinite "repelled an attack" in a sentence after the
  one that told a ground attack or clashes of the same country is the defender's telling
  of that fight (a definite صدت الهجوم is :func:`rasd.events.merge._repelled`'s).
* **The other side's telling** (في المقابل، قالت هيئة الأركان إن وحداتها «تعرضت لهجوم»؛ في
  المقابل، زعم المجلس أن مقاتليه سيطروا على الموقع): a sentence that opens with في المقابل
  and tells an attack suffered, repelled or a position taken, by a party's report, is the
  fight told just before seen from the other side.
* **A charge of conduct** (يتهم قوات الدعم السريع بـ«استهداف الأعيان المدنية بشكل متعمد»;
  متهمة إياهم بـ«استهداف مواطني الولايات المتحدة … بشكل غير مشروع»): an attack word in an
  accusation's content qualified as deliberate or unlawful names the accuser's reading of
  an attack told before (folded into it, as ev-151 codes it) or a pattern of conduct with no
  act of its own (dropped). A specific accused act (اتهم الجيش المتمردين بمهاجمة مواقعه قرب
  بلدة ماسيسي فجر اليوم) has no such adverb and keeps its event (ev-240, ev-491).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Final

from rasd.events.retellings.fight_course import fold_fight_course
from rasd.events.retellings.merge_links import PROPERTY_MODES, WHILE_WORDS
from rasd.events.retellings.retold_attacks import told_in
from rasd.events.syntax.clauses import strip_conj
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: merge_pair of :mod:`rasd.events.merge` (passed in: that module imports this one).
Merger = Callable[..., Event]

#: Modes of a strike from the air: a repelled attack is a ground attack, not one of these.
AIR_MODES: Final = frozenset({"aerial", "drone"})

#: A claiming participle and its complementiser with the attackers' pronoun right before
#: the claimed act (مؤكدة أنهم، زاعمة أنها، مضيفا أن مقاتليه).
_CLAIM_CLAUSE = re.compile(
    r"(?<!\w)(?:مؤكد|زاعم|مضيف|معلن|مشير|مدعي|مدعي)(?:ا|ة|ين|ه)?\s+(?:إلى\s+)?[أإا]ن"
    r"(?:ه|ها|هم|\s+(?:مقاتلي|عناصر|قوات|مسلحي)(?:ه|ها|هم))(?!\w)")
#: A claiming participle right before a death noun (مؤكدا مقتل 17 من المهاجمين): the toll
#: the reporting side gives for the fight told before it in the sentence.
#: Also the other side's dead set against them (…، مقابل مقتل ثلاثة جنود).
_CLAIMED_TOLL = re.compile(r"(?<!\w)(?:(?:مؤكد|معلن|مضيف|مشير)(?:ا|ة|ين)?\s+(?:إلى\s+)?"
                           r"|و?(?:في\s+)?مقابل\s+)$")
#: Death nouns (normalised) such a participle introduces.
CLAIMED_DEATHS: Final = frozenset(normalize_key(w) for w in ("مقتل", "سقوط", "تحييد"))
#: The attack itself told as the speaker's own act (أعلنت الجبهة أن مقاتليها نصبوا كمينا):
#: only then are the results claimed after it the same attackers'.
_OWN_ACT = re.compile(r"(?<!\w)[إأ]ن(?:ه|ها|هم|\s+(?:مقاتلي|عناصر|قوات|مسلحي|وحدات)"
                      r"(?:ه|ها|هم))\s*$")
#: Words before the claimed act after its complementiser (its subject and a gap word).
CLAIM_REACH: Final = 2
#: Killing and destroying verbs (normalised, without و) whose subject is the claim's pronoun.
CLAIMED_VERBS: Final = frozenset(normalize_key(w) for w in (
    "قتلوا", "قتلت", "قتل", "دمروا", "دمرت", "دمر", "أسقطوا", "أسقطت", "أعطبوا", "أعطبت",
    "أحرقوا", "أحرقت", "أسروا", "أسرت", "غنموا", "غنمت"))
#: Words that open a clause of another act between the claim and the verb.
_OTHER_CLAUSE = re.compile(r"(?<!\w)(?:فيما|بينما|في\s+حين|وفي|كما)(?!\w)")

#: Forms (normalised, without و) of "repelled an attack" with an indefinite object.
_REPELLED_INDEFINITE = re.compile(r"^و?(?:صد|صدت|صدوا|تصدت|تصدى|تصدوا)\s+(?:ل)?هجوما?$")

#: The opening of the other side's telling.
_OTHER_SIDE = re.compile(r"^\W*و?في\s+المقابل\s*[،,]")
#: A party's report in that sentence before the act (قالت … إن، زعم … أن، أعلن … أن).
_REPORT_THAT = re.compile(r"(?<!\w)[إأ]ن(?:ه|ها|هم)?(?!\w)")
#: Acts that tell a fight from its other side: repelled, a position taken (an attack
#: suffered, تعرضت لهجوم, is read from the word before the attack noun).
_OTHER_SIDE_ACT = re.compile(r"^و?(?:صد|صدت|صدوا|تصدت|تصدي)\s|^و?(?:سيطر|سيطرت|سيطروا)\s+علي")
#: An attack noun (normalised) and the verb of suffering before it.
_ATTACK_NOUN = re.compile(r"^(?:ل)?(?:هجوم|هجوما|هجمات|اعتداء)$")
SUFFER_STEM: Final = "تعرض"
#: Act words (normalised stems) of a ground fight: what a repelled attack or the other
#: side's telling may retell. A shelling or an air strike told before (قصف مدفعي على أحياء
#: الفاشر، then أعلن الجيش أنه صد هجوما على المحور الشرقي) is another act (ev-336, ev-1114).
FIGHT_STEMS: Final = ("هجوم", "هجمات", "هجمه", "اشتباك", "معارك", "معركه", "مواجهات", "كمين",
                      "كمينا", "اقتحام", "هاجم", "صد", "تصد", "اشتبك", "نصب")
#: Days two tellings of one fight may differ by (the announcement's day, the fight's eve).
DAY_SLACK: Final = 1

#: Accusation verbs and participles (normalised, without و) before an accused act.
_ACCUSE = re.compile(r"(?<!\w)و?(?:اتهم|يتهم|تتهم|متهم)\w*(?:\s+\S+){0,5}\s+ب\S*$")
#: Adverbs that make an accused act a charge of conduct: deliberate, unlawful, repeated.
_CONDUCT = re.compile(
    r"^(?:\S+\s+){0,5}?(?:بشكل|بصورة|بطريقة)\s+(?:متعمد|متعمدة|مقصود|مقصودة|غير\s+مشروع"
    r"|غير\s+مشروعة|غير\s+قانوني|غير\s+قانونية|متكرر|متكررة|ممنهج|ممنهجة)(?!\w)"
    r"|^(?:\S+\s+){0,5}?(?:عمدا|عمداً|عن\s+عمد|عن\s+قصد)(?!\w)")


def _lead(e: Event) -> str:
    sent = e.evidence[0]
    return sent.text[: max(0, e.trigger.start - sent.start)]


def _tail(e: Event) -> str:
    sent = e.evidence[0]
    return sent.text[max(0, e.trigger.end - sent.start):]


def _bare(word: str) -> str:
    return strip_conj(normalize_key(word))


def _host_in_sentence(merged: list[Event], e: Event) -> int | None:
    """The latest attack on people whose own trigger is in ``e``'s sentence before it."""
    sent = e.evidence[0]
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "ASSAULT" and merged[k].flags == e.flags
                 and merged[k].mode not in PROPERTY_MODES
                 and sent.start <= merged[k].trigger.start < e.trigger.start), None)


def claimed_result(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the attack whose claimed result ``e`` is (…، مؤكدة أنهم
    قتلوا 14 جنديا … ودمروا أربع مركبات), or None."""
    if e.type != "ASSAULT" or " " in e.trigger.text.strip() \
            or _bare(e.trigger.text) not in CLAIMED_VERBS | CLAIMED_DEATHS:
        return None
    k = _host_in_sentence(merged, e)
    if k is None:
        return None
    host = merged[k]
    sent = e.evidence[0]
    if _bare(e.trigger.text) in CLAIMED_DEATHS:
        # مؤكدا مقتل 17 من المهاجمين: the fight's dead by the reporting side's count
        return k if fight_word(host) and _CLAIMED_TOLL.search(_lead(e)) else None
    if not _OWN_ACT.search(_lead(host)):
        return None  # قال الجيش إن جنوده قتلوا في كمين، مشيرا إلى أن قواته دمرت …: the
        # speaker is the ambush's victim, its forces' act is a reply of their own
    between = sent.text[max(0, host.trigger.end - sent.start):
                        max(0, e.trigger.start - sent.start)]
    claims = list(_CLAIM_CLAUSE.finditer(between))
    if not claims or _OTHER_CLAUSE.search(between[claims[-1].end():]):
        return None
    rest = between[claims[-1].end():].split()
    if len(rest) <= CLAIM_REACH:
        return k  # مؤكدة أنهم قتلوا
    # ودمروا after the claimed killing: the same clause goes on (no new subject)
    if e.trigger.text[:1] == "و" and any(_bare(w) in CLAIMED_VERBS for w in rest):
        return k
    return None


#: Capture nouns (normalised, with their و): fighters taken in a fight, counted with its dead.
CAPTURE_NOUNS: Final = frozenset(normalize_key(w) for w in ("وأسر", "وأسرى", "واحتجاز"))
#: Toll nouns (normalised) of the fight's result clause (مقتل 17 من المهاجمين وأسر ستة).
TOLL_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "مقتل", "قتل", "إصابة", "جرح", "سقوط", "استشهاد"))
#: Marks that close a clause.
CLAUSE_MARKS: Final = ("،", ",", "؛", ";", ":", ".")


def captured_in_fight(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the fight whose captives ``e`` counts (صد هجوما …، مؤكدا
    مقتل 17 من المهاجمين وأسر ستة آخرين), or None: a و-fused capture noun joined to a toll
    noun of its clause, after a fight told in its sentence (settled with round 38: the
    captives are the fight's, no arrest of their own; ev-496 recoded)."""
    words = e.trigger.text.split()
    if e.type not in ("ASSAULT", "COERCE") or not words \
            or normalize_key(words[0]) not in CAPTURE_NOUNS:
        return None
    lead = _lead(e)
    clause = lead[max(lead.rfind(m) for m in CLAUSE_MARKS) + 1:]
    if not any(normalize_key(w) in TOLL_NOUNS for w in clause.split()):
        return None
    k = _host_in_sentence(merged, e)
    return k if k is not None and fight_word(merged[k]) else None


def _own_day(e: Event) -> date | None:
    return e.date if e.date_basis == "sentence" else None


def _days_agree(a: Event, b: Event) -> bool:
    da, db = _own_day(a), _own_day(b)
    return da is None or db is None or abs((da - db).days) <= DAY_SLACK


def _countries_agree(a: Event, b: Event) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def fight_word(e: Event) -> bool:
    """Whether ``e``'s trigger names a ground fight (:data:`FIGHT_STEMS`)."""
    return any(_bare(w).lstrip("ل").removeprefix("ال").startswith(FIGHT_STEMS)
               for w in e.trigger.text.split()[:2])


def _earlier_fight(merged: list[Event], e: Event) -> int | None:
    """The latest ground attack or clash told in a sentence before ``e``'s."""
    sent = e.evidence[0]
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if m.type != "ASSAULT" or m.mode in PROPERTY_MODES or m.trigger.start >= sent.start:
            continue
        if m.flags != e.flags or m.mode in AIR_MODES or not fight_word(m):
            return None  # a strike, or a flagged act, told last: no fight to retell
        return k if _days_agree(m, e) and _countries_agree(m, e) else None
    return None


def repelled_later(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the fight ``e``, "repelled an attack" told in a later
    sentence, retells, or None."""
    if e.type != "ASSAULT" or not _REPELLED_INDEFINITE.match(normalize_key(e.trigger.text)):
        return None
    return _earlier_fight(merged, e)


def other_side(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the fight told before that ``e``, told in a في المقابل
    sentence by a party's report, retells from the other side, or None."""
    if e.type != "ASSAULT":
        return None
    lead = _lead(e)
    if not _OTHER_SIDE.match(lead) or not _REPORT_THAT.search(lead):
        return None
    sent = e.evidence[0]
    retold = next((k for k in range(len(merged) - 1, -1, -1)
                   if merged[k].type == "ASSAULT" and sent in merged[k].evidence
                   and not told_in(merged[k], sent)), None)
    if retold is not None and merged[retold].flags == e.flags and e.mode not in AIR_MODES:
        return retold  # «تحييد» عدد من المهاجمين in the sentence that retells the fight
    if e.killed is not None:
        return None  # a toll of its own: the general merge compares it
    act = normalize_key(e.trigger.text)
    words = lead.split()
    prev = normalize_key(words[-1]).strip("«»\"").lstrip("و") if words else ""
    if not (_OTHER_SIDE_ACT.match(act) or (
            _ATTACK_NOUN.match(act) and prev.startswith(SUFFER_STEM))):
        return None
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if m.type != "ASSAULT" or m.mode in PROPERTY_MODES or m.trigger.start >= sent.start:
            continue
        if m.flags != e.flags or not fight_word(m):
            return None
        return k if _countries_agree(m, e) else None
    return None


def charge_of_conduct(e: Event) -> bool:
    """Whether ``e`` is an accused act qualified as deliberate or unlawful (اتهمت … بـ«استهداف
    الأعيان المدنية بشكل متعمد»)."""
    if e.type != "ASSAULT":
        return False
    lead = _lead(e).rstrip("«\" ")
    if e.trigger.text.startswith("ب"):
        lead += " ب"  # باستهداف: the preposition is the trigger's own
    return _ACCUSE.search(lead) is not None and _CONDUCT.search(_tail(e).lstrip()) is not None


#: Blast nouns (normalised, without و) of a mine or a bomb that went off.
BLAST_NOUNS: Final = frozenset(normalize_key(w) for w in ("انفجار", "تفجير"))
#: Prepositions of cause right before the blast noun (إثر انفجار لغم، جراء انفجار عبوة).
CAUSE_WORDS: Final = frozenset(normalize_key(w) for w in ("إثر", "اثر", "جراء", "بعد", "في"))


def blast_clause(merged: list[Event], e: Event) -> bool:
    """Whether ``e`` is a blast that wounded or killed someone, told as the cause in a فيما
    clause after an act of another means in its sentence (قضت وحدات عسكرية على عنصرين
    إرهابيين …، فيما أصيب جندي بجروح إثر انفجار لغم): an act of its own, not the first one's
    means (ev-1585, as round 38 codes the mine beside the sweep)."""
    if e.type != "ASSAULT" or e.mode != "explosives" \
            or _bare(e.trigger.text) not in BLAST_NOUNS:
        return False
    lead = _lead(e)
    clause = [normalize_key(w) for w in
              lead[max(lead.rfind(m) for m in CLAUSE_MARKS) + 1:].split()]
    if len(clause) < 2 or clause[0] not in WHILE_WORDS or clause[-1] not in CAUSE_WORDS:
        return False
    k = _host_in_sentence(merged, e)
    return k is not None and merged[k].mode != e.mode


def fold_battle_telling(merged: list[Event], e: Event, merge_pair: Merger) -> bool:
    """Fold ``e`` into the fight it tells on or retells (a claimed result, a repelled attack
    told later, the other side's telling, a charge of conduct), in place, or drop a charge of
    conduct with no attack told before; whether ``e`` was taken."""
    if fold_fight_course(merged, e, merge_pair):
        return True  # assault18: تبادل إطلاق النار، قبل أن تقتل قوات الأمن المهاجمين
    k = claimed_result(merged, e)
    if k is not None:
        # the clause's own words: the attack keeps its date and participants
        merged[k] = merge_pair(merged[k], e, first_dates=True)
        return True
    k = captured_in_fight(merged, e)
    if k is not None:
        # the captives are evidence of the fight, no count of arrests
        merged[k] = merged[k].with_evidence(e.evidence)
        return True
    k = repelled_later(merged, e)
    if k is None:
        k = other_side(merged, e)
    if k is not None:
        merged[k] = merge_pair(merged[k], e)
        return True
    if charge_of_conduct(e):
        host = next((j for j in range(len(merged) - 1, -1, -1)
                     if merged[j].type == "ASSAULT" and merged[j].flags == e.flags
                     and merged[j].trigger.start < e.trigger.start), None)
        if host is not None:
            merged[host] = merged[host].with_evidence(e.evidence)
        return True
    return False
