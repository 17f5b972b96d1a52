"""A quoted time adverbial is the speaker's words, not a title (fix38, round 38).

``اتفقا على عقد الاجتماع المقبل في مدريد «قبل نهاية السنة»``، ``تعهدوا بإحداث صندوق «قبل
نهاية السنة»``، ``متعهدا بزيادة ساعات التجهيز «خلال أيام»``: a pledge's or an agreement's
deadline quoted word for word is a mixed quote's direct part (README, "Mixed quotes"). The
entity stage may tag such a quotation as a MISC name (a title in guillemets); one that opens
with a preposition of time names no work, so the quote stage does not take it for one.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key

#: Openings (normalised) of a time adverbial: before, within, after, until, by.
TIME_OPENERS = frozenset(normalize_key(w) for w in (
    "قبل", "خلال", "بعد", "حتى", "بحلول", "غضون", "طيلة", "طوال", "فورا"))
#: Second words that make ``في``/``إلى`` open a time adverbial (في غضون، في أقرب، إلى حين).
_TIME_SECOND = frozenset(normalize_key(w) for w in ("غضون", "أقرب", "حين", "موعد", "نهاية"))


def time_adverbial(quoted: str) -> bool:
    """Whether the quoted words open with a preposition of time (قبل نهاية السنة، خلال أيام،
    في غضون أسبوع، إلى حين توقيع محضر رسمي)."""
    words = [normalize_key(w) for w in quoted.strip("«»\"“” ").split()]
    if not words:
        return False
    if words[0] in TIME_OPENERS:
        return True
    return len(words) > 1 and words[0] in ("في", "الي") and words[1] in _TIME_SECOND
