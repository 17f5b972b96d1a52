"""A protest's clashes told by their means (conv18, session 2026-12-05 (18)).

Two readings the gold README settles under "Protest clashes and background detentions":

- **Stones thrown at the police during a protest** (``أصيب سبعة من أعوان الأمن جراء الرشق
  بالحجارة``، ``إن عناصرها تعرضوا للرشق بالحجارة``) are the crowd's riot, PROTEST/riot, not an
  ASSAULT/primitive: the ontology's riot is a protest whose participants "attack people or
  property, clash with police", and primitive is violence against civilians. The same stones
  thrown by settlers at a village, or by a crowd that is no protest (a mass crossing of a
  border fence), stay ASSAULT/primitive: the rule wants a protest told on the page.
- **An attempt to storm a building** (``حاولوا اقتحام مقر الحزب``، ``محاولة بعضهم اقتحام
  المبنى``) is a clash with the guards, PROTEST/riot; only a building actually stormed is
  PROTEST/vandalize (the README's "Storming by protesters").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.folds.remands import trigger_in_sentence
from rasd.model import Event

#: Stones or a stoning named at the trigger: what makes an ASSAULT/primitive a thrown-stone
#: clash (a knife or a club stays an attack on a person).
_STONES = re.compile(r"رشق|بالحجار|الحجار|حجار")
#: Words that tell a protest on the page (a crowd protesting, a sit-in, a riot), for a
#: stone-throwing told without its crowd (جراء الرشق بالحجارة).
_PROTEST_WORDS = re.compile(r"احتجاج|محتج|متظاهر|تظاهر|مظاهرة|مظاهرات|اعتصام|معتصم|مسيرة|"
                            r"شغب|المضربين|مضربون")
#: Settlers' or colonists' raids: stones thrown at villagers are an attack, whatever
#: protest the page tells elsewhere.
_SETTLERS = re.compile(r"مستوطن|مستعمر")
#: Characters read before a stoning trigger for the settlers, and before a storming trigger
#: for the attempt: the clause's subject comes within a few words.
REACH = 60
#: An attempt named before the storming verb (حاولوا اقتحام، محاولة بعضهم اقتحام، حاولت
#: مجموعة من الملثمين اقتحام): up to three words between, the group that tried.
_ATTEMPT = re.compile(r"(?:^|\s)[وف]?(?:حاول|حاولت|حاولوا|حاولا|يحاول|يحاولون|تحاول|محاولة|"
                      r"محاولات|لمحاولة|بمحاولة|ومحاولة)\S*\s+(?:\S+\s+){0,3}$")
#: Storming verbs and nouns whose attempt is the clash (not the bare entry of a visit).
_STORMING = re.compile(r"^[وف]?(?:اقتحام|اقتحم|يقتحم|اجتياز)")


def _paragraph(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def stones_riot(e: Event, events: list[Event], text: str) -> bool:
    """Whether ``e``, an ASSAULT/primitive named by stones, is a protest's riot: a protest
    event on the page (not a called, future one) or protest words in its paragraph, and no
    settlers before it in its sentence."""
    if e.type != "ASSAULT" or e.mode != "primitive":
        return False
    found = trigger_in_sentence(e)
    if found is None:
        return False
    sent, at = found
    if _STONES.search(sent[at:at + len(e.trigger.text) + 20]) is None:
        return False
    if _SETTLERS.search(sent[max(0, at - REACH):at + len(e.trigger.text)]) is not None:
        return False
    if any(o.type == "PROTEST" and not o.future for o in events):
        return True
    return _PROTEST_WORDS.search(_paragraph(text, e.trigger.start)) is not None


def attempted_storming(e: Event) -> bool:
    """Whether ``e``, a protesters' storming (PROTEST/vandalize), was only attempted."""
    if e.type != "PROTEST" or e.mode != "vandalize" or not _STORMING.match(e.trigger.text):
        return False
    found = trigger_in_sentence(e)
    if found is None:
        return False
    sent, at = found
    return _ATTEMPT.search(sent[max(0, at - REACH):at]) is not None


def protest_clashes(events: list[Event], text: str) -> list[Event]:
    """``events`` with a protest's stones and attempted stormings read as its riot."""
    out: list[Event] = []
    for e in events:
        if stones_riot(e, events, text) or attempted_storming(e):
            e = replace(e, type="PROTEST", mode="riot")
        out.append(e)
    return out


#: A detention named with how long it lasted (بعد احتجاز دام ثلاث سنوات): its time is its
#: duration, and the sentence's day or month is the main act's (the release), not its own.
_LASTED = re.compile(r"(?:احتجاز|اعتقال|سجن|توقيف|أسر|اختطاف)\S*\s+(?:دام|استمر|امتد)")


def lasted_undated(events: list[Event]) -> list[Event]:
    """``events`` with a lasting detention's borrowed date taken off (README "Background
    acts": undated unless its own words give a time)."""
    return [replace(e, date=None, date_basis="none", date_precision="day")
            if e.type == "COERCE" and e.date is not None
            and _LASTED.search(e.trigger.text) is not None else e for e in events]
