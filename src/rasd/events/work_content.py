"""Acts told as the content of a work (ASSAULT precision 2026-12-04 (14); used by
:mod:`rasd.events.merge`).

A culture page tells battles, sieges and shelling as what a novel, a poem, a film, a game,
an exhibition or a symposium is about::

    ومن أبرز الإصدارات رواية «حصار الجزائر» التي تستعيد حملة الغزو الفرنسي عام 1830 وقصف
    المدينة من البحر.
    أطلقت شركة ناشئة لعبة إلكترونية جديدة يخوض فيها اللاعب معارك ضد جيوش غازية.

The attack words there report no event: the gold codes none (ev-390, ev-393, ev-439, ev-765,
ev-782, ev-1218, ev-1309, ev-1369). The work must be named before the act in its sentence:
a work named after it (قتل مخرج الفيلم في غارة) does not frame the act.
"""

from __future__ import annotations

import re

from rasd.model import Event

#: Nouns of a work or a cultural event whose content the rest of the sentence may tell, with
#: an optional و/ب/ل and article or a possessive suffix. Left out: ديوان (ديوان المحافظة, an
#: office), كتاب (a letter, كتاب رسمي), مسلسل (مسلسل العمليات الإرهابية: "a series of") and
#: معرض without the article (في معرض رده: "in the course of").
WORK_NOUN = re.compile(
    r"(?<!\S)[«\"(]?(?:[وبل]|ول|وب)?(?:ال)?(?:رواي[ةه]|رواي(?:ته|تها)|قص(?:يد[ةه]|ائد|ائده)|فيلم|"
    r"لعب[ةه]|مسرحي[ةه]|حكاي[ةه]|ندو[ةه]|وثائقي)(?=[\s»\"),،]|$)"
    r"|(?<!\S)[وب]?المعرض(?=[\s,،]|$)")


#: A contrast that opens a clause of its own about the world outside the work (… وضع اللمسات
#: النهائية على الفيلم، إلا أن تفجيرات الحادي عشر من سبتمبر …).
CONTRAST = re.compile(r"(?<!\S)(?:إلا|الا|غير|بيد)\s+[أا]ن|(?<!\S)(?:لكن|ولكن)(?!\S)")


def told_in_a_work(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT whose sentence names a work before its trigger (a novel, a
    poem, a game, an exhibition: its content, not news)."""
    if e.type != "ASSAULT":
        return False
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    cut = [m.end() for m in CONTRAST.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    return WORK_NOUN.search(before) is not None
