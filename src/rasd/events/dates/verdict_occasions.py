"""fix57: acts told at a verdict's pronouncement or at a trial's first sitting.

fix47's :mod:`rasd.events.dates.occasion_dates` dates an act told ``خلال الجلسة`` by the
court's act told before with a day. News tells the same occasion by the verdict read out
(``وعقب النطق بالحكم، تجمع عشرات من أنصار الحزب أمام مقر المحكمة``) and by the sitting an act
concerns (``وقاطع محامو الدفاع الجلسة الأولى احتجاجا على …`` after ``افتتحت المحكمة
العسكرية، أمس الجمعة، محاكمة …``): round 57's writer dated them by the hearing's day. The
host is a court's act (its actor a court, a judge or the prosecution), as for the hearing.
"""

from __future__ import annotations

import re
from typing import Final

#: The verdict's pronouncement as a time (عقب النطق بالحكم، فور صدور الحكم).
VERDICT_READ: Final = re.compile(
    r"(?:عقب|بعد|إثر|فور|لدى|مع)\s+(?:النطق\s+بالحكم|صدور\s+الحكم|إعلان\s+الحكم|النطق\s+بالأحكام)"
    r"(?!\w)")
#: A trial's first sitting named as what an act concerns (قاطع الجلسة الأولى، أولى جلسات).
FIRST_SITTING: Final = re.compile(r"(?:الجلسة\s+الأولى|أولى\s+جلسات|الجلسة\s+الافتتاحية)(?!\w)")

__all__ = ["FIRST_SITTING", "VERDICT_READ"]
