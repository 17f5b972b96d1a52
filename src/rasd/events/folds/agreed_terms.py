"""Terms of an agreement told after its noun with ``على`` (fix38, round 38).

``وتوصل شيوخ العشائر … إلى اتفاق مع الطرفين على وقف مؤقت لإطلاق النار لمدة 72 ساعة``: the
ceasefire is what the agreement says, its content, not a RETREAT of its own (the README's
round-18 elders' truce, ``["AGREE", "CONCEDE"]``/ceasefire, one event). Round 29's fold
(:func:`rasd.events.folds.manner_folds.fold_agreed_ceasefire`) took the purpose ``اتفاق لوقف`` only;
:func:`agreed_on` tells the same content opened by ``على`` after the agreement's parties.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key

#: Most characters between the agreement's trigger and the ceasefire it is on (مع الطرفين
#: على): a party phrase and the preposition, no more.
ON_GAP = 40
#: The preposition that opens what is agreed on (normalised: على is علي).
_ON = normalize_key("على")
#: Punctuation that ends the agreement's clause before its term.
_STOPS = frozenset("،,.؛;:")


def agreed_on(text: str, host_end: int, start: int) -> bool:
    """Whether the trigger at ``start`` is what the agreement ending at ``host_end`` is on:
    the words between end with ``على``, within :data:`ON_GAP` characters and one clause."""
    gap = text[host_end:start]
    if not 0 < len(gap) <= ON_GAP or any(c in _STOPS for c in gap):
        return False
    words = gap.split()
    return bool(words) and normalize_key(words[-1]) == _ON
