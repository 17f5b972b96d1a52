"""Attack words that sum up a campaign instead of telling one attack (task assault18, blind
rounds 40–41; used by :func:`rasd.events.retellings.condemned_acts.no_attack`).

A wire story about one strike often closes with the war's background, and a statement
condemns a series of strikes as a whole::

    ومنذ سقوط حكم بشار الأسد في ديسمبر 2024، شنت إسرائيل مئات الغارات على مواقع عسكرية.
    وتواصل إسرائيل شن غارات على جنوب لبنان رغم سريان وقف إطلاق النار منذ نوفمبر 2024.
    دان المتحدث … الغارات الإسرائيلية المتواصلة على لبنان وسوريا.
    يدين «الهجمات الإرهابية» التي شهدتها المنطقة في الأشهر الأخيرة.
    سقطوا في المواجهات خلال الأشهر الماضية.

None of these is an act with a day, a place and a toll of its own: PLOVER and ACLED code the
strikes one by one, and the gold codes none of these summaries (as it codes no cumulative
toll, README "Casualty conventions": a war's, a campaign's or a year's toll is no event). A
plural attack noun (or a count of strikes) is a campaign when

* an adjective of continuation follows it and it has no toll of its own (``الغارات
  الإسرائيلية المتواصلة``; not ``سقط اليوم عشرات القتلى بالاشتباكات المستمرة``), or
* a verb of continuation governs it and its sentence names no day (``وتواصل إسرائيل شن
  غارات``; ``واصل الطيران قصف المدينة لليوم الثالث``, with its day, is that day's attack), or
* hundreds or thousands of strikes are counted over a period (``مئات الغارات`` … ``منذ``،
  ``أطلقت خلال الأسبوع أكثر من 1,800 مسيرة``), or
* a span of months or years follows it (``في الأشهر الأخيرة``، ``خلال السنوات الماضية``).

Protests are not concerned: a strike or a sit-in that goes on (``واصل المعلمون إضرابهم``) is
one protest event, dated by its start.
"""

from __future__ import annotations

import re

from rasd.events.syntax.clauses import strip_conj, strip_prefix
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Plural attack nouns (normalised, bare of article and conjunction): a campaign is told
#: with a plural; a singular (الغارة) names one act.
PLURAL_ATTACKS = frozenset(normalize_key(w) for w in (
    "غارات", "هجمات", "ضربات", "اعتداءات", "عمليات", "مواجهات", "اشتباكات", "معارك",
    "مسيرات", "صواريخ", "قذائف", "تفجيرات", "اغتيالات", "اقتحامات", "مجازر"))
#: Singular attack nouns (normalised) a figure of a hundred or more counts (أكثر من 1,800
#: مسيرة، 400 صاروخ): the tally of strikes over a period.
COUNTED_ATTACKS = frozenset(normalize_key(w) for w in (
    "غارة", "هجوم", "ضربة", "مسيرة", "صاروخ", "قذيفة", "طائرة"))
#: Adjectives of continuation after a definite attack noun (normalised): the series goes
#: on. An indefinite noun and adjective (اندلعت اشتباكات متواصلة لساعات) tell one act.
CONTINUING = frozenset(normalize_key(w) for w in ("المتواصلة", "المستمرة", "المتلاحقة"))
#: Verbs of continuation (normalised, without و/ف) governing the attack noun.
CONTINUE_VERBS = frozenset(normalize_key(w) for w in (
    "تواصل", "يواصل", "واصل", "واصلت", "تواصلت", "يواصلون", "تستمر", "يستمر", "استمرت",
    "استمر"))
#: Words (normalised) that give a sentence its own day: an act continued on that day is
#: that day's act, not the campaign's background.
DAY_WORDS = frozenset(normalize_key(w) for w in (
    "اليوم", "أمس", "لليوم", "الليلة", "فجر", "صباح", "مساء", "ليل", "ظهر", "السبت",
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
#: Counts of hundreds or thousands (normalised) before the attack noun.
MANY = frozenset(normalize_key(w) for w in ("مئات", "آلاف", "الآلاف", "المئات"))
#: Words of a counted span before a figure (أكثر من 1,800).
MORE_THAN = re.compile(r"(أكثر|اكثر|نحو|قرابة|حوالي) من$|^[\d,.]+$")
#: Words after منذ (normalised) that count back only hours: منذ ساعات الصباح is a day.
SINCE_SHORT = frozenset(normalize_key(w) for w in (
    "ساعات", "ساعة", "الصباح", "صباح", "فجر", "الفجر", "مساء", "ليل", "أمس", "يومين"))
#: خلال/طوال/في a week, month, year or more: the period over which strikes are counted.
PERIOD = re.compile(normalize_key(
    r"(?:^|\s)[وف]?(?:خلال|طوال|في) (?:الأسبوع|الأسابيع|الشهر|الأشهر|الشهور|العام|السنة|"
    r"السنوات|الأعوام|العقود|العقد)"))
#: A span of months or more right after the noun (في الأشهر الأخيرة، خلال السنوات الماضية).
LONG_SPAN = re.compile(normalize_key(
    r"(?:^|\s)[وف]?(?:في|خلال|طوال) (?:الأشهر|الشهور|السنوات|الأعوام|العقود) "
    r"(?:الأخيرة|الماضية)"))
#: Words after the attack noun searched for a continuation adjective (a nisba may stand
#: between: الغارات الإسرائيلية المتواصلة).
ADJECTIVE_WINDOW = 3
#: Words before the attack noun searched for a continuation verb (its subject and a verbal
#: noun may stand between: وتواصل إسرائيل شن غارات).
VERB_WINDOW = 4
#: Words after the plural attack noun searched for منذ (a nisba may stand between).
SINCE_WINDOW = 3
#: Words after the attack noun searched for a span of months (a relative clause may stand
#: between: الهجمات الإرهابية التي شهدتها المنطقة في الأشهر الأخيرة).
SPAN_WINDOW = 8


def _bare(word: str) -> str:
    return strip_prefix(strip_conj(normalize_key(word.strip("«»\"'(),،.؛:"))),
                        ("بال", "لل", "ال", "ب", "ل"), 4)


def attack_campaign(e: Event) -> bool:
    """Whether ``e`` is an attack noun that sums up a campaign, not one attack (module
    docstring)."""
    if e.type != "ASSAULT" or e.negated or not e.evidence:
        return False
    sent = e.evidence[0]
    if not sent.start <= e.trigger.start < sent.end:
        return False
    words = e.trigger.text.split()
    noun = next((w for w in reversed(words)
                 if _bare(w) in PLURAL_ATTACKS or _bare(w) in COUNTED_ATTACKS), None)
    if noun is None:
        return False
    before = sent.text[:max(0, e.trigger.start - sent.start)].split() + \
        words[:len(words) - 1 - words[::-1].index(noun)]
    if _counted_over_period(before, sent.text):
        return True
    if _bare(noun) not in PLURAL_ATTACKS:
        return False
    after = sent.text[max(0, e.trigger.end - sent.start):].split()
    keys_after = [normalize_key(w.strip("«»\"'(),،.؛:")) for w in after]
    if any(k in CONTINUING for k in keys_after[:ADJECTIVE_WINDOW]) \
            and e.killed is None and e.injured is None:
        # with a toll of its own (سقط اليوم عشرات القتلى بالاشتباكات المستمرة), the series
        # is told by the fighting of the day: an event
        return True
    if any(strip_conj(normalize_key(w)) in CONTINUE_VERBS for w in before[-VERB_WINDOW:]) \
            and not any(_bare(w) in DAY_WORDS or normalize_key(w.strip("،,")) in DAY_WORDS
                        for w in sent.text.split()):
        return True
    if _since_after(keys_after[:SINCE_WINDOW]):
        return True
    return bool(LONG_SPAN.search(" ".join(keys_after[:SPAN_WINDOW])))


def _since_after(keys: list[str]) -> bool:
    """Whether منذ follows the plural noun (its nisba between) and counts back more than
    hours (ارتفع عدد الشهداء جراء الغارات الإسرائيلية منذ سريان وقف إطلاق النار)."""
    for i, k in enumerate(keys):
        if strip_conj(k) == "منذ":
            return i + 1 < len(keys) and keys[i + 1] not in SINCE_SHORT
    return False


def _counted_over_period(before: list[str], sentence: str) -> bool:
    """Whether hundreds or thousands of strikes are counted (مئات الغارات، أكثر من 1,800
    مسيرة) in a sentence that names the period they span (منذ …، خلال الأسبوع)."""
    if not before:
        return False
    last = normalize_key(before[-1])
    counted = strip_conj(last) in MANY or (
        re.fullmatch(r"[\d,.]+", last) is not None and _figure(last) >= 100)
    if not counted:
        return False
    key = normalize_key(sentence)
    since = [m.end() for m in re.finditer(r"(?:^|\s)[وف]?منذ\s", key)]
    if any(key[i:].split()[:1] and key[i:].split()[0] not in SINCE_SHORT for i in since):
        return True
    return bool(PERIOD.search(key))


def _figure(digits: str) -> float:
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return 0.0
