"""Task accuse23: reactions of other speakers told in other sentences stay apart.

A page often tells several parties' reactions to one act, sentence after sentence: the
association's head calls the suspension «a punishment», then «the European Union expressed
its concern» (ev-2030); three Gulf states condemn a bombing, then Bahrain's ministry says
Manama «follows with concern» the attacks (ev-2090); a minister says the trials will reach
everyone, then that his ministry will refer more files to the courts (ev-2059). The merge
joins two events of one type whose participants do not contradict, and an unread speaker (a
characterisation frame or a live-blog entry whose subject the actor finder missed) contradicts
no one, so the second party's own statement was swallowed by the first. An accusation,
condemnation or concern told with its own verb and its own named speaker in a later sentence
is a statement of its own (the gold codes each party's reaction: README, "concern expressed",
"regret at another party's decision"); a definite back-reference (الإدانة، الاتهامات) and a
statement whose speaker is unread both still join the act told before, and a page's summary of
reactions (توالت الإدانات) joins the reactions it goes on to name.
"""

from __future__ import annotations

from rasd.events.syntax.clauses import is_definite
from rasd.model import Event

#: The reaction types whose later tellings by a named speaker are that speaker's own act.
REACTION_TYPES = frozenset({"ACCUSE"})
#: What ends a sentence between the two tellings (the page's paragraphs are lines).
SENTENCE_ENDS = (".", "\n", "؟", "!")
#: The fewest words of a statement frame (a verb with its speaker, its object or its manner).
STATEMENT_WORDS = 2


def other_speakers(a: Event, b: Event, text: str) -> bool:
    """Whether ``b``, told after ``a`` in a later sentence, is another party's reaction:
    both of a reaction type, ``b`` names its speaker while ``a``'s is unread, and ``b`` is no
    definite back-reference to ``a``."""
    if not text or a.type not in REACTION_TYPES or b.type != a.type:
        return False
    if a.actor is not None or b.actor is None or is_definite(b.trigger.text) \
            or is_definite(a.trigger.text):
        # توالت الإدانات … ثم وأدانت المنظمة: the summary of reactions names each one after
        # it, and joins them (ev-733)
        return False
    if len(b.trigger.text.split()) < STATEMENT_WORDS:
        # a bare noun or verb (انتقادات، وتتهمه) is as often a review's or a family's word as
        # a party's statement: only a statement frame read with its speaker or its manner
        # (عبر الاتحاد الأوروبي عن «قلقه»، تتابع بقلق) stands apart
        return False
    lo, hi = a.trigger.end, b.trigger.start
    if hi <= lo:
        return False
    between = text[lo:hi]
    return any(end in between for end in SENTENCE_ENDS)
