"""Task fix54: a meeting's final statement tells acts done at the meeting.

``عقد المجلس الوزاري لمجلس التعاون، أمس الجمعة، اجتماعا استثنائيا في الكويت …`` then ``وأدان
المجلس في بيانه الختامي استهداف ناقلة النفط …، داعيا المجتمع الدولي إلى …`` and ``وأكد المجلس
دعمه الكامل لمجلس القيادة الرئاسي``: the condemnation, the call and the support state no day of
their own, but the final statement (``في بيانه الختامي``، ``في البيان الختامي``، ``البيان الصادر
في ختام``) is the meeting's closing word, so they take the meeting's day (the dev gold dates
them so: ev-010, ev-326, ev-902, ev-2086; round 54's README: "a GCC final statement's
condemnation, call, support and welcome dated by the meeting (as an act ``خلال الجلسة``)").
The sentences after the statement's own that go on with the same body as subject (``وأكد
المجلس``) are the statement's too, until a sentence names another day or another subject.
The anchor is the latest earlier meeting (CONSULT) told with a day of its own, as the other
occasion readers of :mod:`rasd.events.dates.occasion_anchor` find theirs; the place of the
meeting is the acts' place when the meeting has one (the statement was issued there).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from rasd.events.dates.occasion_anchor import dated_like, of_type, told_anchor, undated_fact
from rasd.events.syntax.clauses import sentence_bounds
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: The final statement or the close of a meeting, told as where the act was said.
FINAL_STATEMENT: Final = re.compile(
    r"(?:في|فى)\s+(?:بيانه|بيانها|بيانهم|بيانهما|البيان)\s+الختامي"
    r"|(?:البيان|بيانه|بيانها)\s+الصادر\s+في\s+ختام")
#: How many sentences after the statement's own may go on with its body as subject: a
#: statement's paragraphs are few, and a later sentence is more likely another matter.
FOLLOWING_SENTENCES: Final = 2
_IS_MEETING = of_type("CONSULT")
#: The acts a statement makes by being issued: a condemnation, a call, a support, a refusal,
#: a warning. What it condemns or welcomes was done elsewhere and before (the tanker struck
#: last week), and an agreement it announces may have been reached earlier (ev-2023 leaves
#: ``أعلن الجانبان في البيان الختامي اتفاقهما`` undated); a signing "at the close of the
#: meeting" is told with its own words (ev-1671), which the pattern leaves out.
STATEMENT_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})


def _body(e: Event) -> str | None:
    """The normalised words of ``e``'s actor (the body that speaks), or None."""
    return normalize_key(e.actor.span.text) if e.actor is not None else None


def final_statement_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with the undated acts a meeting's final statement tells (in the sentence
    that names the statement, or in the next :data:`FOLLOWING_SENTENCES` sentences with the
    same body as actor) dated like the latest earlier meeting told with a day of its own, and
    placed where it was when it has a place."""
    out = list(events)
    said: dict[str, int] = {}  # a body's normalised words → the end of its statement sentence
    for k, e in sorted(enumerate(events), key=lambda ke: ke[1].trigger.start):
        start, end = sentence_bounds(text, e.trigger.start, e.trigger.start)
        body = _body(e)
        in_statement = FINAL_STATEMENT.search(text, start, end) is not None
        if not in_statement and not (body is not None and body in said
                                     and _sentences_between(text, said[body], start)
                                     < FOLLOWING_SENTENCES):
            continue
        if in_statement and body is not None:
            said[body] = end
        if not undated_fact(e) or e.type not in STATEMENT_TYPES:
            continue
        meeting = told_anchor(events, start, _IS_MEETING)
        if meeting is None:
            continue
        dated = dated_like(e, meeting, "sentence")
        if meeting.place is not None:
            dated = replace(dated, place=meeting.place, country=meeting.country)
        out[k] = dated
    return out


def _sentences_between(text: str, a: int, b: int) -> int:
    """How many sentence ends stand between offsets ``a`` and ``b`` after the first."""
    return max(0, len(re.findall(r"[.!?؟\n]", text[a:b])) - 1)


__all__ = ["FINAL_STATEMENT", "final_statement_dates"]
