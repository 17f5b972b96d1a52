"""One fight told with several act words: the firefight that follows an attack and the
defenders killing its attackers (task assault18; called from
:func:`rasd.events.retellings.battle_tellings.fold_battle_telling`).

A raid on a post is told as an attack, then as its course::

    قتل خمسة مدنيين … في هجوم شنه مسلحون على مبنى السلطة القضائية …، قبل أن تقتل قوات
    الأمن المهاجمين الثلاثة.
    … وقال مصدر أمني إن القوات تمكنت من قتل اثنين من المهاجمين واعتقلت ثالثا.
    … عندما هاجم مسلحون مركزا للشرطة …، التي قالت إن تبادل إطلاق النار استمر أكثر من ساعتين.
    وقالت مصادر محلية إن الهجوم بدأ بتفجير سيارة مفخخة، تلاه اشتباك عنيف استمر ساعتين.

The defenders' fire and the attackers' dead are the same fight, as the dev gold codes them
(ev-654, ev-1113, ev-1349, ev-1390, ev-1472; and ev-768, ev-1117, ev-1145, ev-1473, whose
``قتلت … من المهاجمين`` the merge already folds through a retold ``الهجوم``): one ASSAULT
(ACLED's one event per clash). Two limits keep real second acts apart: a fight after a
stand-off strike (an air raid, a shelling, a drone) is not its course (ev-336, ev-1114, as
:mod:`rasd.events.retellings.battle_tellings` reads a repelled attack), and a third party's strike
on the fleeing attackers (``قصفت فلول المهاجمين أثناء انسحابهم``, ev-1472) names no killing
word and stays an act of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rasd.events.casualties.tolls import summed
from rasd.events.senses.riot_clashes import fold_riot_party
from rasd.model import Casualty, Event
from rasd.text.normalize import normalize_key

#: Modes of a stand-off strike: a firefight after one is no course of it.
STANDOFF_MODES = frozenset({"aerial", "heavy-weapons", "drone", "crowd-control"})
#: Killing words (normalised, without a leading و/ف).
KILL_WORDS = frozenset(normalize_key(w) for w in (
    "قتل", "قتلت", "قتلوا", "تقتل", "يقتل", "مقتل", "بقتل", "وقتلت"))
#: The attackers told before, as the killing's victims: a definite noun or a partitive of it
#: within a few words after the killing word (المهاجمين الثلاثة، اثنين من المهاجمين).
ATTACKERS = re.compile(  # normalised literals (normalize_key would lower-case \S)
    r"^(?:\S+\s+){0,3}(?:من\s+)?(?:ال)(?:مهاجمين|مهاجمون|مهاجم|انتحاري|انتحاريين)(?=[\s.،,؛:!?»)]|$)")
#: A firefight noun told as the attack's course: a definite or annexed one (تبادل إطلاق
#: النار، الاشتباك), or an indefinite one the words before tie to the attack (تلاه اشتباك).
FIREFIGHT = re.compile(normalize_key(
    r"^[وفبل]?(?:ال)?(?:تبادل\s+(?:ل|ال)?إطلاق\s+النار|اشتباك|اشتباكات)$"))
DEFINITE_FIREFIGHT = re.compile(normalize_key(
    r"^[وفبل]?(?:تبادل\s+(?:ل|ال)?إطلاق\s+النار|ال(?:اشتباك|اشتباكات))$"))
#: Words right before an indefinite firefight that make it the attack's sequel.
SEQUEL_WORDS = frozenset(normalize_key(w) for w in (
    "تلاه", "تلته", "أعقبه", "أعقبته", "تبعه", "تبعته", "وتلاه", "وأعقبه"))
#: Words of a toll update (normalised): the figure replaces the attack's, it adds nothing.
TOLL_UPDATE = re.compile(r"حصيله|ارتفع|الحصيله|ليرتفع|لترتفع")
#: Openings of a sentence that moves to another scene (وفي سياق آخر، وفي بلدة …): its acts
#: are new ones.
NEW_SCENE = re.compile(r"^\s*[وف]?في\s")


def fold_fight_course(merged: list[Event], e: Event,
                      merge_pair: Callable[..., Event]) -> bool:
    """Fold ``e`` into the attack told just before it when ``e`` is that attack's firefight
    or its defenders killing the attackers (module docstring), in place; whether folded.
    ``merge_pair`` (:func:`rasd.events.merge.merge_pair`) joins the two tellings."""
    if fold_riot_party(merged, e):
        return True  # مواجهات بين قوات الأمن ومحتجين: the riot's party, no demonstration
    if e.type != "ASSAULT" or not e.evidence:
        return False
    kind = _course_word(e)
    if kind is None:
        return False
    sent = e.evidence[0]
    if NEW_SCENE.match(sent.text):
        return False
    same_sentence = kind in (RESUMPTIVE_KIND, PRONOUN_KIND)
    hosts = RESUMPTIVE_HOSTS if kind == RESUMPTIVE_KIND else {"ASSAULT"}
    k = next((j for j in range(len(merged) - 1, -1, -1)
              if merged[j].type in hosts and merged[j].trigger.start < e.trigger.start
              and (not same_sentence or sent.start <= merged[j].trigger.start)), None)
    if k is None:
        return False
    host = merged[k]
    if kind == RESUMPTIVE_KIND and host.future and not e.future \
            and (host.negated, host.hypothetical) == (e.negated, e.hypothetical):
        # a toll told in the past tense (قتل فيها شخص) asserts its act took place: a future
        # flag the act took from a date its sentence names for something else (الانتخابات
        # المقررة في 13 أغسطس) does not stand
        host = replace(host, future=False, date=e.date, date_basis=e.date_basis,
                       date_precision=e.date_precision)
    if host.type != "ASSAULT" and (host.flags != e.flags or host.mode != "riot"):
        return False
    if kind == PRONOUN_KIND and host.mode != "firearms":
        return False  # the exchange is a shooting; كيف قتلهم؟ after قتل names no return fire
    if host.flags != e.flags or host.mode in STANDOFF_MODES:
        return False
    if kind == FIREFIGHT_KIND and host.killed is not None and e.killed is not None \
            and TOLL_UPDATE.search(normalize_key(sent.text)):
        return False  # a toll updated (ارتفعت الحصيلة … قرب موقع الاشتباك): tolls.py's
    # the dead of both sides told in two parts are summed (README "Casualty conventions":
    # every person the act killed, on all sides); the same figure told twice is not
    merged[k] = replace(merge_pair(host, e), killed=_both(host.killed, e.killed),
                        injured=_both(host.injured, e.injured))
    return True


def _both(a: Casualty | None, b: Casualty | None) -> Casualty | None:
    if a is None or b is None:
        return a or b
    return a if (a.min, a.max) == (b.min, b.max) else summed(a, b)


#: What :func:`_course_word` finds: the fight's firefight, or its attackers killed.
FIREFIGHT_KIND = "firefight"
ATTACKERS_KIND = "attackers"
#: A death verb with a resumptive pronoun (قتل فيها شخص، أصيب خلاله): the toll of the act
#: its sentence told just before it, a clash or a riot.
RESUMPTIVE_KIND = "resumptive"
#: A killing verb with an object pronoun (فجرى الرد عليه وقتله): the shooter told before it
#: in the sentence, killed in the same exchange.
PRONOUN_KIND = "pronoun"
#: Bare death verbs (normalised) a resumptive pronoun may follow.
DEATH_VERBS = frozenset(normalize_key(w) for w in (
    "قتل", "قتلت", "قتلوا", "أصيب", "أصيبت", "أصيبوا", "لقي", "لقيت", "استشهد"))
RESUMPTIVES = frozenset(normalize_key(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))
#: A killing verb with an object pronoun (normalised, without و/ف).
KILLED_HIM = re.compile(r"^(?:قتل|قتلت|قتلوا)(?:ه|ها|هم|هما)$")
#: Types a resumptive toll may belong to (a riot's dead are its own, PROTEST/riot).
RESUMPTIVE_HOSTS = frozenset({"ASSAULT", "PROTEST"})


def _course_word(e: Event) -> str | None:
    text = normalize_key(e.trigger.text)
    sent = e.evidence[0]
    if FIREFIGHT.match(text):
        if DEFINITE_FIREFIGHT.match(text):
            return FIREFIGHT_KIND
        before = normalize_key(sent.text[:max(0, e.trigger.start - sent.start)]).split()
        return FIREFIGHT_KIND if before and before[-1].strip("،,") in SEQUEL_WORDS else None
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 4 else text
    if KILLED_HIM.match(bare):
        return PRONOUN_KIND
    after_words = normalize_key(sent.text[max(0, e.trigger.end - sent.start):]).split()
    if bare in DEATH_VERBS and after_words and after_words[0].strip("،,") in RESUMPTIVES:
        return RESUMPTIVE_KIND
    if text not in KILL_WORDS and text.lstrip("وف") not in KILL_WORDS:
        return None
    after = normalize_key(sent.text[max(0, e.trigger.end - sent.start):])
    return ATTACKERS_KIND if ATTACKERS.match(after.strip()) is not None else None

