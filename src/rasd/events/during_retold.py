"""Acts told "during" an act named again by its definite noun (fix38, round 38).

``تظاهر مئات المواطنين في ميدان الشهداء، مساء أمس الجمعة …`` then ``وطوقت عناصر من مديرية
أمن طرابلس محيط الميدان خلال التظاهرة، وأغلقت الشوارع المؤدية إلى مقر رئاسة الوزراء، فيما
أفاد شهود عيان بأن مسلحين مجهولين أطلقوا النار في الهواء``: the second sentence states no day
of its own, but ``خلال التظاهرة`` places its acts in the protest told before, so they take
that protest's day (the round-38 gold dates the cordon, the closure and the shots so; the
README's "police ringing a protest خلال التظاهرة … dated by it"). :func:`rasd.events.
interval_dates.during_dates` reads the pronoun form (خلالها) of an act in the same sentence;
this reads the definite noun of an act of an earlier sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.clauses import sentence_bounds
from rasd.model import Event

#: خلال / أثناء + a definite protest noun, with its type. A protest is told as one day's
#: act; a visit or a summit may last days (``وأعلنت الإمارات خلال الزيارة تقديم منحة`` after a
#: visit of two days is undated in the gold, ev-487), so meetings are left out.
_NOUNS = {
    "PROTEST": "التظاهرة|التظاهرات|المظاهرة|المظاهرات|الاحتجاج|الاحتجاجات|المسيرة|"
               "المسيرات|الوقفة|الاعتصام|التجمع",
}
_DURING = {t: re.compile(rf"(?:خلال|أثناء|اثناء)\s+(?:{n})(?![\w])") for t, n in _NOUNS.items()}
#: Date bases of a day the text states for the anchor.
_TOLD = frozenset({"sentence", "paragraph"})


def during_retold_dates(events: list[Event], text: str) -> list[Event]:
    """``events`` with those of a sentence that says they happened during an act named by
    its definite noun (خلال التظاهرة), and that no date of their own dates, dated like the
    latest act of that type told in an earlier sentence with a day of its own."""
    out = list(events)
    for k, e in enumerate(events):
        if e.negated or e.future or e.hypothetical or e.date_basis not in ("published", "none"):
            continue
        start, end = sentence_bounds(text, e.trigger.start, e.trigger.start)
        sentence = text[start:end]
        for typ, pattern in _DURING.items():
            if pattern.search(sentence) is None:
                continue
            earlier = [a for a in events if a.type == typ and a.trigger.start < start
                       and a.date is not None and a.date_basis in _TOLD and not a.future]
            if not earlier:
                continue
            anchor = max(earlier, key=lambda a: a.trigger.start)
            out[k] = replace(e, date=anchor.date, date_basis="sentence",
                             date_precision=anchor.date_precision)
            break
    return out
