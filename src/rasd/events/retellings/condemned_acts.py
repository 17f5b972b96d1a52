"""Attacks told again as the object of a reaction, and courses of attacks (used by
:mod:`rasd.events.merge`; ASSAULT precision 2026-12-04 (14)).

A wire story tells an attack, then the reactions to it, each naming the attack again as its
object::

    استشهد ثلاثة فلسطينيين في غارة إسرائيلية استهدفت خيمة للنازحين …
    وأدانت وزارة الخارجية الأردنية استهداف الخيمة، وطالبت بتحقيق دولي مستقل.

The condemned phrase (``استهداف الخيمة``، ``هدم المنزل``، ``إطلاق النار``، ``الهجوم``) is the
attack told before, not a second one: the gold codes the reaction (ACCUSE) and the attack
once. The general merge misses it when the phrase is no one-word definite noun, or when the
reaction is negated (``لم تعلق أنقرة على الضربة``، ``نفى … مسؤوليته عن الهجوم``: the negation
is the reaction's, not the act's). :func:`condemned_host` says which earlier attack such a
phrase retells. An attack condemned where the text told no attack before stays an event (the
gold codes ``أدانت المملكة الهجوم الإرهابي الذي استهدف مسجدا`` as the attack).

An attack noun governed by a noun of continuing or stopping (``أدان استمرار الاعتداءات``،
``الضغط على إسرائيل لوقف اعتداءاتها``، ``حذروا من أن استمرار القتال``) names a course of acts,
a state of affairs or a demand, not an event: :func:`course_of_acts`.
"""

from __future__ import annotations

import re

from rasd.events.folds.reaction_scope import after_sequence_break  # fix45
from rasd.events.senses.attack_campaigns import attack_campaign
from rasd.events.senses.course_nouns import no_course_attack  # fix44
from rasd.events.senses.work_content import announced_attack, market_figure, told_in_a_work
from rasd.events.syntax.clauses import RELATIVE_PRONOUNS, is_definite, strip_conj
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Verbs (normalised, without a leading و/ف) of a reaction whose object is an act told
#: before: condemning, describing (وصف … بأنه), blaming (حمّل … المسؤولية عن), commenting
#: (لم تعلق على). A claim (تبنت) is
#: :func:`rasd.events.retellings.retold_attacks.claim_detail`'s: its claimant is the actor.
REACTION_VERBS = frozenset(normalize_key(w) for w in (
    "أدان", "أدانت", "أدانوا", "دان", "دانت", "تدين", "يدين", "ندد", "نددت", "نددوا",
    "تندد", "يندد", "استنكر", "استنكرت", "تستنكر", "يستنكر", "شجب", "شجبت", "تشجب", "يشجب",
    "وصف", "وصفت", "تصف", "يصف", "حمل", "حملت", "حمّل", "حمّلت", "تحمل", "تحمّل", "يحمل",
    "يحمّل", "علق", "علقت", "تعلق", "يعلق"))
#: Verbs (normalised) of denial: a reaction to an act told before only when the act follows a
#: preposition (نفى مسؤوليته عن الهجوم، نفت أن تكون متورطة في الهجوم); a denied act itself
#: (نفى المتحدث استهداف المدنيين) is an event of its own, coded denied.
DENIAL_VERBS = frozenset(normalize_key(w) for w in (
    "نفى", "نفت", "نفوا", "تنفي", "ينفي"))
#: Prepositions (normalised) before an act that is the object of a responsibility or an
#: involvement, not of the denial verb.
OBJECT_PREPOSITIONS = frozenset({"عن", "في", "على"})
#: Words a reaction may have between its verb and the act it names (its subject, في بيان,
#: بأشد العبارات، اليوم): beyond them the verb governs something else.
REACTION_WINDOW = 8
#: Words after the act's name within which a relative describes that act (its complement
#: and an adjective: الهجوم الانتحاري الذي، استهداف الخيمة التي).
RELATIVE_WINDOW = 3
#: Nouns (normalised, without a leading و) of continuing, escalating or stopping: an attack
#: noun right after one names a course of acts, not an event.
COURSE_NOUNS = frozenset(normalize_key(w) for w in (
    "استمرار", "لاستمرار", "باستمرار", "تواصل", "تصاعد", "تكرار", "تكرر", "وقف", "لوقف",
    "بوقف", "إنهاء", "لإنهاء", "بإنهاء"))
#: Possessive suffixes of a plural act noun (اعتداءاتهم، اعتداءاتها): a known actor's acts.
_POSSESSED = re.compile(r"ات(?:ه|ها|هم|هما)$")
#: Another act told after the definite noun, set against it (ويأتي القصف بعد أسبوع من مقتل
#: طفل برصاص قناص): the sentence's toll may be that act's, not the noun's.
OTHER_ACT = re.compile(r"(?<!\S)من\s+(?:هجوم|هجمات|قصف|غار[ةه]|مقتل|تفجير|اعتداء|اغتيال)(?!\S)")


def _word_after(e: Event) -> str:
    rest = words_after(e)
    return rest[0] if rest else ""


def _retold_phrase(e: Event) -> bool:
    """Whether ``e``'s trigger names a known act: a definite noun (الهجوم، بالتفجير), a verbal
    noun in construct with a definite noun (استهداف الخيمة، هدم المنزل، إطلاق النار) or a
    possessed plural (اعتداءاتهم)."""
    words = e.trigger.text.split()
    if not words:
        return False
    if len(words) == 1 and (is_definite(words[0]) or _POSSESSED.search(words[0])):
        return True
    nxt = words[1] if len(words) > 1 else _word_after(e)
    return is_definite(nxt.strip("،,.«»\""))


def _described(e: Event) -> bool:
    """Whether a relative clause describes ``e``'s act within a few words after it (حمّل …
    مسؤولية الهجوم الانتحاري الذي استهدف مركز شرطة): a telling with details of its own, not
    a bare mention of an act told before."""
    sent = e.evidence[0]
    rest = sent.text[max(0, e.trigger.end - sent.start):].split()[:RELATIVE_WINDOW]
    for w in rest:
        if w in RELATIVE_PRONOUNS:
            return True
        if w.endswith(("،", ",", ".")):
            return False
    return False


def _relative_act(e: Event) -> bool:
    """Whether ``e``'s trigger is a verb opening a relative clause (العمل الإجرامي الذي
    استهدف بيتا من بيوت الله): the act the condemned noun before it names."""
    before = words_before(e)
    return bool(before) and before[-1] in RELATIVE_PRONOUNS


def reaction_object(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT whose trigger is a known act named as the object of a
    reaction verb of its sentence (وأدانت الوزارة استهداف الخيمة), with no relative clause
    of its own."""
    if e.type != "ASSAULT":
        return False
    if not (_retold_phrase(e) and not _described(e)) and not _relative_act(e):
        return False
    before = words_before(e)[-1 - REACTION_WINDOW:]
    if any(w.endswith((".", "!", "؟", "?", ":")) for w in before[:-1]):
        before = before[max(i for i, w in enumerate(before[:-1])
                            if w.endswith((".", "!", "؟", "?", ":"))) + 1:]
    keys = after_sequence_break([strip_conj(normalize_key(w.strip("،,«»"))) for w in before])
    if any(k in REACTION_VERBS for k in keys):  # fix45: not across قبل أن
        return True
    return bool(keys) and any(k in DENIAL_VERBS for k in keys) and (
        keys[-1] in OBJECT_PREPOSITIONS or normalize_key(e.trigger.text).startswith("بال"))


def condemned_host(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the attack ``e``, the object of a reaction, retells, or
    None: the latest earlier ASSAULT of another sentence with the same future and hypothetical
    flags (a negated reaction, لم تعلق على الضربة، does not negate the act), of ``e``'s means
    when one was told by it, else the latest."""
    if not reaction_object(e):
        return None
    sent = e.evidence[0]
    if _relative_act(e) and any(m.type == "ASSAULT" and sent.start <= m.trigger.start < sent.end
                                for m in merged):
        return None  # الهجوم الانتحاري الذي استهدف …: the noun of this sentence is its act
    told = [k for k in range(len(merged) - 1, -1, -1)
            if merged[k].type == "ASSAULT" and sent not in merged[k].evidence
            and merged[k].flags[1:] == e.flags[1:]
            and (merged[k].negated == e.negated or e.negated)]
    if not told:
        return None
    if e.mode is not None:
        same = [k for k in told if merged[k].mode == e.mode]
        if same:
            return same[0]
    return told[0]


def course_of_acts(e: Event) -> bool:
    """Whether ``e`` is an attack noun governed by a noun of continuing or stopping
    (استمرار الاعتداءات، لوقف اعتداءاتها): a course of acts, no event. The noun must be
    definite or possessed: an indefinite one (لإنهاء اشتباكات اندلعت بعد …) may be a told act."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or len(words) != 1 or not (
            is_definite(words[0]) or _POSSESSED.search(words[0])):
        return False
    before = words_before(e)
    return bool(before) and strip_conj(normalize_key(before[-1])) in COURSE_NOUNS


def sole_attack_retold(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the one attack the text told before, when ``e`` is a
    one-word definite attack noun (الغارة، الهجوم) the general merge left alone because its
    sentence reads another toll (ليرتفع عدد ضحايا الغارة إلى عشرة، عثر على جثتي شخصين آخرين
    كانا مفقودين منذ الهجوم): with a single attack told before, the article points to it.
    With two or more, which one it retells is not sure, and the noun stays."""
    words = e.trigger.text.split()
    if e.type != "ASSAULT" or len(words) != 1 or not is_definite(words[0]) or _described(e):
        return None
    sent = e.evidence[0]
    told = [k for k, m in enumerate(merged) if m.type == "ASSAULT" and m.flags == e.flags]
    if len(told) != 1 or sent in merged[told[0]].evidence:
        return None
    host = merged[told[0]]
    if host.mode is not None and e.mode is not None and host.mode != e.mode:
        return None
    if OTHER_ACT.search(sent.text[max(0, e.trigger.end - sent.start):]):
        return None  # ويأتي الهجوم بعد أسبوعين من هجوم مماثل: the toll may be the other act's
    # only a toll of its own kept the noun apart: without one, the general merge's other
    # checks (a date, a means) told it apart for a reason (وكانت المسيرات قد استهدفت …)
    return told[0] if _tolls_differ(host, e) else None


def _tolls_differ(a: Event, b: Event) -> bool:
    return any(x is not None and y is not None and (x.min, x.max) != (y.min, y.max)
               for x, y in ((a.killed, b.killed), (a.injured, b.injured)))


def no_attack(e: Event) -> bool:
    """Whether ``e`` is an attack word that reports no attack: a course of attacks, a work's
    content, market prose or an announced attack (:mod:`rasd.events.senses.work_content`)."""
    return course_of_acts(e) or told_in_a_work(e) or market_figure(e) or announced_attack(e) \
        or attack_campaign(e) or no_course_attack(e)  # assault18; fix44 (course_nouns)


def fold_condemned(merged: list[Event], e: Event) -> bool:
    """Fold ``e`` into the attack it names as a reaction's object (:func:`condemned_host`),
    in place; whether it was folded. The host keeps its own participants, date and toll."""
    return _fold_at(merged, e, condemned_host(merged, e))


def fold_sole_attack(merged: list[Event], e: Event) -> bool:
    """Fold ``e`` into the one attack told before (:func:`sole_attack_retold`), in place;
    whether it was folded."""
    return _fold_at(merged, e, sole_attack_retold(merged, e))


def _fold_at(merged: list[Event], e: Event, k: int | None) -> bool:
    if k is not None:
        merged[k] = merged[k].with_evidence(e.evidence)
    return k is not None
