"""fix57: a call to protest with a comma insert between the call and what it asks for.

News Arabic sets the channel or the time of a call between commas after the caller: ``ودعا
الأمين العام للحزب، في بيان، المناضلين إلى «يوم مدينة ميتة»``، ``ودعت النقابة، أمس الأحد،
أعضاءها إلى الإضراب``. The insert is part of the call's clause (as
:func:`rasd.events.syntax.clauses.after_insert` reads it for a verb's object), so the protest
after it is still the call's content: a future PROTEST of the caller (the gold convention
"Calls to protest"), not a REQUEST. :mod:`rasd.events.senses.calls` refused every comma on
the way, so a call told with its channel lost its protest (round 57's ``يوم مدينة ميتة``).
Any other punctuation, or a comma that opens no short insert (``دعا إلى الحوار، فيما خرج
المحتجون …``), still parts the call from the act.
"""

from __future__ import annotations

from rasd.events.matcher import HARD_PUNCT
from rasd.events.syntax.clauses import COMMAS, after_insert
from rasd.text.tokens import Token


def parted(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether punctuation in ``toks[lo:hi]`` parts a call from the act after it: a hard
    punctuation mark that is not a comma opening or closing a short insert (a channel or a
    time between commas) lying wholly inside the span."""
    k = lo
    while k < hi:
        t = toks[k]
        if t.norm in COMMAS:
            nxt = after_insert(toks, k)
            if lo < nxt <= hi and nxt != k:  # ، في بيان، … : the insert and both its commas
                k = nxt
                continue
            return True
        if t.norm in HARD_PUNCT:
            return True
        k += 1
    return False


__all__ = ["parted"]
