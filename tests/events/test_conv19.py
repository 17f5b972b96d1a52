"""Task conv19 on the team's own sentences: four codings the dev gold or the rules answered
both ways, settled in the gold README ("Delegations, riots' crowds and wanted men's
charges"). A delegation or representatives an official meets are the meeting's actor (the
official travelling to them is the visitor); a protest's actor is its crowd, never the police;
wanted men arrested on a named charge give an ACCUSE beside the arrest (an extradition of
wanted men does not); a referral folds into an arrest only under the same flags."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.model import Event
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def actor_text(e: Event) -> str:
    return e.actor.span.text if e.actor is not None else ""


def recipient_text(e: Event) -> str:
    return e.recipient.span.text if e.recipient is not None else ""


def one_meeting(text: str) -> Event:
    found = of_type(text, "CONSULT")
    assert len(found) == 1, found
    return found[0]


# --- a delegation or representatives met by an official: they are the actor


def test_a_governor_meeting_a_delegation_of_strikers_is_the_delegations_act() -> None:
    e = one_meeting("والتقى محافظ البصرة، مساء أمس، وفدا من المعتصمين أمام حقل الرميلة.")
    assert actor_text(e) == "وفدا من المعتصمين"  # the place after it is no part of it
    assert "محافظ البصرة" in recipient_text(e)


def test_a_minister_holding_a_meeting_with_union_representatives() -> None:
    e = one_meeting("عقد وزير العمل الأردني اجتماعا مع ممثلي عمال الموانئ المضربين في مكتبه "
                    "بعمان.")
    assert actor_text(e).startswith("ممثلي عمال الموانئ")
    assert "وزير العمل" in recipient_text(e)


def test_representatives_met_last_week_stop_before_the_time() -> None:
    e = one_meeting("وكان رئيس الحكومة المغربية قد التقى ممثلين عن نقابة الأطباء الأسبوع "
                    "الماضي.")
    assert actor_text(e) == "ممثلين عن نقابة الأطباء"


def test_a_reception_with_a_long_host_title_keeps_the_delegation_as_visitor() -> None:
    e = one_meeting("استقبل معالي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، اليوم الأحد، "
                    "وفدا من الكونغرس الأمريكي.")
    assert actor_text(e).startswith("وفدا من الكونغرس")
    assert "عبدالله بن زايد" in recipient_text(e)


def test_a_minister_who_travelled_to_the_strikers_is_the_visitor() -> None:
    e = one_meeting("وزار وزير الزراعة مدينة القصرين، أمس الأحد، والتقى ممثلين عن الفلاحين "
                    "المحتجين.")
    assert "وزير الزراعة" in actor_text(e)


def test_a_delegation_holding_the_meeting_stays_its_actor() -> None:
    e = one_meeting("عقد وفد من المعارضة السورية اجتماعا مع وفد حكومي في جنيف أمس.")
    assert "حكومي" not in actor_text(e)


# --- a protest's actor is its crowd, not the police


def test_a_clash_between_the_police_and_protesters_is_the_protesters_riot() -> None:
    riots = [e for e in of_type("اندلعت مواجهات بين قوات الأمن ومحتجين غاضبين في مدينة قفصة "
                                "مساء أمس.", "PROTEST") if e.mode == "riot"]
    assert len(riots) == 1
    assert actor_text(riots[0]).startswith("محتجين")


def test_a_clash_named_police_first_with_young_protesters() -> None:
    riots = [e for e in of_type("اندلعت مواجهات عنيفة، أمس، بين الشرطة وشبان محتجين على غلاء "
                                "الأسعار في مدينة سلا.", "PROTEST") if e.mode == "riot"]
    assert len(riots) == 1
    assert "الشرطة" not in actor_text(riots[0])


def test_a_sit_in_broken_up_is_the_lecturers_not_the_riot_police() -> None:
    found = of_type("فضت قوات مكافحة الشغب، أمس، اعتصاما لمئات المحاضرين أمام وزارة التعليم "
                    "العالي في بغداد.", "PROTEST")
    assert len(found) == 1
    assert actor_text(found[0]) == "مئات المحاضرين"


def test_policemen_protesting_their_pay_keep_their_own_protest() -> None:
    found = of_type("نظم عشرات من عناصر الشرطة وقفة احتجاجية أمام مقر الولاية، أمس، "
                    "للمطالبة بتحسين رواتبهم.", "PROTEST")
    assert len(found) == 1
    assert "الشرطة" in actor_text(found[0])


# --- wanted men arrested on a named charge


def accusations(text: str) -> list[Event]:
    return of_type(text, "ACCUSE")


def test_wanted_men_caught_in_a_campaign_on_a_named_charge_give_an_accusation() -> None:
    text = ("نفذت الشرطة العراقية حملة أمنية في حي الشعلة ببغداد، أمس، ألقت خلالها القبض على "
            "سبعة مطلوبين بتهمة الخطف والابتزاز.")
    found = accusations(text)
    assert len(found) == 1 and found[0].mode == "allege"
    assert found[0].date == date(2026, 9, 15)  # the arrest's day
    assert len([e for e in of_type(text, "COERCE") if e.mode == "arrest"]) == 1


def test_a_wanted_man_arrested_after_the_subject_and_time() -> None:
    assert len(accusations("اعتقلت قوات الأمن اللبنانية، أمس، أحد المطلوبين بتهمة إطلاق "
                           "النار على دورية للجيش في بعلبك.")) == 1


def test_wanted_men_handed_over_give_no_accusation() -> None:
    assert accusations("سلمت السلطات التركية، أمس، العراق ثلاثة مطلوبين بتهم إرهابية.") == []


def test_a_raid_searching_for_wanted_men_gives_no_accusation() -> None:
    assert accusations("داهمت قوات الأمن الأردنية، فجر اليوم، منطقة في الرمثا بحثا عن "
                       "مطلوبين بتهم تهريب المخدرات.") == []


# --- a referral folds into an arrest only under the same flags


def test_a_conditional_referral_does_not_vanish_into_a_past_arrest() -> None:
    text = ("اعتقلت الشرطة الكينية، أمس الثلاثاء، 14 شخصا في نيروبي. وفي حال أحيلوا إلى "
            "النيابة العامة فسيمثلون أمام القاضي.")
    found = all_of_type(text, "ACCUSE")
    assert len(found) == 1
    assert found[0].hypothetical


def test_a_past_referral_is_still_the_arrests_next_step() -> None:
    text = ("أوقفت الشرطة التونسية، أمس الاثنين، خمسة أشخاص في صفاقس. وأضاف المصدر أن "
            "الموقوفين أحيلوا إلى النيابة العامة.")
    assert all_of_type(text, "ACCUSE") == []


def test_a_town_named_with_its_county_is_no_boycott() -> None:
    found = of_type("تظاهر نحو 300 شخص، أمس السبت، أمام فندق للاجئين في بلدة إيبينغ بمقاطعة "
                    "إسيكس شرقي إنجلترا.", "PROTEST")
    assert [e.mode for e in found] == ["demo"]
