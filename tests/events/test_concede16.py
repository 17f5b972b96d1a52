"""Late pass concede16 (2026-12-04 (16)): CONCEDE told as pay, orders and promises, pinned on
the team's own sentences (other countries, bodies and sums than the dev passages'): a pay rise an
agreement or a law sets, an order (وجه، توجيه) to pay out dues or a sum, a promise to review a
fare or meet demands, jobs allotted or promised by an authority. Near misses: a pay cut, a tax
rise, a demand for pay or jobs, a company's own bonus, a project's jobs."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 6, 9)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def _modes(text: str) -> list[str | None]:
    return [e.mode for e in of_type(text, "CONCEDE")]


# --- a pay rise an agreement or a law sets

def test_minutes_that_set_a_wage_rise_are_a_concession() -> None:
    text = ("وقعت الحكومة الأردنية ونقابة المعلمين، أمس الاثنين، اتفاقا يقضي بزيادة "
            "علاوة المهنة في رواتب المعلمين بنسبة 15 في المائة.")
    assert "policy" in _modes(text)


def test_a_law_providing_for_a_pension_rise_is_a_concession() -> None:
    text = "وصادق مجلس الشيوخ على قانون ينص على رفع المعاشات بنسبة 8 في المائة."
    assert "policy" in _modes(text)


def test_a_pay_cut_set_by_a_law_is_no_concession() -> None:
    text = "وأقر البرلمان الكيني قانونا يقضي بخفض أجور كبار الموظفين."
    assert not all_of_type(text, "CONCEDE")


def test_a_tax_rise_set_by_a_law_is_no_concession() -> None:
    text = "ووافق البرلمان على مشروع قانون يقضي بزيادة الرسوم على السلع المستوردة."
    assert not all_of_type(text, "CONCEDE")


# --- an order to pay out

def test_a_premier_ordering_the_ministry_to_pay_out_a_sum() -> None:
    text = ("وأعلن رئيس الحكومة الليبية، في وقت لاحق، توجيه المصرف المركزي بصرف 200 "
            "مليون دينار لتسوية مرتبات العاملين في قطاع الصحة.")
    assert "policy" in _modes(text)


def test_a_president_directing_that_dues_be_paid() -> None:
    text = "ووجه الرئيس الموريتاني بصرف مستحقات عمال شركة سنيم المتأخرة."
    assert "policy" in _modes(text)


def test_a_demand_for_dues_is_no_concession() -> None:
    text = "وطالب العمال المعتصمون بصرف مستحقاتهم المتأخرة منذ ستة أشهر."
    assert not all_of_type(text, "CONCEDE")


def test_a_companys_own_holiday_bonus_is_no_concession() -> None:
    text = "وأعلنت شركة الاتصالات صرف مكافأة لموظفيها بمناسبة عيد الأضحى."
    assert not all_of_type(text, "CONCEDE")


# --- a promise to review or meet demands

def test_a_promise_to_review_a_fare_after_a_meeting() -> None:
    text = ("واجتمع محافظ قنا بممثلي سائقي الأجرة، ووعد بمراجعة التسعيرة الجديدة "
            "خلال أيام.")
    assert "policy" in _modes(text)


def test_a_pledge_to_meet_the_strikers_demands() -> None:
    text = "وتعهدت وزيرة الصحة بتلبية مطالب الممرضين المضربين قبل نهاية الشهر."
    found = all_of_type(text, "CONCEDE")
    assert [e.mode for e in found] == ["policy"]
    assert not found[0].future


def test_a_promise_to_visit_is_no_concession() -> None:
    text = "ووعد الوزير بزيارة المدينة الأسبوع المقبل."
    assert not all_of_type(text, "CONCEDE")


# --- jobs allotted or promised by an authority

def test_work_contracts_allotted_by_a_governor() -> None:
    text = ("وأعلن والي ورقلة، عقب لقائه ممثلي المحتجين، تخصيص 400 عقد عمل لشباب "
            "المنطقة في الشركات النفطية.")
    assert "policy" in _modes(text)


def test_jobs_promised_by_a_ministry() -> None:
    text = "وقال الوزير إن الحكومة ستوفر خمسة آلاف فرصة عمل للخريجين هذا العام."
    assert "policy" in _modes(text)


def test_a_projects_jobs_are_no_concession() -> None:
    text = "وأوضح المسؤول أن المشروع سيوفر ثلاثة آلاف فرصة عمل عند اكتماله."
    assert not all_of_type(text, "CONCEDE")


def test_a_demand_for_jobs_is_no_concession() -> None:
    text = "ويطالب الخريجون المعتصمون بتوفير فرص عمل في الحقول النفطية."
    assert not all_of_type(text, "CONCEDE")
