from __future__ import annotations

from datetime import date

import rasd
from rasd.structure.published import date_from_url, infer_from_comments, infer_from_text

THU, FRI, SUN, WED = 3, 4, 6, 2


def test_url_dates() -> None:
    assert date_from_url("https://example.org/news/2023/05/14/story") == date(2023, 5, 14)
    assert date_from_url("https://example.org/a/20220107-kazakhstan") == date(2022, 1, 7)
    assert date_from_url("https://example.org/a/2022/13/40/x") is None
    assert date_from_url(None) is None


def test_earliest_comment_bounds_the_date() -> None:
    fri = date(2022, 1, 7)
    assert infer_from_comments(fri, {SUN, WED, THU}) == (fri, "earliest_comment+weekdays")
    # only Sunday named: the report is from that Sunday, five days before the comment
    assert infer_from_comments(fri, {SUN}) == (date(2022, 1, 2), "earliest_comment+weekdays")
    assert infer_from_comments(fri, set()) == (fri, "earliest_comment")


def test_today_weekday_and_a_dated_event() -> None:
    texts = ["قالت الحكومة، اليوم الأربعاء، إن الاجتماع الذي عقد الثلاثاء 17 أكتوبر كان مثمرا.",
             "وكانت المحادثات قد توقفت في فبراير 2023."]
    assert infer_from_text(texts) == date(2023, 10, 18)


def test_yesterday_weekday_and_ordinal_day_without_year() -> None:
    texts = ["أعلن الجيش، اليوم الاثنين، انتهاء معارك بدأت أمس الأحد، الأول من أكتوبر.",
             "وتولى المجلس الحكم بعد انقلاب 2021."]
    # 1 October is a Sunday in 2023 (the first such year from 2021 on)
    assert infer_from_text(texts) == date(2023, 10, 2)


def test_no_weekday_of_today_means_no_inference() -> None:
    assert infer_from_text(["عقد الاجتماع في 17 أكتوبر 2023 في الرباط."]) is None


def test_page_without_any_date_warns() -> None:
    doc = rasd.analyze("عنوان الخبر عن الاجتماع في الرباط اليوم\n\nعقد الاجتماع في الرباط.")
    assert doc.published.date is None
    assert any(w.code == "no_published_date" for w in doc.warnings)
