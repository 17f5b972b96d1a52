"""A suspension from work or duty told by its verbal noun (توقيف X عن العمل، إيقاف X عن
مهامه) is no arrest (gold README, "An employer's offer beside a refusal": ev-1437, ev-1625 and
ev-1792 code none), as the block row of its verbs already read (أوقف عن العمل); an arrest
told by the same noun with no عن العمل stays one."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 10, 7)

all_of_type = partial(events_of_type, published=PUB)


def test_a_presenter_suspended_from_work_is_no_arrest() -> None:
    text = "وأعلنت إدارة القناة توقيف مقدم البرنامج عن العمل وإحالته على لجنة التأديب."
    assert not all_of_type(text, "COERCE")


def test_an_official_suspended_from_his_duties_is_no_arrest() -> None:
    text = "وأصدر محافظ الإسكندرية قرارا بإيقاف مدير الحي عن مهامه إلى حين انتهاء التحقيق."
    assert not all_of_type(text, "COERCE")


def test_an_arrest_told_by_the_same_noun_stays_an_arrest() -> None:
    text = "وأعلنت المديرية العامة للأمن الوطني توقيف ثلاثة أشخاص يشتبه في تورطهم في سرقة."
    assert [e.mode for e in all_of_type(text, "COERCE")] == ["arrest"]
