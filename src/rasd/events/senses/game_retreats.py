"""Withdrawals and surrenders of a game, a race or a figure of speech: no RETREAT (consult21).

PLOVER's RETREAT is a party giving ground in a dispute: forces pulling out, arms laid down,
captives freed, a post left. News Arabic uses the same words for play and for a mood, and the
page-level sports test (two sports words, :mod:`rasd.events.extractor`) misses them on a
political or mixed page, in a culture column or an opinion piece. Read from the blind bank's
spurious RETREAT candidates (rounds up to ev-1700: a chess player's surrender in move 41, a
rally driver who "will not give up until the finish line", «نرفض الاستسلام لهذا الطوفان»):

* **A withdrawal from a competition** (:func:`competition_withdrawal`): the withdrawal's
  «من» names a tournament, a race, a match, a training camp or the Games (أعلن نجم التنس
  انسحابه من بطولة ويمبلدون؛ انسحابه من معسكر المنتخب). A withdrawal from an election race
  (من سباق الانتخابات) is a candidate's act and is read by its own rows, not here.
* **A surrender in a game or a race** (:func:`played_surrender`): a surrender (استسلم،
  الاستسلام) in a sentence that names the game's moves or the race's finish (في النقلة
  الحادية والأربعين، حتى خط النهاية).
* **A surrender to a state of things** (:func:`figurative_surrender`): the surrender's
  object after لـ or أمام is a fact, a mood or a demonstrative, not a party (الاستسلام للأمر
  الواقع، لليأس، لهذا الطوفان، أمام الصعوبات).
"""

from __future__ import annotations

from rasd.events.senses.assault_words import bare
from rasd.model import Event
from rasd.text.normalize import normalize_key, normalize_keys

#: Bare nouns of a competition (prefixes and article stripped) after the withdrawal's «من».
COMPETITIONS = frozenset(bare(w) for w in (
    "بطولة", "البطولات", "منافسات", "المنافسات", "مباراة", "المباريات", "الأولمبياد",
    "الألعاب", "الدورة", "كأس", "معسكر", "الرالي", "الماراثون", "الطواف", "النزال",
    "الدوري", "السباق", "سباقات", "الجائزة", "المونديال", "التصفيات"))
#: Words that, right after a competition noun, make it no sport (سباق الانتخابات، سباق
#: التسلح، الدورة البرلمانية).
NOT_SPORT_AFTER = normalize_keys("الانتخابات", "الانتخابي", "الانتخابية", "الرئاسة", "الرئاسية",
                        "التسلح", "البرلمانية", "التشريعية", "الاستثنائية", "العادية")
#: Reach, in words after the trigger, within which the withdrawal's «من» is looked for.
FROM_REACH = 4
#: Words of a game's or a race's course (normalised) that make a surrender play. «الجولة»
#: (a round of talks) and «البطولة» (heroism) are left out.
GAME_WORDS = normalize_keys("النقلة", "نقلة", "الشطرنج", "رقعة", "خط", "اللفة", "الشوط",
                   "المباراة", "السباق", "الرالي", "الحلبة", "النزال")
#: «خط» is a game word only before «النهاية» (خط النهاية، not خط المواجهة).
LINE_WORD = normalize_key("خط")
FINISH = normalize_key("النهاية")
#: Surrender trigger words (bare).
SURRENDER_WORDS = frozenset(bare(w) for w in (
    "استسلام", "الاستسلام", "استسلم", "استسلمت", "استسلموا", "يستسلم", "تستسلم", "يستسلمون",
    "نستسلم", "أستسلم", "ونستسلم"))
#: Objects of a surrender (bare) that are a fact, a mood or a hardship, not a party.
STATES_OF_THINGS = frozenset(bare(w) for w in (
    "الأمر", "الواقع", "اليأس", "الإحباط", "القدر", "المرض", "الحزن", "الفقر", "الصعوبات",
    "الظروف", "الطوفان", "الخوف", "الكسل", "الإغراءات", "العادات"))
#: Demonstratives (normalised, after لـ is stripped) that point to a state of things in an
#: appeal (الاستسلام لهذا الطوفان، لهذه الثقافة).
DEMONSTRATIVES = normalize_keys("هذا", "هذه", "ذلك", "تلك")
#: Words before the object that introduce it (لـ is read on the object itself).
BEFORE_OBJECT = normalize_keys("أمام")


def _after(e: Event, reach: int) -> list[str]:
    sent = e.evidence[0]
    text = sent.text[max(0, e.trigger.end - sent.start):]
    return [w.strip("،,.«»\"()") for w in text.split()][:reach]


def competition_withdrawal(e: Event) -> bool:
    """Whether ``e`` is a RETREAT/withdraw whose «من» names a competition."""
    if e.type != "RETREAT" or e.mode != "withdraw":
        return False
    words = _after(e, FROM_REACH + 1)
    for i, w in enumerate(words[:FROM_REACH]):
        if normalize_key(w) == normalize_key("من") and i + 1 < len(words):
            nxt = words[i + 1]
            after = normalize_key(words[i + 2]) if i + 2 < len(words) else ""
            return bare(nxt) in COMPETITIONS and after not in NOT_SPORT_AFTER
    return False


def _surrender(e: Event) -> bool:
    words = e.trigger.text.split()
    return e.type == "RETREAT" and bool(words) and bare(words[-1]) in SURRENDER_WORDS


def played_surrender(e: Event) -> bool:
    """Whether ``e`` is a surrender in a sentence naming a game's moves or a race's finish."""
    if not _surrender(e):
        return False
    words = [normalize_key(w.strip("،,.«»\"()")) for w in e.evidence[0].text.split()]
    for i, w in enumerate(words):
        if w == LINE_WORD:
            if i + 1 < len(words) and words[i + 1] == FINISH:
                return True
        elif w in GAME_WORDS or w.removeprefix("و") in GAME_WORDS:
            return True
    return False


def figurative_surrender(e: Event) -> bool:
    """Whether ``e`` is a surrender whose object is a state of things."""
    if not _surrender(e):
        return False
    words = _after(e, 2)
    if not words:
        return False
    before = normalize_key(words[0]) in BEFORE_OBJECT
    if before and len(words) < 2:
        return False
    obj = normalize_key(words[1] if before else words[0])
    if not before and not obj.startswith("ل"):
        return False
    if obj.removeprefix("ل") in DEMONSTRATIVES:
        return True
    return bare(obj) in STATES_OF_THINGS


def drop_game_retreats(events: list[Event]) -> list[Event]:
    """One sentence's events without a competition's withdrawal, a played surrender and a
    surrender to a state of things."""
    return [e for e in events if not competition_withdrawal(e) and not played_surrender(e)
            and not figurative_surrender(e)]
