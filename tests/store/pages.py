"""Short news pages written for the store tests (the team's own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.io.sources import RawRecord

PROTEST = (
    "تظاهر آلاف الطلاب في مدينة ألماتي يوم الأحد احتجاجا على رفع رسوم الجامعات.\n"
    "وقالت وزارة الداخلية في كازاخستان إن الشرطة اعتقلت عشرين متظاهرا.\n"
    "وتعد هذه الاحتجاجات الأكبر منذ سنوات."
)
STRIKE = (
    "قتل ثلاثة أشخاص وأصيب سبعة آخرون في قصف استهدف سوقا شعبيا في مدينة حلب أمس.\n"
    "وأدانت الحكومة السورية الهجوم ووصفته بأنه عمل إرهابي."
)
MEETING = (
    "استقبل وزير الخارجية الأردني نظيره المصري في عمان لبحث العلاقات الثنائية.\n"
    "وأكد الوزيران ضرورة التعاون لمواجهة أزمة المياه في المنطقة."
)
WITH_CLITIC = (
    "خرج السكان إلى الشوارع في مدينة البصرة، والاحتجاجات مستمرة منذ أسبوع بسبب انقطاع "
    "الكهرباء.\nوطالب المحتجون الحكومة بحلول عاجلة."
)
#: Diacritics, hamza-alef and ta marbuta spelled as careful writers do.
DIACRITICS = (
    "أعْلَنَت النقابة إضرابًا عامًّا في المصانع الحكومية.\n"
    "وقالت المُتحدِّثة باسم النقابة إن المظاهرة ستنطلق صباح الخميس."
)

CITIES = ("ألماتي", "بغداد", "عمان", "القاهرة", "تونس", "الرباط", "بيروت", "صنعاء")


def record(text: str, *, id: str | None = None, url: str | None = None,
           source: str | None = None, published: str | None = "2024-03-10") -> RawRecord:
    return RawRecord(where=id or url or "page", text=text, id=id, url=url, source=source,
                     published=published)


def batch(n: int) -> list[dict[str, str]]:
    """``n`` distinct short pages as JSONL records (ids p000, p001, ...)."""
    out = []
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        text = (f"تظاهر {100 + i} شخصا في مدينة {city} احتجاجا على غلاء الأسعار.\n"
                f"وقالت الشرطة إنها اعتقلت {i + 2} من المحتجين بعد مواجهات قرب مبنى البلدية.")
        out.append({"id": f"p{i:03d}", "source": "test", "text": text,
                    "published": "2024-05-01"})
    return out


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path
