"""Task fix47: an act a party failed to do (``فشل … في``) is negated.

``فشل الطرفان في التوصل إلى اتفاق``، ``أخفق مجلس الأمن في تبني القرار``، ``فشل وزراء خارجية
دول الاتحاد الأوروبي، في ختام اجتماعهم غير الرسمي في دبلن، في التوافق على الحزمة``: the
verb of failure takes what was not achieved after ``في``, so the act right after that ``في``
did not happen (round 47's writer: "`فشل … في التوافق على` a negated AGREE"; the gold's
negation convention). The modifiers' negation rows read a cue a fixed number of words before
the trigger; here the failing party and an insert stand between, so the reading is the
clause's: a failure verb, then, in the same sentence and before any other verb of the
clause's own, ``في`` right before the trigger. A failed act that was carried out (``فشل
الهجوم``، ``فشلت محاولة الانقلاب``: an attempt is an event) has no ``في`` before its trigger
and stays as it was.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Final

from rasd.model import Event
from rasd.text.normalize import normalize_key
from rasd.text.tokens import document_tokens

#: Verbs and verbal nouns of failing (normalised, without و/ف).
FAIL_WORDS: Final = frozenset(normalize_key(w) for w in (
    "فشل", "فشلت", "فشلوا", "فشلا", "فشلتا", "يفشل", "تفشل", "يفشلون", "فشله", "فشلها",
    "فشلهم", "أخفق", "أخفقت", "أخفقوا", "أخفقا", "يخفق", "تخفق", "إخفاق", "إخفاقه",
    "إخفاقها", "عجز", "عجزت", "عجزوا", "عجزا"))
IN: Final = normalize_key("في")
#: How far back (tokens) the failure verb may stand from the ``في``: the party and an
#: insert between commas (``، في ختام اجتماعهم غير الرسمي في العاصمة الأيرلندية دبلن اليوم
#: الخميس،``) fit in 24.
REACH: Final = 24
_STOPS: Final = frozenset({".", "؛", ";", "!", "?", "؟", ":"})


def failed_acts(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act right after the ``في`` of a failure verb negated."""
    if not any(w in text for w in ("فشل", "أخفق", "اخفق", "إخفاق", "عجز")):
        return events
    toks = document_tokens(text)
    starts = [t.start for t in toks]
    out = list(events)
    for k, e in enumerate(events):
        if e.negated:
            continue
        i = bisect_left(starts, e.trigger.start)
        if i < 2 or i >= len(toks) or toks[i].start != e.trigger.start \
                or toks[i - 1].norm != IN:
            continue
        for j in range(i - 2, max(-1, i - 2 - REACH), -1):
            t = toks[j]
            if t.text in _STOPS or "\n" in text[t.end:toks[j + 1].start]:
                break
            if (t.base if t.clitics in ("و", "ف") else t.norm) in FAIL_WORDS:
                out[k] = replace(e, negated=True)
                break
    return out


__all__ = ["failed_acts"]
