"""fix53: aircraft told flying, not striking: no attack.

``فيما حلقت مسيرات على علو منخفض فوق مدينة بعلبك``، ``وسط تحليق مكثف لطائرات الاستطلاع``،
``مقاتلات تركية حلقت قرب جزر ليسبوس``: drones or jets over a town are a presence, no act of
violence; the dev gold codes none (ev-341, ev-490, round 53's ev-2033), and an attack by
such craft is told with a strike word of its own (شنت مسيرة غارة، استهدفت مسيرة سيارة), which
the strike rows read. The weapon rows read a drone noun as an attack when the clause holds
a strike word (a raid told beside the flight), so the flight's drones became an attack of
their own. An ASSAULT whose trigger is the aircraft noun itself, with a verb or verbal noun
of flying right before or after it, is dropped; a downing of a craft that was flying
(تسقط طائرة مسيرة ثانية كانت تحلق) has a downing word as its trigger and stays.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: Aircraft nouns a weapon row's trigger opens with (with و/ب/ل and the article).
AIRCRAFT = re.compile(r"^(?:و|ب|ل|وب|ول)?(?:ال)?(?:مسيرة|مسيرات|طائرة|طائرات|طائرتين|مقاتلة|"
                      r"مقاتلات|طيران|مروحية|مروحيات)$")
#: Verbs and verbal nouns of flying (حلقت، تحلق، يحلقون، تحليق، وحلقت، لتحليق).
FLYING = re.compile(r"^(?:و|ف|ل|وسط|ب)?(?:حلق|حلقت|حلقوا|تحلق|يحلق|يحلقون|تحليق|التحليق|"
                    r"بتحليق|حامت|تحوم|يحوم|جابت|تجوب)$")
#: Words before or after the aircraft noun where the flying word may stand (فيما «حلقت»
#: مسيرات; مسيرة «كانت تحلق»; «وسط تحليق مكثف» لطائرات).
REACH = 3


def _words(text: str) -> list[str]:
    return re.findall(r"[^\s،,.:«»()]+", text)


def overflight(e: Event, text: str) -> bool:
    """Whether ``e`` is an aircraft noun told flying (no strike of its own)."""
    if e.type != "ASSAULT":
        return False
    words = e.trigger.text.split()
    if not words or not AIRCRAFT.match(words[0]):
        return False
    before = _words(text[max(0, e.trigger.start - 40):e.trigger.start])[-REACH:]
    after = _words(text[e.trigger.end:e.trigger.end + 40])[:REACH]
    return any(FLYING.match(w) for w in before + after)


def without_overflights(events: list[Event], text: str) -> list[Event]:
    """``events`` without aircraft told flying (:func:`overflight`)."""
    return [e for e in events if not overflight(e, text)]


__all__ = ["overflight", "without_overflights"]
