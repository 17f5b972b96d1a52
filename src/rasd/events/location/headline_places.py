"""A headline's place label and the body's own place (round 16).

Wire and web headlines often open with the region as a label and a colon (``دير الزور: مقتل
سبعة عناصر …``) while the body names the town (``عند مدخل مدينة الميادين بريف دير الزور``).
The label is the region the body's town lies in, not a second scene: when the body's
paragraph names the label's place again, the two tellings may be one act, and the body's
place, the finer one, is the act's.

A headline also locates its act by the nearest known city (``مقتل اثنين … بقصف تركي غرب
الموصل`` over a body's ``طريق قرية خانصور شمال قضاء سنجار``; ``هجوم انتحاري على قاعدة شمال
مقديشو`` over ``بلدة بلعد شمال مقديشو``) and names its means loosely (``قصف`` for a drone's
strike): when the headline and the body's first telling of that kind give the same exact
death toll, they are one act (tolls round 5), whatever their places or means.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: How far after the label's place name its colon may stand (spaces, a closing bracket).
LABEL_COLON_REACH = 3


def headline_label(e: Event, text: str) -> bool:
    """Whether ``e`` is told in the text's first line and its place is that line's label
    (the place name followed by a colon)."""
    if e.place is None or e.place.span is None or e.place.basis != "sentence":
        return False
    first_break = text.find("\n")
    if first_break < 0 or e.trigger.start >= first_break or e.place.span.end > first_break:
        return False
    after = text[e.place.span.end:e.place.span.end + LABEL_COLON_REACH]
    return ":" in after and e.place.span.end < e.trigger.start


def _paragraph(text: str, pos: int) -> str:
    """The line (a paragraph of the page) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def label_names_body_region(head: Event, body: Event, text: str) -> bool:
    """Whether ``head``'s place is a headline label its ``body`` telling's paragraph names
    again (بريف دير الزور الشرقي) while that telling has a place of its own, in the same
    country: the label is the body place's region, no contradiction."""
    if not text or not headline_label(head, text) or body.place is None:
        return False
    if head.place is None or head.place.span is None or body.place.basis != "sentence":
        return False
    if head.place.country != body.place.country or body.trigger.start <= head.trigger.start:
        return False
    name = normalize_key(head.place.span.text)
    return bool(name) and name in normalize_key(_paragraph(text, body.trigger.start))


def headline_same_toll(head: Event, body: Event, text: str) -> bool:
    """Whether ``head``, told in the text's first line, and ``body``, told after it in the
    same country, are one act by their death tolls: the same exact count (not zero)."""
    first_break = text.find("\n") if text else -1
    if first_break < 0 or head.trigger.start >= first_break \
            or body.trigger.start <= first_break:
        return False
    if head.type != body.type or head.flags != body.flags:
        return False
    if None not in (head.country, body.country) and head.country != body.country \
            and head.place is not None and head.place.basis == "sentence":
        # a headline placed by no place of its own takes its country from a nisba (مسيرة
        # تركية في سيدكان): only a place the headline names can tell another country
        return False
    a, b = head.killed, body.killed
    # the body's figure may be left open by another source's higher claim (مقتل ستة جنود …
    # وزعمت الحركة أنها قتلت أكثر من 20: at least six), still the headline's six
    return a is not None and b is not None and a.min is not None and a.min > 0 \
        and a.max == a.min and b.min == a.min and b.max in (a.max, None)
