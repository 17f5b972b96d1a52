"""Task fix52: a cordon told as the means of a ban or an arrest is that act's telling.

``منعت السلطات المحلية بالرباط … ندوة كانت الجمعية … تعتزم تنظيمها …، بعدما طوقت عناصر من
القوات العمومية مدخل المقر ومنعت المدعوين من الدخول`` (ev-2012), ``… اعتقلت … بعد أن طوقت
دورياتها السكن ومنعت خروج قاطنيه`` (ev-1924): the cordon told in a clause of ``بعدما``/``بعد
أن`` after the COERCE of its sentence is how the ban or the arrest was done, and the gold
codes it as that COERCE's evidence (the README's round 52: "a cordon that is the means of a
ban … evidence of the COERCE/ban, as a cordon for an arrest is the arrest's"). The trigger
rows ``طوق محيط الميدان`` read a cordon as a deployment (MOBILIZE), which it is when told
as an act of its own (وطوقت عناصر من مديرية أمن طرابلس محيط الساحة, ev-1587).
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import fold_guests
from rasd.model import Event

#: The cordon verb's forms (طوقت، وطوقت، يطوق، تطويق) at the start of the trigger.
CORDON = re.compile(r"^(?:و|ف)?(?:طوق|يطوق|تطوق|تطويق)")
#: "After" opening the cordon's clause, right before its verb (بعدما، بعد أن، وبعدما).
AFTER = re.compile(r"(?:بعدما|بعد\s+أن|بعد\s+ان)\s*$")
#: Characters before the cordon trigger in which the opener must stand.
AFTER_REACH = 12


def _means_of(cordon: Event, act: Event, text: str) -> bool:
    """Whether ``cordon`` is told after ``act`` in its sentence as the means of it."""
    return (act.type == "COERCE" and act.flags == cordon.flags
            and act.evidence[0] == cordon.evidence[0]
            and act.trigger.start < cordon.trigger.start
            and AFTER.search(text[max(0, cordon.trigger.start - AFTER_REACH):
                                  cordon.trigger.start]) is not None)


def fold_cordons(events: list[Event], text: str) -> list[Event]:
    """``events`` with a cordon told as the means of its sentence's COERCE folded into it."""
    return fold_guests(
        events, lambda e: e.type == "MOBILIZE" and CORDON.match(e.trigger.text) is not None,
        lambda e, o: _means_of(e, o, text))
