"""fix49: one act told with two verbs joined by و in one sentence.

Local news tells a strike and the strikers' gathering, or reinforcements arriving and
spreading out, as two verbs of one subject: ``توقف نحو 450 عاملا … عن العمل، صباح أمس
الاثنين، وتجمعوا أمام سكنهم`` (one PROTEST/strike: the stoppage and the gathering at the
housing are one protest, the README's round-49 paragraph), ``وصلت تعزيزات من قوات الاحتياطي
المركزي إلى المنطقة وانتشرت حول القرية`` (one MOBILIZE). The rules read each verb as an act.
The second verb carries its subject as a suffix (وتجمعوا، وانتشرت) and names no new party
right after it (a preposition or a place follows): it continues the first act, of the same
type, in the same sentence, and folds into it. A second verb with a subject of its own
(وتجمع أهالي المعتقلين، وانتشرت قوات الجيش) is another party's act and stays.

A penalty told in parts is one sentence too: ``أدانت المحكمة … صانع محتوى بستة أشهر حبسا نافذا
وغرامة مالية``: the fine after the prison term of a conviction told in the same sentence is
that conviction's part, not a second SANCTION (:func:`_penalty_part`).

And a demand told by a participle after a stand in the same sentence, beyond a clause told
between them (ونظمت عائلات …، مساء أمس الخميس، وقفة في بلدة السنابس رفعت خلالها صور أبنائها،
مطالبة بالسماح لأطباء مستقلين بمعاينتهم): the participle's doer is the crowd that stood, its
demand the stand's aim, one PROTEST (the gold README's round-49 paragraph), as
:func:`rasd.events.sentence_folds.fold_demands` reads it inside the stand's clause
(:func:`_stand_aim`).
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import fold_into_kept
from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import Event

#: Types whose acts news tells so (a gathering after a strike, a deployment after an arrival).
JOINED_TYPES = frozenset({"PROTEST", "MOBILIZE"})
#: A past verb with a fused و whose subject is a suffix: masculine plural (وتجمعوا، واعتصموا,
#: وانتشروا) or feminine singular for a force or a crowd (وانتشرت، وتمركزت).
JOINED_VERB = re.compile(r"^و[^\s]{2,}(?:وا|ت)$")
#: What may follow such a verb when it names no new subject: a preposition, an adverb of
#: place or the end of the clause.
NO_SUBJECT = re.compile(
    r"^\s*(?:[،,.]|$|(?:أمام|حول|في|داخل|عند|قرب|على|إلى|الى|بمحيط|بساحة|بمقر|وسط|أمامه|"
    r"أمامها|فيها|فيه|لساعات|لساعتين|مطالبين|رافعين|مرددين|حاملين)(?:\s|$))")


#: A fine as the trigger of its own (وغرامة، بغرامة، والغرامة).
FINE = re.compile(r"^(?:و|ب|وب)?(?:ال)?غرام(?:ة|ات)$")


def _same_sentence(first: Event, second: Event, text: str) -> bool:
    return sentence_bounds(text, first.trigger.start, first.trigger.end) \
        == sentence_bounds(text, second.trigger.start, second.trigger.end)


def _penalty_part(first: Event, second: Event, text: str) -> bool:
    """Whether ``second`` is a fine told after the conviction ``first`` in its sentence."""
    return first.type == second.type == "SANCTION" and first.mode == second.mode == "convict" \
        and first.flags == second.flags and first.trigger.end <= second.trigger.start \
        and bool(FINE.match(second.trigger.text.strip())) and _same_sentence(first, second, text)


#: Participles of a demand or a condemnation voiced by a crowd (مطالبين، مطالبة، منددين).
AIM_PARTICIPLE = re.compile(r"^و?(?:مطالب(?:ين|ة|ا|ون)|مندد(?:ين|ة|ا)|رافض(?:ين|ة)|داعين)$")
#: Types of such a participle's act.
AIM_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


#: A speaker's verb between the stand and the participle: the participle is then that
#: speaker's (وانسحب المحامون …، وقال أحدهم …، مطالبا نقابة المحامين بالتحرك, ev-1347).
SPEAKER = re.compile(r"(?:^|\s)و?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|دان|دانت|أدان|"
                     r"أدانت|ندد|نددت|اعتبر|اعتبرت)(?:\s|$)")


#: An announcement or decision before the stand (أعلنت أحزاب المعارضة مقاطعتها جلسات الحوار،
#: مطالبة بالإفراج, ev-1033): an organisation's decision, whose demand is its own REQUEST.
ANNOUNCED = re.compile(r"(?:^|\s)و?(?:أعلن|أعلنت|أعلنوا|قرر|قررت|قرروا)(?:\s|$)")


def _stand_aim(first: Event, second: Event, text: str) -> bool:
    """Whether ``second`` is a participle's demand after the stand ``first`` in its sentence:
    the stand held (an announced strike or boycott, ev-1033 and ev-1208, is an organisation's
    decision, whose demand the gold codes as a REQUEST of its own) and no speaker between."""
    return first.type == "PROTEST" and second.type in AIM_TYPES and not any(first.flags) \
        and not second.negated and first.trigger.end <= second.trigger.start \
        and bool(AIM_PARTICIPLE.match(second.trigger.text.strip().split()[0])) \
        and _same_sentence(first, second, text) \
        and not SPEAKER.search(text[first.trigger.end:second.trigger.start]) \
        and not ANNOUNCED.search(text[sentence_bounds(text, first.trigger.start,
                                                      first.trigger.end)[0]:first.trigger.end])


def _joins(first: Event, second: Event, text: str) -> bool:
    if first.type != second.type or first.type not in JOINED_TYPES or first.flags != second.flags:
        return False
    if not first.trigger.end <= second.trigger.start:
        return False
    if not _same_sentence(first, second, text):
        return False
    word = second.trigger.text.strip()
    return bool(JOINED_VERB.match(word)) and " " not in word \
        and bool(NO_SUBJECT.match(text[second.trigger.end:second.trigger.end + 20]))


def fold_joined_verbs(events: list[Event], text: str) -> list[Event]:
    """``events`` with a second verb of the same act (وتجمعوا، وانتشرت), a fine after a
    conviction and a participle's demand after a stand folded into the act its sentence
    told first (its evidence added)."""
    def host_of(out: list[Event], e: Event) -> int | None:
        host = next((k for k in range(len(out) - 1, -1, -1)
                     if _joins(out[k], e, text) or _penalty_part(out[k], e, text)), None)
        if host is None and out and _stand_aim(out[-1], e, text):
            host = len(out) - 1  # the stand is the act told last before the participle
        return host

    return fold_into_kept(events, host_of)


__all__ = ["fold_joined_verbs"]
