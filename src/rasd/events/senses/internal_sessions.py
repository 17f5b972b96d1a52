"""Meetings that are one side's own business, and arrivals that are no visit (consult21).

PLOVER's CONSULT is a meeting between parties. Two common ways news Arabic names a meeting
or an arrival that is not one, read from the blind bank's spurious CONSULT candidates (rounds
up to ev-1700) and the gold README's conventions (a cabinet meeting, a movement's own
leadership council and a consultative council's own session are no event; a minister's
meeting with his staff is no consultation):

* **A body's own session named by whose it is** (:func:`own_body_session`): the meeting noun
  followed by the body that sits, as a genitive with لـ, maybe after an adjective of the
  session's kind (خلال اجتماع لهيئة الأركان؛ في ختام اجتماع استثنائي لهيئته الإدارية؛ ترأس
  الملك اجتماعا لمجلس الأمن الوطني), or an extraordinary session held by a party's or a
  union's own organ (وعقد المكتب السياسي للحزب اجتماعا طارئا). The bodies are one state's or
  one organisation's own (a cabinet, a national security council, a general staff, a party's
  bureau, a union's executive, a company's board, one's officials and commanders); an
  intergovernmental council (لمجلسها على مستوى المندوبين، لوزراء خارجية دول الجوار، مجلس
  الأمن الدولي) is not listed and keeps its CONSULT/multilateral. A phrase naming a second
  party (مع، بين، وفد، نظيره، سفير) keeps the meeting.
* **A meeting that is only another act's setting** (:func:`setting_meeting`): a framed meeting
  told in the passive with no party in its phrase (وتعهدت الشركة، في اجتماع عقد مساء أمس
  بمقر الهيئة، بصرف راتب شهرين) dates and places the act it frames; the gold README codes
  that meeting as no CONSULT ("no party named, only the pledge's setting"). A dual or paired
  subject (اتفقت الحكومتان، خلال اجتماع عقد في جربة) or «مع» before the frame names the
  parties, and the meeting stays.
* **A coming meeting as the time of a decision** (:func:`coming_meeting`): «في اجتماع …
  المقبل» (على أن يقر القرار رسميا في اجتماع المجلس الأوروبي المقبل) says when an act is due;
  the meeting is not reported as planned between parties. A meeting announced with its own
  verb (سيعقد الوزيران اجتماعا الأسبوع المقبل) has no frame word and stays a future CONSULT.
* **The released arriving home** (:func:`released_arrival`): an arrival verb in a sentence
  that tells a release, or whose subject is named as released (أفرجت السلطات عن ثلاثة
  صحفيين، وقد وصلوا إلى باريس؛ إن المواطنين المفرج عنهما وصلا إلى الدوحة) is the freed
  captives' homecoming, part of the release (RETREAT/release), no visit of theirs.
"""

from __future__ import annotations

from rasd.events.senses.assault_words import bare
from rasd.model import Event
from rasd.text.normalize import normalize_key, normalize_keys

#: Meeting nouns (normalised, و stripped) a body's own session is told by.
SESSION_NOUNS = normalize_keys("اجتماع", "اجتماعا", "الاجتماع", "جلسة", "جلسه", "اجتماعات")
#: Adjectives of a session's kind that may stand between the noun and its body (اجتماع
#: استثنائي لهيئته؛ اجتماعا طارئا للمكتب), at most :data:`ADJECTIVE_REACH` of them.
SESSION_ADJECTIVES = normalize_keys(
    "طارئ", "طارئا", "طارئة", "طارئه", "استثنائي", "استثنائيا", "استثنائية", "استثنائيه",
    "الأسبوعي", "الأسبوعية", "أسبوعي", "أسبوعيا", "دوري", "دوريا", "الدوري", "الدورية",
    "العادي", "عادي", "عاديا", "العادية", "موسع", "موسعا", "الموسع", "مغلق", "مغلقا",
    "المغلق", "رفيع", "المستوى", "أمني", "أمنيا", "الأمني", "عاجل", "عاجلا")
ADJECTIVE_REACH = 3
#: One side's own bodies, as the first word after لـ (bare: prefixes and article stripped),
#: each with the words that must follow it to make it an own body (an empty tuple: none).
#: «مجلس» alone may be an intergovernmental council (مجلس وزراء الداخلية العرب، مجلس الأمن
#: الدولي), so it needs its own complement; commanders, officials and directors are one
#: side's own staff (اجتماع لقادة الأجهزة الأمنية، لمسؤولي القضاء).
_OWN_BODY_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("هيئة", ("الأركان", "الإدارية", "التنفيذية")),
    ("هيئته", ()), ("هيئتها", ()),
    ("مجلس", ("الوزراء", "الأمن القومي", "الأمن الوطني", "الدفاع", "إدارة", "إدارته",
              "إدارتها", "الأمناء", "النقابة", "الحزب")),
    ("المكتب", ("السياسي", "التنفيذي")),
    ("اللجنة", ("المركزية", "التنفيذية")),
    ("الهيئة", ("الإدارية", "التنفيذية")),
    ("الأمانة", ("العامة",)),
    ("قادة", ()), ("قيادات", ()), ("مسؤولي", ()), ("كبار", ("المسؤولين", "الضباط",
                                                           "مسؤولي", "ضباط")),
    ("مديري", ()), ("ضباط", ()), ("أعضاء", ("الحكومة", "مجلس", "المكتب", "الهيئة",
                                            "الحزب", "النقابة")),
    ("الحكومة", ()), ("حكومة", ("تصريف",)),
)


def _own_bodies() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:data:`_OWN_BODY_ROWS` by bare head word; heads that share a bare form (هيئة، الهيئة)
    pool their complements, and a head needing none (الحكومة) needs none under that form."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for head, tails in _OWN_BODY_ROWS:
        key = bare(head)
        parsed = tuple(tuple(normalize_key(w) for w in t.split()) for t in tails)
        if key in out and (not out[key] or not parsed):
            out[key] = ()
        else:
            out[key] = out.get(key, ()) + parsed
    return out


OWN_BODIES = _own_bodies()
#: Organs of a party, a union or a company (normalised word pairs) that, named as the
#: subject before «عقد … اجتماعا طارئا», hold their own extraordinary session.
OWN_ORGANS = tuple(tuple(normalize_key(w) for w in t.split()) for t in (
    "المكتب السياسي", "المكتب التنفيذي", "الهيئة الإدارية", "اللجنة المركزية",
    "مجلس إدارة", "مجلس نقابة", "مجلس الهيئة", "الأمانة العامة",
    # a government or a parliament in an extraordinary sitting of its own (رفضت حكومة
    # الإقليم، في جلسة طارئة مساء الأربعاء، طلبا …)
    "الحكومة", "حكومة", "مجلس الوزراء", "البرلمان", "مجلس النواب", "مجلس الشعب",
    "الكنيست"))
#: Bare genitives after لـ that name a council or a gathering other than an own body
#: (لمجلسها على مستوى المندوبين، لمجلس الأمن الدولي، لوزراء خارجية دول الجوار): the
#: session is theirs, whoever the subject is.
OTHER_GENITIVES = frozenset(bare(w) for w in (
    "مجلس", "مجلسها", "مجلسه", "وزراء", "الجمعية", "الجامعة", "مندوبي", "رؤساء", "الدول",
    "الأمم", "زعماء", "سفراء", "ممثلي"))
#: Words that name a second party in the session's phrase: then it is a meeting between
#: parties (اجتماعا لهيئة الأركان مع وفد عسكري أمريكي).
PARTY_WORDS = normalize_keys("مع", "بين", "ضم", "جمع", "وفد", "وفدا", "نظيره", "نظيرته", "سفير",
                    "سفراء", "المبعوث", "مبعوث", "المشتركة", "المشترك", "مشتركة")
#: Arrival verbs (normalised, و stripped) of a CONSULT/visit trigger.
ARRIVAL_VERBS = normalize_keys("وصل", "وصلت", "وصلا", "وصلتا", "وصلوا", "وصلن", "يصل", "تصل",
                      "يصلون", "يصلان")
#: Words of a release done (normalised, و/ف stripped), read before the arrival verb, that
#: make the arrival the freed captives' homecoming. The verbal noun (الإفراج، للإفراج) is
#: left out: a delegation arriving to negotiate a release (وصل الوفد للتفاوض على الإفراج عن
#: الرهائن) makes a visit.
RELEASE_WORDS = normalize_keys(
    "أفرجت", "أفرج", "أفرجوا", "أفرجا", "المفرج", "سراح", "سراحه", "سراحها", "سراحهم", "سراحهما",
    "المحررين", "المحرران", "المحررون", "المحررة", "المحرر", "المحررتين", "المحررتان")


def _words(text: str) -> list[str]:
    return [normalize_key(w.strip("،,.«»\"()")) for w in text.split()]


#: Words right after an own body's head that make it several states' (اجتماع لقادة دول
#: الساحل، لمسؤولي البلدين، لقادة جيوش المنطقة): a multilateral meeting.
SEVERAL_STATES = normalize_keys(
    "دول", "الدول", "البلدان", "بلدان", "البلدين", "الدولتين", "الجانبين", "الطرفين", "جيوش",
    "الجيوش", "أركان")


def _own_body_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is لـ + one of :data:`OWN_BODIES` with its complement after."""
    if i >= len(words) or not words[i].startswith("ل"):
        return False
    tails = OWN_BODIES.get(bare(words[i]))
    if tails is None or (i + 1 < len(words) and words[i + 1] in SEVERAL_STATES):
        return False
    return not tails or any(tuple(words[i + 1:i + 1 + len(t)]) == t for t in tails)


def own_body_session(e: Event) -> bool:
    """Whether ``e`` is a CONSULT told by a session noun whose body is one side's own (the
    module's first reading)."""
    if e.type != "CONSULT":
        return False
    trig = _words(e.trigger.text)
    sent = e.evidence[0]
    phrase = _words(sent.text[max(0, e.trigger.end - sent.start):].split("،")[0])
    while len(trig) > 1 and trig[-1] in SESSION_ADJECTIVES:  # a two-word «جلسة طارئة»
        phrase.insert(0, trig.pop())
    if not trig or trig[-1].removeprefix("و") not in SESSION_NOUNS:
        return False
    if any(w in PARTY_WORDS or w.lstrip("وب") in PARTY_WORDS for w in phrase):
        return False
    i = 0
    while i < min(ADJECTIVE_REACH, len(phrase)) and phrase[i] in SESSION_ADJECTIVES:
        i += 1
    if _own_body_at(phrase, i):
        return True
    if i == 0 or (i < len(phrase) and phrase[i].startswith("ل")
                  and bare(phrase[i]) in OTHER_GENITIVES):
        return False  # an organ's own session needs its kind (اجتماعا طارئا), not a council
    before = _words(sent.text[:max(0, e.trigger.start - sent.start)])
    before = [w.removeprefix("و") for w in before] + trig[:-1]
    if "مع" in before:  # بحث الوزير مع السفير، في جلسة …: two parties
        return False
    return any(tuple(before[j:j + len(o)]) == o for o in OWN_ORGANS
               for j in range(len(before)))


def released_arrival(e: Event) -> bool:
    """Whether ``e`` is a CONSULT/visit told by an arrival verb in a sentence of a release
    (the module's second reading)."""
    if e.type != "CONSULT":
        return False
    trig = _words(e.trigger.text)
    if not trig or (trig[0] not in ARRIVAL_VERBS
                    and trig[0].removeprefix("و") not in ARRIVAL_VERBS):
        return False
    sent = e.evidence[0]
    words = _words(sent.text[:max(0, e.trigger.start - sent.start)])
    return any(w in RELEASE_WORDS or w.removeprefix("و") in RELEASE_WORDS for w in words)


#: Meeting nouns (normalised, و stripped) of :func:`setting_meeting` and :func:`coming_meeting`.
FRAMED_NOUNS = normalize_keys("اجتماع", "لقاء", "جلسة", "جلسه")
#: Words right before the noun that make it a frame (في اجتماع، خلال لقاء، عقب جلسة).
FRAME_WORDS = normalize_keys("في", "خلال", "ختام", "عقب", "إثر", "اثر")
#: Passive "was held" (عُقد، عُقدت، جرى) right after the noun or its adjectives.
HELD_PASSIVE = normalize_keys("عقد", "عقدت", "جرى", "جرت")
#: Paired subjects before the frame that name the meeting's two parties (normalised, و
#: stripped): اتفقت الحكومتان، بحث الجانبان.
PAIRED_SUBJECTS = normalize_keys(
    "الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين", "الحكومتان",
    "الحكومتين", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين",
    "الوفدان", "الوفدين", "مع")
#: Words that name attending parties in a setting's phrase (بحضور مسؤولين أمريكيين): then
#: the meeting is between those present.
ATTENDING_WORDS = PARTY_WORDS | normalize_keys("بحضور", "حضور", "بمشاركة", "مشاركة")
#: Adjectives of a coming meeting, read within :data:`COMING_REACH` words after the noun
#: (في اجتماع المجلس الأوروبي المقبل).
COMING_WORDS = normalize_keys("المقبل", "المقبلة", "القادم", "القادمة")
COMING_REACH = 4


def _framed(e: Event) -> tuple[list[str], list[str]] | None:
    """The words before and after (to the next comma) a framed one-word meeting CONSULT."""
    if e.type != "CONSULT" or " " in e.trigger.text.strip():
        return None
    if normalize_key(e.trigger.text).removeprefix("و") not in FRAMED_NOUNS:
        return None
    sent = e.evidence[0]
    before = _words(sent.text[:max(0, e.trigger.start - sent.start)])
    if not before or before[-1].removeprefix("و") not in FRAME_WORDS:
        return None
    after = _words(sent.text[max(0, e.trigger.end - sent.start):].split("،")[0])
    return before, after


def setting_meeting(e: Event) -> bool:
    """Whether ``e`` is a framed meeting told in the passive with no party named."""
    framed = _framed(e)
    if framed is None:
        return False
    before, after = framed
    i = 0
    while i < min(ADJECTIVE_REACH, len(after)) and after[i] in SESSION_ADJECTIVES:
        i += 1
    if i >= len(after) or after[i] not in HELD_PASSIVE:
        return False
    if any(w in ATTENDING_WORDS or w.lstrip("وب") in ATTENDING_WORDS for w in after):
        return False
    # a paired subject, or two parties joined by و before the frame (اتفقت حكومة الوحدة
    # الوطنية والحكومة التونسية، خلال اجتماع عقد في جربة): the meeting is theirs
    return not any(w.removeprefix("و") in PAIRED_SUBJECTS for w in before) \
        and not any(w.startswith("وال") for w in before[1:])


def coming_meeting(e: Event) -> bool:
    """Whether ``e`` is «في اجتماع … المقبل», a coming meeting as the time of a decision."""
    framed = _framed(e)
    return framed is not None and any(w in COMING_WORDS for w in framed[1][:COMING_REACH])


def drop_internal_sessions(events: list[Event]) -> list[Event]:
    """One sentence's events without a body's own session (:func:`own_body_session`), a
    meeting that is another act's setting (:func:`setting_meeting`), a coming meeting as a
    time (:func:`coming_meeting`) and the released arriving home (:func:`released_arrival`)."""
    return [e for e in events if not own_body_session(e) and not setting_meeting(e)
            and not coming_meeting(e) and not released_arrival(e)]
