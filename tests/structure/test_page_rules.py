"""Layout rules on small pages written for each rule (the golden pages test whole pages)."""

from __future__ import annotations

from datetime import date, datetime

import rasd
from rasd.structure.page import parse_page

BODY_1 = "أعلنت السلطات المحلية في ولاية الخرطوم، اليوم، فرض حظر تجول ليلي في عدة أحياء."
BODY_2 = "وقال مسؤول في الولاية إن القرار جاء بعد مواجهات بين محتجين وقوات الشرطة."
BODY_3 = "ودعت لجان المقاومة إلى مواصلة الاحتجاجات السلمية حتى تحقيق مطالبها كاملة."


def test_page_without_section_or_comments() -> None:
    text = f"حظر تجول ليلي في الخرطوم بعد مواجهات عنيفة\n\n{BODY_1}\n\n{BODY_2}\n"
    layout = parse_page(text)
    assert layout.section is None
    assert layout.title is not None and layout.title.text.startswith("حظر تجول")
    assert [b.kind for b in layout.blocks] == ["paragraph", "paragraph"]
    assert layout.comments == () and layout.comments_declared is None


def test_subheading_between_paragraphs_only() -> None:
    text = f"أخبار\n\nعنوان الخبر عن السودان وحظر التجول الليلي\n\n{BODY_1}\n\n" \
           f"مطالب المحتجين\n\n{BODY_2}\n\n{BODY_3}\n\nخاتمة بلا نقطة"
    blocks = parse_page(text).blocks
    assert [b.kind for b in blocks] == ["paragraph", "subheading", "paragraph", "paragraph",
                                        "paragraph"]


def test_boilerplate_kept_out_of_body() -> None:
    text = (
        f"سياسة\n\nالخرطوم تفرض حظر تجول ليلي بعد مواجهات\n\n{BODY_1}\n\n"
        "اقرأ أيضا\n\nمقتل متظاهر في أم درمان\nالأمم المتحدة تدعو إلى الحوار\n\n"
        f"{BODY_2}\n\nشارك عبر:\nفيسبوك تويتر واتساب\n\nالوسوم: السودان، الخرطوم، حظر التجول\n"
        "تابعنا على تويتر\n"
    )
    layout = parse_page(text)
    body = " ".join(b.span.text for b in layout.blocks)
    for junk in ("مقتل متظاهر في أم درمان", "الأمم المتحدة تدعو", "فيسبوك", "الوسوم",
                 "تابعنا", "اقرأ أيضا"):
        assert junk not in body
    assert len(layout.blocks) == 2


def test_tag_header_with_one_tag_per_line() -> None:
    text = f"عنوان طويل بما يكفي ليكون عنوانا للخبر هنا\n\n{BODY_1}\n\n{BODY_2}\n\n" \
           "الكلمات المفتاحية\nالسودان\nالخرطوم\nحظر التجول\n"
    layout = parse_page(text)
    assert [b.span.text for b in layout.blocks] == [BODY_1, BODY_2]


def test_caption_twice_and_credit_forms() -> None:
    text = (
        "عربي ودولي\n\nمحتجون يغلقون طرقا رئيسية في الخرطوم احتجاجا على الغلاء\n\n"
        "محتجون في شارع الستين بالخرطوم (أ ف ب)\nمحتجون في شارع الستين بالخرطوم (أ ف ب)\n\n"
        f"{BODY_1}\n\nقوات الشرطة تنتشر قرب القصر الرئاسي - رويترز\n\n{BODY_2}\n"
    )
    layout = parse_page(text)
    assert [(c.span.text, c.credit.text if c.credit else None) for c in layout.captions] == [
        ("محتجون في شارع الستين بالخرطوم", "أ ف ب"),
        ("قوات الشرطة تنتشر قرب القصر الرئاسي", "رويترز"),
    ]
    assert len(layout.blocks) == 2


def test_dateline_byline_and_page_date_are_metadata() -> None:
    text = ("تقارير\n\nبرلمان تونس يناقش قانون المالية وسط احتجاجات نقابية\n\n"
            "تونس - رصد خاص\nكتب: سامي الهمامي\nنشر في: 2023-05-14 09:30\n\n"
            f"{BODY_1}\n\n{BODY_2}\n")
    doc = rasd.analyze(text)
    assert [b.span.text for b in doc.blocks] == [BODY_1, BODY_2]
    assert doc.published.date == date(2023, 5, 14)
    assert doc.published.inferred is False and doc.published.basis == "page"


def test_crlf_nbsp_and_whitespace_lines() -> None:
    text = f"سياسة\r\n\r\nعنوان الخبر عن الاحتجاجات في الخرطوم اليوم\r\n \u00a0 \r\n" \
           f"{BODY_1}  \r\n\t\r\n{BODY_2}\r\n"
    layout = parse_page(text)
    assert layout.section is not None and layout.section.text == "سياسة"
    assert [b.span.text for b in layout.blocks] == [BODY_1, BODY_2]


def test_comment_header_variants() -> None:
    for header, declared in [("تعليقات", None), ("التعليقات: 3", 3), ("3 تعليقات", 3),
                             ("عدد التعليقات (5)", 5), ("التعليقات (٢)", 2)]:
        text = (f"عنوان خبر عن حظر التجول في الخرطوم بعد مواجهات\n\n{BODY_1}\n\n{header}\n"
                "أبو محمد\n12-03-2023 10:15 م\nنسأل الله السلامة لأهل السودان\n")
        layout = parse_page(text)
        assert layout.comments_declared == declared, header
        assert len(layout.comments) == 1, header
        c = layout.comments[0]
        assert c.author is not None and c.author.text == "أبو محمد"
        assert c.posted == datetime(2023, 3, 12, 22, 15)
        assert [b.span.text for b in layout.blocks] == [BODY_1]


def test_multiline_comment_and_inline_author() -> None:
    text = (f"عنوان خبر عن حظر التجول في الخرطوم بعد مواجهات\n\n{BODY_1}\n\nالتعليقات (2)\n"
            "سامي - تونس | 12 مارس 2023 - 10:15 مساءً\nالسطر الأول من التعليق\nقصير\n"
            "والسطر الأخير.\nرد\nإبلاغ\n"
            "ليلى | منذ 3 ساعات\nتعليق ثان\nأضف تعليقك\nالاسم\n")
    layout = parse_page(text)
    assert [c.author.text if c.author else None for c in layout.comments] == [
        "سامي - تونس", "ليلى"]
    first, second = layout.comments
    assert first.span.text == "السطر الأول من التعليق\nقصير\nوالسطر الأخير."
    assert first.posted == datetime(2023, 3, 12, 22, 15)
    assert second.posted is None and second.span.text == "تعليق ثان"


def test_time_first_comment_layout() -> None:
    text = (f"عنوان خبر عن حظر التجول في الخرطوم بعد مواجهات\n\n{BODY_1}\n\nتعليقات\n"
            "2023/03/12 - 10:15\nأحمد\nتعليق أول\n2023/03/13 - 08:00\nمنى\nتعليق ثان\n")
    layout = parse_page(text)
    assert [(c.author.text if c.author else None, c.span.text) for c in layout.comments] == [
        ("أحمد", "تعليق أول"), ("منى", "تعليق ثان")]


def test_unrecognised_layout_is_one_block_and_warning() -> None:
    text = " ".join([BODY_1, BODY_2, BODY_3] * 5)
    layout = parse_page(text)
    assert len(layout.blocks) == 1 and layout.blocks[0].span.text == text
    assert any(w.code == "no_title" for w in layout.warnings)


def test_comments_block_without_timestamps_warns_and_keeps_text() -> None:
    text = (f"عنوان خبر عن حظر التجول في الخرطوم بعد مواجهات\n\n{BODY_1}\n\nالتعليقات (1)\n"
            "أحمد\nتعليق بلا تاريخ\n")
    layout = parse_page(text)
    assert layout.comments == ()
    assert any(w.code == "comments_unparsed" for w in layout.warnings)


def test_metadata_title_and_body_only_text() -> None:
    text = " الرياض – واس\nأعلن مجلس الوزراء اليوم موافقته على نظام جديد للعمل التطوعي.\n" \
           "وأوضح البيان أن النظام يهدف إلى تنظيم العمل التطوعي في المملكة.\n"
    doc = rasd.analyze(text, title="مجلس الوزراء يقر نظام العمل التطوعي")
    assert doc.title is None and doc.title_text == "مجلس الوزراء يقر نظام العمل التطوعي"
    assert len(doc.paragraphs) == 2
