"""Entries of a live-coverage page (task assault18; used by :mod:`rasd.events.merge`).

A live page (``تغطية مباشرة``) is a list of timestamped entries, each one report::

    09:15 - وزارة الدفاع الروسية: «الدفاعات الجوية اعترضت ودمرت 48 طائرة مسيرة أوكرانية».
    10:05 - حاكم منطقة سامارا: اندلاع حريق في مصفاة سيزران إثر هجوم بالطائرات المسيرة.

An act named by an indefinite noun or a verb in a later entry is a new act, as an act after a
fronted frame of place is (:func:`rasd.events.merge.fronted_frame`): the drones downed over
six regions and the drone strike on a refinery are two events (gold ev-1691). A later entry
that names the act as known (``ارتفاع عدد شهداء الغارة على مخيم المغازي``) still retells it.
"""

from __future__ import annotations

import re

from rasd.events.senses.entry_references import refers_back  # fix57
from rasd.events.syntax.clauses import is_definite
from rasd.model import Event, Span

#: A live entry's opening: a time of day and a dash (09:15 -، 10:05 —).
ENTRY_OPENING = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:\([^)]*\)\s*)?[-–—]")


def new_entry(a: Event, b: Event) -> bool:
    """Whether ``b`` is told by an indefinite word in a live entry after the entries that
    tell ``a``: another act, not a retelling of ``a``."""
    sent = b.evidence[0]
    if not ENTRY_OPENING.match(sent.text) or is_definite(b.trigger.text) \
            or refers_back(sent.text):  # fix57: مقتل أربعة … في القصف: the shelling's toll
        return False
    return all(_entry_of(s) is not None and s.end <= sent.start for s in a.evidence)


def _entry_of(s: Span) -> str | None:
    m = ENTRY_OPENING.match(s.text)
    return m.group(0) if m else None
