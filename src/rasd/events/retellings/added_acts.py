"""fix51: an act told with "also" is a further act, never a retelling of one told before.

``وأضاف فيدان أن بلاده قررت كذلك إغلاق مجالها الجوي`` after ``أعلن … إغلاق الموانئ``: the
word of addition (كذلك، أيضا) next to the trigger says the sentence adds an act of the same
kind; two such acts of one party at one place are still two (the merge would otherwise join
a second closure, a second arrest or a second call to the first). The attack tellings have
their own reading of it (:mod:`rasd.events.retellings.retold_attacks`); this one is for every type.
"""

from __future__ import annotations

import re
from typing import Final

from rasd.model import Event

#: كذلك / أيضا as a word of its own.
ALSO: Final = re.compile(r"(?<!\w)(?:أيضا|أيضاً|ايضا|ايضاً|كذلك)(?!\w)")
#: How far before the trigger (characters) the word may stand: the verb or the subject
#: between (قررت كذلك إغلاق، اعتقلت القوات أيضا).
BEFORE_CHARS: Final = 24
#: How far after the trigger's start it may stand (أعلنت أيضا، دعت كذلك).
AFTER_CHARS: Final = 12


def said_also(e: Event, text: str) -> bool:
    """Whether ``e``'s trigger has كذلك / أيضا beside it, in its own clause."""
    t = e.trigger
    before = text[max(0, t.start - BEFORE_CHARS):t.start]
    # the word belongs to the trigger's clause: no comma or full stop after it
    before = re.split(r"[،,.؛:]", before)[-1]
    after = re.split(r"[،,.؛:]", text[t.end:t.end + AFTER_CHARS])[0]
    return bool(ALSO.search(before) or ALSO.search(after))


def added_act(a: Event, b: Event, text: str) -> bool:
    """Whether ``a`` and ``b``, told in different sentences, are two acts because one of
    them is told with "also"."""
    if not text or b.evidence[0] in a.evidence or a.evidence[0] in b.evidence:
        return False
    return said_also(a, text) or said_also(b, text)


__all__ = ["added_act", "said_also"]
