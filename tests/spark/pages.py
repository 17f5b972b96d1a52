"""News pages written for the Spark tests (the team's own sentences), and the small inputs
built from them: a WARC crawl (warcio's writer, as tests/io/test_warc.py does), a JSONL
batch and a path list. No binary fixture is committed."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

KHARTOUM = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<title>احتجاجات في الخرطوم على غلاء الخبز</title>
<meta property="article:published_time" content="2024-02-11T09:30:00+02:00">
</head><body><article><h1>احتجاجات في الخرطوم على غلاء الخبز</h1>
<p>تظاهر مئات السودانيين في العاصمة الخرطوم يوم السبت احتجاجا على ارتفاع أسعار الخبز
والوقود، وأغلق المحتجون عددا من الطرق الرئيسية وسط المدينة.</p>
<p>وقالت لجنة الأطباء المركزية إن قوات الأمن أطلقت الغاز المسيل للدموع على المتظاهرين،
مما أدى إلى إصابة اثني عشر شخصا بجروح، واعتقلت الشرطة خمسة عشر متظاهرا.</p>
<p>وقال المتحدث باسم الحكومة السودانية: «الحكومة تحترم حق التظاهر السلمي لكنها لن تسمح
بالفوضى».</p>
</article>
<div id="comments"><ol class="comment-list">
<li class="comment"><div class="comment-author"><b class="fn">عادل</b></div>
<div class="comment-metadata"><time datetime="2024-02-11T12:10:00+02:00">11 شباط 2024</time></div>
<div class="comment-content"><p>الأسعار لم تعد تحتمل، الله يكون في عون الناس.</p></div></li>
<li class="comment"><div class="comment-author"><b class="fn">منى</b></div>
<div class="comment-metadata"><time datetime="2024-02-11T14:45:00+02:00">11 شباط 2024</time></div>
<div class="comment-content"><p>للتواصل مع لجنة الحي راسلوني على mona.k@example.org</p></div></li>
</ol></div>
</body></html>
"""

RABAT = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<title>وزير الخارجية المغربي يستقبل نظيره الموريتاني</title>
<meta property="article:published_time" content="2024-03-05T11:00:00+00:00">
</head><body><article><h1>وزير الخارجية المغربي يستقبل نظيره الموريتاني</h1>
<p>استقبل وزير الخارجية المغربي في الرباط يوم الثلاثاء نظيره الموريتاني، وبحث الجانبان
تعزيز التعاون في مجالي التجارة والطاقة بين البلدين.</p>
<p>ووقع البلدان اتفاقا لتطوير المعبر الحدودي بينهما، وأكد الوزير الموريتاني أن بلاده
تسعى إلى شراكة دائمة مع المغرب.</p>
</article></body></html>
"""

IDLIB = """<html><head><meta charset="utf-8"><title>قصف على ريف إدلب</title></head>
<body><div class="post"><h1>قصف على ريف إدلب</h1>
<p>قتل أربعة مدنيين وأصيب تسعة آخرون في قصف جوي استهدف بلدة في ريف إدلب الجنوبي فجر
الأربعاء، بحسب الدفاع المدني السوري.</p>
<p>واتهم ناشطون الطيران الروسي بتنفيذ الغارة، فيما لم يصدر تعليق من موسكو.</p>
</div></body></html>
"""

URL_KHARTOUM = "https://news.example.org/sudan/2024/02/11/bread-protests"
URL_RABAT = "https://news.example.org/maghreb/2024/03/05/ministers"
URL_IDLIB = "https://news.example.org/syria/idlib-strike"

#: JSONL records: one without a publication date (the "unknown" day), one dated.
BEIRUT = ("اعتقلت القوى الأمنية اللبنانية ثلاثة أشخاص في بيروت بتهمة تهريب الأسلحة، وصادرت "
          "كمية من الذخائر في أحد المستودعات.\nوقال مصدر أمني إن التحقيقات مستمرة لكشف بقية "
          "أفراد الشبكة.")
TUNIS = ("أعلن الاتحاد العام التونسي للشغل إضرابا عاما في قطاع النقل يوم الخميس المقبل "
         "للمطالبة بزيادة الأجور.\nوحذرت وزارة النقل من تعطل حركة القطارات والحافلات في "
         "العاصمة تونس.")


def _response(writer: WARCWriter, url: str, body: bytes, date: str) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date}))


def build_warc(path: Path) -> Path:
    """A gzipped crawl: warcinfo, then the three pages (Idlib names no date: the crawl's)."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "rasd"}))
        _response(writer, URL_KHARTOUM, KHARTOUM.encode("utf-8"), "2024-02-12T01:00:00Z")
        _response(writer, URL_RABAT, RABAT.encode("utf-8"), "2024-03-06T01:00:00Z")
        _response(writer, URL_IDLIB, IDLIB.encode("utf-8"), "2024-04-17T06:30:00Z")
    return path


def build_jsonl(path: Path) -> Path:
    """Two good records and a broken line (a per-record failure)."""
    lines = [
        json.dumps({"id": "b1", "source": "wire", "text": BEIRUT}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "t1", "source": "wire", "text": TUNIS, "published": "2024-05-20"},
                   ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_inputs(root: Path) -> tuple[Path, list[Path]]:
    """The crawl, the batch and a path list naming them and a missing file."""
    crawl = build_warc(root / "crawl.warc.gz")
    batch = build_jsonl(root / "wire.jsonl")
    paths = root / "paths.txt"
    paths.write_text(f"# inputs\n{crawl}\n\n{batch}\n{root / 'missing.warc.gz'}\n",
                     encoding="utf-8")
    return paths, [crawl, batch]
