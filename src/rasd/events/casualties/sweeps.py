"""More people caught or sentenced in the same operation or ruling (fix39, round 39).

``ضبطت هيئة الرقابة الإدارية … رئيس حي الهرم …، كما ضبطت مهندسين اثنين بالحي ووسيطا``
and ``قضت محكمة الوزراء بحبس وزير سابق …، كما قضت بحبس وكيل مساعد سابق``: the same verb
repeated after ``كما`` in one sentence, with no new subject, extends the arrest or the
sentence just told to more people. The gold codes one event with both tellings as evidence
(ev-670's ruling on three defendants, round 39's sweep and ruling). A second strike told so
(``كما قصفت مستودعات``) stays an act of its own
(:func:`rasd.events.retellings.merge_links.coordinated`):
only arrests and convictions, which an operation or a ruling deals out to several people at
once, are folded.
"""

from __future__ import annotations

from rasd.events.retellings.merge_links import ALSO_WORDS
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: (type, mode) of the acts one operation or one ruling extends to several people.
SWEEP_ACTS = frozenset({("COERCE", "arrest"), ("SANCTION", "convict")})


def _first_word(text: str) -> str:
    words = text.split()
    return normalize_key(words[0]).removeprefix("و") if words else ""


def _after_also(e: Event) -> bool:
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)].split()
    return bool(before) and normalize_key(before[-1]) in ALSO_WORDS


def same_sweep(a: Event, b: Event) -> bool:
    """Whether ``b`` repeats ``a``'s verb after ``كما`` in ``a``'s sentence, for an arrest or a
    conviction with the same flags: the same operation or ruling told of more people."""
    if (a.type, a.mode) not in SWEEP_ACTS or (b.type, b.mode) != (a.type, a.mode):
        return False
    if a.flags != b.flags or b.evidence[0] not in a.evidence or a.trigger.start > b.trigger.start:
        return False
    return _after_also(b) and _first_word(a.trigger.text) == _first_word(b.trigger.text)
