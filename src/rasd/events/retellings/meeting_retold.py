"""A meeting told again in the words a wire uses for its parts: one CONSULT (task fix36b).

A state visit or a reception is one consultation however many sentences tell it, and the
gold README codes its parts as evidence of that one event (ev-1317, ev-1559, ev-1571, and
round 37's "talks with the prime minister during a state visit ... are evidence of the one
visit"). :func:`rasd.events.merge._one_meeting` joins two meeting words when they share a
named party; three tellings name none it can compare, and this module reads them:

* the pair alone as subject (وعقد الرئيسان جلسة محادثات على انفراد، وعقد الزعيمان اجتماعا
  ثنائيا مغلقا): the two parties of the meeting told before, no new party;
* views exchanged (جرى خلاله استعراض العلاقات … وتبادل وجهات النظر): what a call or a
  meeting of the sentence was about, even after و, which otherwise opens a second meeting;
* a meeting in a حيث clause of a visit (ومن المقرر أن يزور رئيس الوزراء اليوم مجلس الأمة،
  حيث يلتقي رئيس المجلس): what the visitor does there, under the visit's flags (the
  future cue before يزور does not reach past the comma).
"""

from __future__ import annotations

import re

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Nouns (normalised, nominative and oblique dual) naming the two parties of a meeting as a
#: pair: the two presidents, leaders, sides, ministers, countries, kings, delegations.
PAIR_WORDS = frozenset(normalize_key(w) for w in (
    "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "الجانبان", "الجانبين", "الطرفان",
    "الطرفين", "الوزيران", "الوزيرين", "البلدان", "البلدين", "القائدان", "القائدين",
    "الملكان", "الملكين", "الأميران", "الأميرين", "المسؤولان", "المسؤولين", "الوفدان",
    "الوفدين", "رئيسا_الوزراء".replace("_", " ")))
#: A word that names another party in the pair's sentence (عقد الجانبان اجتماعا مع وفد …،
#: بحضور ممثلي …): then the meeting is a new one, not the pair's retold.
NEW_PARTY = re.compile(r"(?:^|\s)(?:مع|بمشاركة|بحضور|وبحضور|ضم|جمعه|جمعهما)(?:\s|$)")
#: Normalised words of "views" in تبادل وجهات النظر / تبادل الآراء: the content of talks.
VIEWS_WORDS = ("وجهات النظر", "وجهتي النظر", "الاراء")
#: A definite reference to the meeting told before, in normalised spelling (خلال اللقاء،
#: خلال المقابلة، خلالها): a later sentence's views exchanged are that meeting's (fix41).
DURING_IT = re.compile(r"(?:^|\s)و?(?:(?:خلال|في) ال(?:لقاء|اجتماع|مقابله|مباحثات|محادثات|استقبال|"
                       r"زياره|جلسه)|خلاله|خلالها)(?:\s|$)")
#: The relative "where" (normalised) before a meeting verb told inside a visit.
WHERE = "حيث"
#: Plural count nouns of meetings (normalised, with or without the article): in a later
#: sentence they name a series of other sessions (نتائج اجتماعات اللجنة العسكرية المشتركة
#: التي عقدت في سرت), not the one meeting told before, whoever took part in both.
SERIES_NOUNS = frozenset(normalize_key(w) for w in (
    "اجتماعات", "لقاءات", "جولات", "جلسات"))


def meeting_series(a: Event, b: Event) -> bool:
    """Whether ``b`` is a plural meeting noun in a sentence after ``a``'s: other sessions."""
    if b.evidence[0] in a.evidence:
        return False
    key = normalize_key(b.trigger.text.split()[0]).removeprefix("و").removeprefix("ب")
    key = key.removeprefix("ال").removeprefix("ل")
    return key.startswith(tuple(SERIES_NOUNS))


def retold_meeting(a: Event, b: Event) -> bool:
    """Whether ``b``, a later CONSULT, is a telling of the meeting ``a`` (see the module
    docstring for the three wordings)."""
    if a.type != "CONSULT" or b.type != "CONSULT" or b.trigger.start <= a.trigger.start:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if b.evidence[0] in a.evidence:
        return (a.flags == b.flags and _views(b)) or _where_clause(a, b)
    # fix41: views exchanged in a later sentence that names the meeting told before (وجرى
    # خلال اللقاء بحث … وتبادل وجهات النظر): its content, not a second meeting
    return a.flags == b.flags and (_pair_alone(b) or (_views(b) and _during_it(b)))


def _pair_alone(e: Event) -> bool:
    """Whether ``e``'s only participant is a pair noun and its clause names no new party."""
    if e.actor is None or e.recipient is not None or e.date_basis == "sentence":
        return False  # a meeting dated in its own sentence may be another day's
    if normalize_key(e.actor.span.text).removeprefix("و") not in PAIR_WORDS:
        return False
    sent = e.evidence[0]
    clause = re.split(r"[،,.؛]", sent.text[max(0, e.trigger.start - sent.start):])[0]
    return NEW_PARTY.search(clause) is None


def _during_it(e: Event) -> bool:
    """Whether ``e``'s sentence refers to a meeting told before (خلال اللقاء، خلاله)."""
    return DURING_IT.search(normalize_key(e.evidence[0].text)) is not None


def _views(e: Event) -> bool:
    key = normalize_key(e.trigger.text)
    return any(w in key for w in VIEWS_WORDS)


def _where_clause(a: Event, b: Event) -> bool:
    """``b`` a meeting verb right after حيث in the sentence of ``a``, a visit."""
    if a.mode != "visit" or b.mode not in (None, "visit"):
        return False
    sent = b.evidence[0]
    before = sent.text[:max(0, b.trigger.start - sent.start)].split()
    return bool(before) and normalize_key(before[-1]).removeprefix("و") == WHERE
