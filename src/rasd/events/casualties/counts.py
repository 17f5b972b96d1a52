"""Counts read from the object of an arrest or an execution.

The casualty stage finds tolls told with a casualty word (اعتقلت الشرطة 4 متظاهرين، مقتل
ثلاثة). An arrest or an execution often counts its people only as the verb's object, after a
time adverbial (أوقفت الشرطة، مساء الخميس، ثلاثة أشخاص; إعدام ثلاثة رجال رمياً بالرصاص):
that number, directly followed by a people noun of ``data/events/object_people.tsv``, is the
number arrested or executed when no count was attached to the event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Final

from rasd.datafiles import tsv_rows
from rasd.events.actors.object_person import attempted, named_after, one_person_count
from rasd.events.syntax.clauses import SENTENCE_OR_SEMICOLON_END
from rasd.model import Casualty, CasualtyKind, Event, Span
from rasd.text.normalize import normalize_key
from rasd.text.numbers import extract_numbers

#: How far after the trigger the object's number may lie: a verb, its subject and a time
#: adverbial (أوقفت عناصر الشرطة القضائية بمدينة طنجة، مساء الخميس، ثلاثة أشخاص) fit in 70
#: characters; farther numbers belong to another clause.
OBJECT_WINDOW_CHARS: Final = 70
#: (type, mode) → the count field the object fills.
_FIELDS: Final[dict[tuple[str, str | None], CasualtyKind]] = {
    ("COERCE", "arrest"): "arrested",
    ("ASSAULT", "execute"): "killed",
    ("ASSAULT", "assassinate"): "killed",
}
#: Endings of the plural nisba (normalised), a people noun whatever its stem.
NISBA_PLURALS: Final = ("يين", "يون")
_WORD = re.compile(r"\s*([^\W\d]+)")
_WORD_BEFORE = re.compile(r"([^\W\d]+)\s+$")
_TANWIN = str.maketrans("", "", "\u064b\u064c\u064d")
#: The partitive من after a count (أربعة من قيادات الإضراب), normalised.
_OF: Final = "من"
#: The partitive with a pronoun (واعتقلوا اثنين منهم): the people told before, counted.
_OF_THEM: Final = frozenset({"منهم", "منهن", "منهما"})
#: A group's make-up before its number (الخلية المكونة من خمسة، المؤلفة من، التي تضم),
#: normalised.
_COMPOSED = re.compile(r"(?<!\w)(?:ال)?(?:مكون|مكونه|مؤلف|مؤلفه|متكون|متكونه)\s+من(?!\w)"
                       r"|(?<!\w)(?:تضم|يضم)(?!\w)")
#: Dismantling a cell or a network (تفكيك الخلية، فككت الشبكة), normalised.
_DISMANTLED = re.compile(r"[وف]?(?:تفكيك|فكك|فككت|تفكك)(?!\w)")
#: "at least" after the counted noun (18 مواطنا على الأقل).
_AT_LEAST_AFTER = re.compile(r"\s+(?:على|علي|عل[ىي])\s+(?:الأقل|الاقل)(?!\w)")


@cache
def people_nouns() -> frozenset[str]:
    """The normalised people nouns of ``object_people.tsv``."""
    rows = tsv_rows("rasd.data.events", "object_people.tsv")
    return frozenset(_key(cols[0]) for _, cols in rows)


def _key(word: str) -> str:
    return normalize_key(word.translate(_TANWIN))


def _people(word: str, nouns: frozenset[str]) -> bool:
    # a plural nisba names people by nation or affiliation (فلسطينيين، سوريين، حوثيون)
    return word in nouns or word.endswith(NISBA_PLURALS)


#: An army bulletin's "eliminated" (قضت مفرزة للجيش على إرهابيين اثنين، تم القضاء على ثلاثة
#: إرهابيين): the militants it names are killed.
_ELIMINATED = re.compile(r"^[وف]?(?:قضى|قضت|قضوا|القضاء|يقضي|تقضي)(?!\w)")


def _field(e: Event) -> CasualtyKind | None:
    if e.type == "ASSAULT" and _ELIMINATED.match(e.trigger.text):
        return "killed"
    return _FIELDS.get((e.type, e.mode))


def object_count(text: str, e: Event) -> Casualty | None:
    """The count of the people ``e`` acts on, read after its trigger, or None."""
    kind = _field(e)
    if kind is None:
        return None
    # from the trigger's start: a phrase trigger may hold its object (ضبطت الأجهزة 35 وافدا)
    start = e.trigger.start
    window = text[start:start + OBJECT_WINDOW_CHARS]
    end = SENTENCE_OR_SEMICOLON_END.search(window)
    if end is not None:
        window = window[:end.start()]
    one = _ONE_PERSON.search(window) if kind == "killed" else None
    if one is not None:  # حكم الإعدام بحق الشاب عرفان رحماني (27 عاما): one person
        a, b = start + one.start(1), start + one.end(1)
        return Casualty(Span(a, b, text[a:b]), kind, 1, 1, False)
    nouns = people_nouns()
    for q in extract_numbers(window):
        if not q.is_count or q.min is None:
            return None  # the first number is a date, an amount or an ordinal
        if _DISMANTLED.match(normalize_key(e.trigger.text)) \
                and _COMPOSED.search(normalize_key(window[:q.span.start])):
            # تفكيك الخلية المكونة من خمسة عناصر: what the cell was made of, not how many
            # were taken (gold README: أفراد الخلية stay null); an arrest of the group itself
            # counts it (واعتقلت طاقمه المكون من ستة بحارة)
            return None
        word = _WORD.match(window, q.span.end)
        if word is not None and _key(word.group(1)) == _OF:
            # a partitive: four of the strike's leaders (على أربعة من قيادات الإضراب)
            word = _WORD.match(window, word.end(1))
        elif word is not None and _key(word.group(1)) in _OF_THEM:
            pass  # two of them (واعتقلوا اثنين منهم): the count is of the people told before
        elif word is None or not _people(_key(word.group(1)), nouns):
            before = _WORD_BEFORE.search(window, 0, q.span.start)
            if before is not None and q.min == 2 and _people(_key(before.group(1)), nouns):
                # the numeral two after its noun (صحفيين اثنين يعملان لقناة محلية)
                a, b = start + before.start(1), start + q.span.end
                return Casualty(Span(a, b, text[a:b]), kind, 2, 2, False)
            return None  # the first number counts something else
        if word is None:
            return None
        lo = int(q.min)
        hi = int(q.max) if q.max is not None else None
        approx = q.approx
        if _AT_LEAST_AFTER.match(text, start + word.end(1)):  # past the window's edge
            hi, approx = None, True  # 18 مواطنا على الأقل: an open count
        a, b = start + q.span.start, start + word.end(1)
        return Casualty(Span(a, b, text[a:b]), kind, lo, hi, approx)
    return None


#: How far before a plural pronoun object or verb the count of the people it stands for
#: may lie (أفرج عن ثلاثة بحارة بحرينيين كانت السلطات الإيرانية قد احتجزتهم).
ANTECEDENT_WINDOW_CHARS: Final = 70
#: Ends of a word whose object or subject is a plural of people told before it.
_PLURAL_ENDS: Final = ("هم", "هن", "وا")


def antecedent_count(text: str, e: Event) -> Casualty | None:
    """The count of the people an arrest's plural pronoun or plural passive stands for,
    told just before it in its sentence (أفرجت السلطات عن خمسة من قياديي الحركة كانوا قد
    اعتقلوا في مارس; أفرج عن ثلاثة بحارة كانت السلطات قد احتجزتهم), or None."""
    end = e.trigger.end
    while end < len(text) and text[end].isalpha():
        end += 1
    if not text[e.trigger.start:end].endswith(_PLURAL_ENDS):
        return None
    lo = max(0, e.trigger.start - ANTECEDENT_WINDOW_CHARS)
    for m in SENTENCE_OR_SEMICOLON_END.finditer(text, lo, e.trigger.start):
        lo = m.end()
    window = text[lo:e.trigger.start]
    counts = [q for q in extract_numbers(window) if q.is_count]
    if not counts or counts[-1].min is None:
        return None
    q = counts[-1]
    low = int(counts[-1].min)
    word = _WORD.match(window, q.span.end)
    if word is not None and _key(word.group(1)) == _OF:
        word = _WORD.match(window, word.end(1))  # خمسة من قياديي الحركة
    elif word is None or not _people(_key(word.group(1)), people_nouns()):
        return None
    if word is None:
        return None
    a, b = lo + q.span.start, lo + word.end(1)
    hi = int(q.max) if q.max is not None else None
    return Casualty(Span(a, b, text[a:b]), "arrested", low, hi, q.approx)


#: One person an execution is carried out on (بحق الشاب، في حق المعارض): a singular
#: people noun after بحق, the execution's object, with no number told.
_ONE_PERSON = re.compile(
    r"^[^.،,]{0,40}?(?:بحق|في حق)\s+((?:ال)?(?:شاب|شابة|مواطن|مواطنة|سجين|سجينة|مدان|"
    r"مدانة|معارض|معارضة|ناشط|ناشطة|صحفي|صحفية|رجل|امرأة|متهم|متهمة|محكوم|محكومة)"
    r"(?![\w]))")


def fill_object_counts(text: str, events: list[Event],
                       names: Sequence[Span] = ()) -> list[Event]:
    """``events`` with the arrest, execution and assassination counts read from their
    objects, where the casualty stage attached none (and the act is not negated, future or
    hypothetical). ``names`` are the page's PERSON name mentions: one named person arrested
    or executed counts one (:mod:`rasd.events.actors.object_person`)."""
    out: list[Event] = []
    for e in events:
        kind = _field(e)
        if kind is None or e.negated or e.future or e.hypothetical \
                or (e.mode == "assassinate" and attempted(text, e.trigger)):
            out.append(e)
            continue
        told = getattr(e, kind)
        cas = None
        if told is None:
            cas = object_count(text, e) or one_person_count(text, e.trigger, kind, names) \
                or (antecedent_count(text, e) if kind == "arrested" else None)
            if cas is None and e.mode == "assassinate" \
                    and named_after(text, e.trigger, names) < 2:
                # an assassination kills its one target (gold README, ev-318)
                cas = Casualty(e.trigger, kind, 1, 1, False)
        elif e.mode == "execute":
            # the people executed (الإعدام بحق شابين), told before a count of their crime
            # (أدانتهما محكمة بقتل عنصر): the object's count wins
            own = one_person_count(text, e.trigger, kind, names)
            if own is not None and own.span.end <= told.span.start and \
                    (own.min, own.max) != (told.min, told.max):
                cas = own
        if cas is None:
            out.append(e)
        elif kind == "arrested":
            out.append(replace(e, arrested=cas))
        else:
            out.append(replace(e, killed=cas))
    return out

