"""Which event a casualty count of a wire story belongs to: a capture takes no dead, and a
later toll updates an earlier open count (used by :mod:`rasd.events.merge`)."""

from __future__ import annotations

from rasd.model import Casualty, Event

#: ASSAULT modes that take people rather than harm them: a sentence's dead and wounded go to
#: the fighting told with them (معارك … أسفرت عن مقتل العشرات … وأسر 18), not to the capture.
CAPTURE_MODES = frozenset({"abduct"})


def takes_toll(e: Event, kind: str, events: list[Event]) -> bool:
    """Whether ``e`` may take a count of ``kind``: a capture takes no dead or wounded while
    another ASSAULT of its sentence could."""
    if kind not in ("killed", "injured") or e.mode not in CAPTURE_MODES:
        return True
    return not any(o.type == "ASSAULT" and o.mode not in CAPTURE_MODES for o in events)


#: How many times an earlier open count (على الأقل 23) a later toll of a sentence with no
#: event of its own may be and still be that event's update (ارتفعت الحصيلة إلى 31); a
#: larger figure is a cumulative toll of the war or the campaign (منذ بدء الحرب).
UPDATE_FACTOR = 3


def updates(old: Casualty, new: Casualty) -> bool:
    """Whether ``new``, told after ``old`` in a sentence reporting no act, is the update of
    an open or approximate count (لقي 23 على الأقل حتفهم … ثم ارتفعت الحصيلة إلى 31): a
    higher figure within :data:`UPDATE_FACTOR` times the first."""
    if not (old.approx or old.max is None) or old.min is None or new.min is None:
        return False
    return old.min < new.min <= UPDATE_FACTOR * old.min
