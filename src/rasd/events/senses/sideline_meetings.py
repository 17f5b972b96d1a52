"""fix56: ``على هامش`` names the setting of the meeting its sentence tells, not a meeting.

``وعلى هامش القمة، عقد رئيس الوزراء الماليزي أنور إبراهيم لقاء مع نظيره التايلاندي``،
``على هامش الاجتماع، التقى سموه وزيرة خارجية كندا``، ``على هامش القمة، أجرى السيسي مباحثات
ثنائية مع أفورقي``: the gold codes the sideline meeting as a CONSULT of its own, with the
parties and the mode of its own verb (ev-1051, ev-1561, ev-1575, ev-1995, ev-2143), and the
summit as another. The trigger row ``على هامش`` (CONSULT/multilateral) reads the phrase alone as
a multilateral meeting: where the sentence tells a meeting by a word of its own after it, that
phrase is the setting, and its match goes (the meeting's own match then carries the parties,
the mode and the place; the summit named right after ``هامش`` is the setting too, told as
its own event where the story tells it). Alone
(``التقى الوزير على هامش القمة نظيره`` with no other meeting word, or ``على هامش`` with the
summit only) the row still reads the sideline meeting. Any act told after the phrase makes
it a setting, not only a meeting: ``وعلى هامش الاجتماعات، تظاهر مئات من أبناء الجالية`` is a
protest at the meetings, no meeting of its own (ev-1979).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from rasd.text.tokens import Token

if TYPE_CHECKING:  # the matcher imports this module
    from rasd.events.matcher import Match

#: The lemma of the trigger row that reads ``على هامش`` as a meeting.
SIDELINE_LEMMA: Final = "على هامش"
#: Tokens between the phrase and a meeting word that is its own (``على هامش القمة``: the
#: summit's noun right after ``هامش`` names the setting, not the sideline meeting).
OWN_WORD_GAP: Final = 2


def _opens_clause(m: Match, toks: list[Token]) -> bool:
    """Whether the match opens its sentence or clause (after a comma, or fused to و)."""
    return m.first == 0 or toks[m.first - 1].kind == "punct" \
        or toks[m.first - 1].norm in ("،", ",", ":", "-", "—", "–")


def without_sideline_frames(matches: list[Match], toks: list[Token]) -> list[Match]:
    """``matches`` of one sentence without an ``على هامش`` match that opens its clause and is
    followed by an act word of its own further on (``في اجتماعهم الذي عقد الاثنين على
    هامش الجمعية العامة`` tells the meeting before the phrase: the row is left alone)."""
    frames = [m for m in matches if m.trigger.lemma == SIDELINE_LEMMA and _opens_clause(m, toks)]
    if not frames:
        return matches
    drop: set[int] = set()
    for f in frames:
        if not any(not o.trigger.block and o.first > f.last + OWN_WORD_GAP
                   for o in matches):
            continue
        # the frame and the summit or session it names (على هامش القمة): the setting
        drop.add(id(f))
        drop.update(id(o) for o in matches
                    if o.trigger.type == "CONSULT" and f.last < o.first <= f.last + OWN_WORD_GAP)
    return [m for m in matches if id(m) not in drop]


__all__ = ["without_sideline_frames"]
