"""Two harms done to a person are two acts, whatever else the two tellings share (task fix55,
blind round 55).

The general merge (:mod:`rasd.events.merge`) lets a later telling of an attack name its
means otherwise (قصف then غارة), so two ASSAULTs of the same story fold when their parties
and places agree. That reading fits means, not what was done to a person: an execution and
the torture that extracted the confession it rested on (نفذت السلطات حكم الإعدام بحق رجل …
قالت المنظمة إن الرجل انتزعت منه اعترافات تحت التعذيب), or an abduction and the killing of
the abducted, are acts of their own, coded apart by the gold (ev-2097's ASSAULT/torture
beside the ASSAULT/execute; ev-240's accused act). :func:`distinct_harms` says when two
tellings' modes name such different acts.
"""

from __future__ import annotations

from typing import Final

from rasd.model import Event

#: Modes that name what was done to a person, not the means of an attack.
HARM_MODES: Final = frozenset({"abduct", "torture", "execute", "sexual", "beat"})
#: Of those, the ones that are never another name for a different harm: an execution is no
#: torture, an abduction no execution; a beating told again as torture (or as an assault of
#: a sexual kind) may be the one act, and is left to the general merge.
ANCHOR_MODES: Final = frozenset({"execute", "abduct"})


def distinct_harms(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` are ASSAULTs of two different harm modes, one of them an
    execution or an abduction (الإعدام … تحت التعذيب): two acts."""
    if a.type != "ASSAULT" or b.type != "ASSAULT" or a.mode == b.mode:
        return False
    modes = {a.mode, b.mode}
    return modes <= HARM_MODES and bool(modes & ANCHOR_MODES)
