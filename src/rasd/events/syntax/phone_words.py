"""fix51: a talk whose own words name a phone call is a phone call (CONSULT/phone).

``وبحث الوزير في اتصالين هاتفيين مع نظيريه``، ``بحث هاتفيا مع نظيره``: the talk row that
reads the counterpart after a long subject (``بحث … مع نظيره``) holds the call words in its
gap, and a row's own mode (none for بحث) was the event's; the phone row's match, shorter,
lost the overlap. A CONSULT with no mode whose trigger holds a telephone word is a call.
"""

from __future__ import annotations

import re
from typing import Final

#: Telephone words (هاتفي، هاتفيا، هاتفيين، الهاتف، مكالمة): the call's medium.
PHONE: Final = re.compile(r"هاتف|مكالم")
#: The CONSULT mode of a call.
PHONE_MODE: Final = "phone"


def phone_mode(type_: str, mode: str | None, trigger_text: str) -> str | None:
    """``mode``, or ``phone`` for a CONSULT without one whose trigger names a call."""
    if type_ == "CONSULT" and mode is None and PHONE.search(trigger_text):
        return PHONE_MODE
    return mode


__all__ = ["phone_mode"]
