"""fix51: a wire dateline written with a slash (أنقرة/ الأناضول، نيويورك/ تي آر تي عربي).

Anadolu, TRT and IRNA open a story with the city, a slash and the agency. The page reader
took such a short line with a slash for a breadcrumb (سياسة / عربي) and dropped it as the
page's section, so the story lost the place it was filed from. A line of one slash whose
tail is a wire or photo credit the page markers list (``credit``: الأناضول، إرنا، رويترز)
is the dateline, read as the dash dateline is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

#: ``City/ Agency``: one slash, at most three words before it and four after it.
SLASH_DATELINE: Final = re.compile(r"^\s*(?P<city>[^/\s]+(?:\s[^/\s]+){0,2})\s?/\s*"
                                   r"(?P<credit>[^/]+?)\s*$")
#: Most words of the agency's name after the slash (تي آر تي عربي).
MAX_CREDIT_WORDS: Final = 4


def slash_dateline(text: str, is_credit: Callable[[str], bool]) -> bool:
    """Whether a page line is a slash dateline: ``City/ Agency`` with a known credit."""
    m = SLASH_DATELINE.match(text)
    if m is None:
        return False
    credit = m.group("credit")
    return len(credit.split()) <= MAX_CREDIT_WORDS and is_credit(credit)


__all__ = ["slash_dateline"]
