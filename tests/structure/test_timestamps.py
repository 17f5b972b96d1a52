from __future__ import annotations

from datetime import date, datetime

import pytest

from rasd.structure.timestamps import find_trailing_timestamp, parse_timestamp


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("الجمعة، 07-01-2022 06:28 م", datetime(2022, 1, 7, 18, 28)),
        ("الجمعة، 07-01-2022 06:16 ص", datetime(2022, 1, 7, 6, 16)),
        ("٠٧-٠١-٢٠٢٢ ١٢:٠٥ ص", datetime(2022, 1, 7, 0, 5)),
        ("07/01/2022 12:30 م", datetime(2022, 1, 7, 12, 30)),
        ("2023/03/12 - 10:15", datetime(2023, 3, 12, 10, 15)),
        ("2023-03-12", date(2023, 3, 12)),
        ("12 مارس 2023 - 10:15 مساءً", datetime(2023, 3, 12, 22, 15)),
        ("السبت 4 تشرين الثاني 2023 الساعة 9:05", datetime(2023, 11, 4, 9, 5)),
        ("الأحد 14 مايو/ أيار 2023", date(2023, 5, 14)),
        ("3 جوان 2021", date(2021, 6, 3)),
        ("10:15 م - 12/03/2023", datetime(2023, 3, 12, 22, 15)),
    ],
)
def test_whole_line_timestamps(line: str, value: date) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None and stamp.value == value and not stamp.relative


@pytest.mark.parametrize("line", ["منذ 3 ساعات", "منذ يومين", "قبل 5 دقائق"])
def test_relative_timestamps_have_no_value(line: str) -> None:
    stamp = parse_timestamp(line)
    assert stamp is not None and stamp.relative and stamp.value is None


@pytest.mark.parametrize(
    "line",
    ["وقال إن 12 مارس 2023 كان يوما صعبا", "31-02-2022 10:00", "همام الحارث", "2023", ""],
)
def test_not_timestamps(line: str) -> None:
    assert parse_timestamp(line) is None


def test_trailing_timestamp_after_author() -> None:
    line = "أبو أحمد - 12 مارس 2023 10:15"
    stamp = find_trailing_timestamp(line)
    assert stamp is not None
    assert line[stamp.start:stamp.end] == "12 مارس 2023 10:15"
    assert stamp.value == datetime(2023, 3, 12, 10, 15)
