"""A truce or a meeting named by another mention, not told as an act of its own (retreat20).

Two readings of news Arabic that the trigger rows cannot express, because the word that
decides stands outside the trigger's own span and is itself a trigger:

* A ceasefire named as what talks are about, what is breached, watched or backed
  (تناولا خلاله مستجدات مفاوضات وقف إطلاق النار؛ اتهم الهند بخرق تفاهم وقف إطلاق النار؛ أعرب
  عن تقدير موقف بكين الداعم لوقف إطلاق النار). The truce is a known one referred to; the gold
  codes no RETREAT/ceasefire for it (the talks are their own CONSULT, the breach its own
  ACCUSE). A block row would cancel the talks' own trigger, so the word before is read here.
* A release, a withdrawal or an easing named as the condition of a refusal or a promise not
  to act (لن يستأنف أنشطته في مناطق سيطرة الجماعة قبل إطلاق سراحهم؛ رفضت السماح للمفتشين
  بدخول المنشأة قبل رفع العقوبات): the act is awaited, not reported. A refused act told with
  its own verb keeps its event (لن تسلم سلاحها قبل …, a negated future RETREAT/disarm).
* A president's meeting with his own head of government (وكان رئيس الجمهورية قد عقد أمس
  اجتماعا مع رئيس الحكومة نواف سلام؛ قال الرئيس قيس سعيد، خلال لقائه رئيسة الحكومة …): an
  internal meeting, no CONSULT (the gold README's round-30 convention, ev-1352). The head of
  government is one's own when a name, not a nisba, follows the title (رئيسة الحكومة سارة
  …, against رئيس الوزراء الإثيوبي), and the president is named the same way.
* The sidelines of a two-party meeting that the next word names (وقع الصندوق الاتفاقية، وذلك
  على هامش استقبال الوزير لنظيره): the reception or the talks are the CONSULT; «على هامش» only
  places the signing beside it and is no second meeting. The sidelines of a summit stay: they
  tell a bilateral meeting of their own.
"""

from __future__ import annotations

from rasd.events.senses.assault_words import bare
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised nouns which, right before a ceasefire, make it the thing talked about,
#: breached, watched or backed. Compared after و/ف، ب، ل and ال are stripped.
REFERRING_NOUNS = frozenset(normalize_key(w) for w in (
    "مفاوضات", "محادثات", "مباحثات", "مشاورات", "تثبيت", "خرق", "خروقات", "انتهاك",
    "انتهاكات", "دعم", "داعم", "مراقبة", "مستجدات", "مسار", "ملف"))
#: Words of a ceasefire trigger (وقف إطلاق النار، وقف القتال، الهدنة، التهدئة).
TRUCE_WORDS = frozenset(normalize_key(w) for w in ("وقف", "هدنة", "تهدئة"))
#: The sidelines phrase's words (على هامش، في هامش).
SIDELINE_WORDS = frozenset(normalize_key(w) for w in ("هامش",))
#: Meeting nouns of two parties (a reception, a meeting, talks, a call) after «على هامش»: the
#: sidelines are that meeting's. A summit, a conference or a ministers' meeting (على هامش
#: القمة، على هامش الاجتماع) hosts a bilateral meeting of its own, told by «على هامش» (وعلى
#: هامش القمة، عقد الرئيس لقاء ثنائيا مع …), and is not listed.
TWO_PARTY_MEETINGS = frozenset(normalize_key(w) for w in (
    "استقبال", "استقباله", "استقبالها", "لقاء", "لقائه", "لقائها", "مباحثات", "محادثات",
    "اتصال"))
#: Words right before a RETREAT noun that make it a term to be met (قبل إطلاق سراحهم، إلى
#: حين رفع الحصار، لحين انسحاب …).
UNTIL_WORDS = frozenset(normalize_key(w) for w in ("قبل", "حين", "لحين"))
#: Words before it in the sentence that make the clause a refusal or a promise not to act: a
#: future negation or a refusal verb (normalised, و stripped).
REFUSAL_WORDS = frozenset(normalize_key(w) for w in (
    "لن", "رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "ترفضان", "يرفضون", "رافضا", "رافضة"))
#: A president's plain titles (normalised words), read before the trigger within
#: :data:`PRESIDENT_REACH` words.
PRESIDENTS = tuple(tuple(normalize_key(w) for w in t.split()) for t in (
    "رئيس الجمهورية", "الرئيس"))
PRESIDENT_REACH = 12
#: A head of government's titles, read within :data:`HEAD_REACH` words after the trigger
#: (مع رئيس الحكومة، لقائه رئيسة الحكومة).
HEADS_OF_GOVERNMENT = tuple(tuple(normalize_key(w) for w in t.split()) for t in (
    "رئيس الحكومة", "رئيسة الحكومة", "رئيس الوزراء", "رئيسة الوزراء"))
HEAD_REACH = 2
#: Characters allowed between «على هامش» and the next CONSULT's trigger: one space.
NEXT_GAP = 1


def _word_before(e: Event) -> frozenset[str]:
    """The word before ``e``'s trigger, as written (و stripped) and without its article or
    preposition: a noun may begin with the letters of ال (التزام)."""
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)].split()
    if not before:
        return frozenset()
    word = normalize_key(before[-1].strip("،,.«»\"()"))
    return frozenset((word, word.removeprefix("و"), bare(before[-1])))


def named_truce(e: Event) -> bool:
    """Whether ``e`` is a RETREAT ceasefire named after a noun of talks, breach or support."""
    if e.type != "RETREAT" or e.mode != "ceasefire":
        return False
    words = e.trigger.text.split()
    return bool(words) and bare(words[0]) in TRUCE_WORDS \
        and not REFERRING_NOUNS.isdisjoint(_word_before(e))


def awaited_act(e: Event) -> bool:
    """Whether ``e`` is a RETREAT noun after «قبل/لحين» in a clause of refusal or «لن»."""
    if e.type != "RETREAT" or UNTIL_WORDS.isdisjoint(_word_before(e)):
        return False
    sent = e.evidence[0]
    before = [normalize_key(w.strip("،,.«»\"()")).removeprefix("و")
              for w in sent.text[:max(0, e.trigger.start - sent.start)].split()]
    return any(w in REFUSAL_WORDS for w in before[:-1])


def _plain_title_at(words: list[str], i: int, title: tuple[str, ...]) -> bool:
    """Whether ``words[i:]`` starts with ``title`` followed by a name: a word that is no
    nisba (…ي، …يه) and has no article."""
    n = len(title)
    if tuple(words[i:i + n]) != title or i + n >= len(words):
        return False
    nxt = words[i + n]
    return not (nxt.startswith("ال") or nxt.endswith(("ي", "يه")))


def own_government_meeting(e: Event) -> bool:
    """Whether ``e`` is a CONSULT of a president, named by a plain title before it, with
    his own head of government named right after its trigger."""
    if e.type != "CONSULT":
        return False
    sent = e.evidence[0]
    cut = max(0, e.trigger.start - sent.start)
    before = [normalize_key(w.strip("،,.«»\"()")) for w in sent.text[:cut].split()]
    after = [normalize_key(w.strip("،,.«»\"()")) for w in
             sent.text[max(0, e.trigger.end - sent.start):].split()][:HEAD_REACH + 2]
    president = any(_plain_title_at(before, i, t) for t in PRESIDENTS
                    for i in range(max(0, len(before) - PRESIDENT_REACH), len(before)))
    return president and any(_plain_title_at(after, i, t) for t in HEADS_OF_GOVERNMENT
                             for i in range(HEAD_REACH))


def sideline_of_next(e: Event, events: list[Event]) -> bool:
    """Whether ``e`` is a «على هامش» CONSULT right before another CONSULT's trigger."""
    if e.type != "CONSULT":
        return False
    words = [normalize_key(w) for w in e.trigger.text.split()]
    if not words or words[-1] not in SIDELINE_WORDS:
        return False
    return any(o is not e and o.type == "CONSULT" and o.trigger.text.split()
               and bare(o.trigger.text.split()[0]) in TWO_PARTY_MEETINGS
               and 0 <= o.trigger.start - e.trigger.end <= NEXT_GAP for o in events)


def drop_named_meetings(events: list[Event]) -> list[Event]:
    """One sentence's events without a ceasefire named by talks, a breach or a backing
    (:func:`named_truce`), an act awaited as a condition (:func:`awaited_act`), a president's
    meeting with his own head of government (:func:`own_government_meeting`) and the
    sidelines of a meeting told next
    (:func:`sideline_of_next`)."""
    return [e for e in events if not named_truce(e) and not awaited_act(e)
            and not own_government_meeting(e) and not sideline_of_next(e, events)]
