"""Task fix42 on the team's own sentences: the general causes of the blind round 42's failures
(ev-1701..ev-1730). Acts named as a background reason, a purpose, a coverage topic or a
periodic tally; a county's official; a detention without charge; the parts of a fight told
later (sounds heard, drones downed of those launched, spoils, a bare kill verb); a call's
content after a long insert; release persons, custody kept, an investigation team, the
parties' agreement reached; a negation opening a quoted name; a plane named by its type; a
retreat told by a novel; a criticism the arrest answered; an aid site. And the senses beside
them that stay events."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.model import Event
from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 7, 21)  # a Tuesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in all_of_type(text, type_)]


def seizures(text: str) -> list[Event]:
    return [e for e in all_of_type(text, "COERCE") if e.mode == "confiscate"]


# --- background reasons, purposes, topics and tallies


def test_what_the_displaced_fled_from_is_no_attack() -> None:
    text = ("قالت المنظمة الدولية للهجرة إن أكثر من 12 ألف شخص نزحوا إلى مدينة كسلا هربا من "
            "الفيضانات والمعارك في ولاية القضارف.")
    assert all_of_type(text, "ASSAULT") == []


def test_fighting_told_as_news_is_still_an_attack() -> None:
    text = "اندلعت معارك عنيفة، صباح اليوم، بين الجيش ومسلحين في ولاية القضارف."
    assert all_of_type(text, "ASSAULT")


def test_the_crimes_a_measure_curbs_are_no_attack() -> None:
    text = ("قررت ولاية النيل الأبيض منع حركة الدراجات النارية ليلا للحد من جرائم النهب "
            "في المدينة.")
    assert all_of_type(text, "ASSAULT") == []


def test_an_attack_a_channel_covered_is_no_new_attack() -> None:
    text = ("أعلنت السلطات في بوركينا فاسو تعليق بث إذاعة خاصة بعد تغطيتها هجوم جيبو "
            "الأسبوع الماضي.")
    assert all_of_type(text, "ASSAULT") == []


def test_acts_counted_in_a_monthly_report_are_a_tally() -> None:
    text = ("ووثقت الهيئة في تقريرها الشهري لشهر أيار الماضي 380 اعتداء نفذها المستوطنون "
            "في الضفة الغربية.")
    assert all_of_type(text, "ASSAULT") == []


def test_a_county_official_is_no_boycott() -> None:
    text = ("قتل ثلاثة رعاة في هجوم على قرية في ولاية واراب، بحسب ما أفاد مفوض المقاطعة "
            "لإذاعة محلية.")
    assert all_of_type(text, "PROTEST") == []


def test_a_boycott_is_still_a_boycott() -> None:
    text = "أعلنت أحزاب المعارضة في زامبيا مقاطعة الانتخابات البلدية المقررة الشهر المقبل."
    assert modes(text, "PROTEST") == ["boycott"]


def test_a_detention_without_charge_brings_no_charge() -> None:
    text = "قالت أسرة الناشط إنه محتجز منذ أسبوعين في مدينة بنغازي دون توجيه أي تهمة إليه."
    assert all_of_type(text, "ACCUSE") == []


def test_a_charge_brought_is_still_an_accusation() -> None:
    text = "اتهمت النيابة العامة في نواكشوط الصحفي بنشر أخبار كاذبة دون توثيق."
    assert all_of_type(text, "ACCUSE")


# --- parts of a fight told later


def test_sounds_heard_during_a_clash_are_the_clash() -> None:
    text = ("دارت اشتباكات عنيفة بين الجيش ومسلحين في أحياء مدينة ديسي، أمس الاثنين. "
            "وقال سكان إنهم سمعوا خلالها دوي انفجارات وإطلاق نار كثيف حتى الفجر.")
    assert len(all_of_type(text, "ASSAULT")) == 1


def test_drones_downed_of_those_launched_are_the_attack() -> None:
    text = ("قتل ثلاثة مدنيين في هجوم بطائرات مسيرة على محطة كهرباء في مدينة كوستي، فجر "
            "اليوم. وقال مصدر عسكري إن الدفاعات الأرضية أسقطت أربع مسيرات من أصل ست أطلقت "
            "نحو المدينة.")
    assert len(all_of_type(text, "ASSAULT")) == 1


def test_a_daily_tally_of_downed_drones_stays_an_attack() -> None:
    text = ("قتل شخص في هجوم صاروخي على مدينة خاركيف. وقالت وزارة الدفاع الروسية في بيان "
            "منفصل إن دفاعاتها الجوية أسقطت 35 مسيرة أوكرانية فوق مقاطعة كورسك.")
    assert len(all_of_type(text, "ASSAULT")) == 2


def test_arms_taken_in_a_repelled_attack_are_its_spoils() -> None:
    text = ("قال الجيش المالي إنه صد هجوما شنه مسلحون على معسكر في بلدة دوينتزا، فجر اليوم. "
            "وأضاف أن الجنود قتلوا عشرة من المهاجمين واستولوا على أسلحة ودراجات نارية "
            "ومركبة.")
    assert seizures(text) == []


def test_arms_seized_at_a_checkpoint_stay_a_confiscation() -> None:
    text = "صادرت الشرطة في ولاية كسلا أسلحة وذخائر من شاحنة عند نقطة تفتيش."
    assert seizures(text)


def test_a_bare_kill_verb_after_a_clash_is_its_toll() -> None:
    text = ("صدت القوات الحكومية الصومالية هجوما لمسلحي حركة الشباب على قاعدة في إقليم "
            "هيران، فجر اليوم. وقال قائد عسكري إن جنوده ردوا على المهاجمين وقتلوا 12 منهم.")
    assert len(all_of_type(text, "ASSAULT")) == 1


def test_deaths_counted_since_protests_began_stay_an_act() -> None:
    text = ("فرقت الشرطة الكينية المتظاهرين بالغاز المسيل للدموع في نيروبي، أمس. وقالت منظمة "
            "حقوقية إن 15 محتجا على الأقل قتلوا منذ بدء الاحتجاجات الشهر الماضي.")
    assert len(all_of_type(text, "ASSAULT")) == 2


# --- a call's content after a long insert


def test_a_call_after_a_long_insert_and_its_recipient_asks_no_truce() -> None:
    text = ("دعا مجلس الأمن الدولي، في ختام جلسة مغلقة عقدها مساء أمس في مقره بمدينة "
            "نيويورك الأمريكية، طرفي النزاع في ليبيا إلى هدنة فورية، والسماح بمرور "
            "المساعدات.")
    assert all_of_type(text, "RETREAT") == []
    assert len(all_of_type(text, "REQUEST")) == 1


def test_an_act_of_its_own_after_a_comma_is_no_call_content() -> None:
    text = ("طالب المبعوث الأممي الأطراف بوقف القتال، فيما أدانت الخارجية الفرنسية الهجوم، "
            "ملوحة بفرض عقوبات على قادة الميليشيا.")
    assert all_of_type(text, "THREATEN")


# --- release, custody, investigation, agreement


def test_a_release_told_with_the_subjunctive_is_a_release() -> None:
    text = ("خطف مسلحون مهندسين اثنين قرب مدينة أبشي، مساء الجمعة، قبل أن يطلقوا سراحهما "
            "في اليوم التالي.")
    assert modes(text, "RETREAT") == ["release"]


def test_a_person_kept_in_custody_is_detained() -> None:
    text = "استدعت النيابة في تونس رئيس تحرير الموقع وأبقته رهن الاحتجاز."
    assert "arrest" in modes(text, "COERCE")


def test_a_standing_detention_kept_on_is_no_new_arrest() -> None:
    text = "أبقى المجلس العسكري على الرئيس المعزول محتجزا في مقر إقامته."
    assert all_of_type(text, "COERCE") == []


def test_an_investigation_team_formed_is_an_investigation() -> None:
    text = "أعلنت مديرية أمن مصراتة تشكيل فريق تحقيق لكشف ملابسات الحادثة."
    assert modes(text, "ACCUSE") == ["investigate"]


def test_talks_ending_in_the_parties_agreement_tell_an_agreement() -> None:
    text = ("وأسفرت المحادثات في جيبوتي عن اتفاق الطرفين على تبادل الأسرى وتشكيل لجنة "
            "مشتركة.")
    assert all_of_type(text, "AGREE")


# --- names, planes, works, backgrounds, sites


def test_a_quoted_name_opening_with_la_negates_nothing() -> None:
    text = "أوقفت الشرطة في دكار مراسل صحيفة «لا تريبون» أمس الاثنين."
    arrests = [e for e in all_of_type(text, "COERCE") if e.mode == "arrest"]
    assert arrests and not arrests[0].negated


def test_a_quoted_negated_statement_stays_negated() -> None:
    text = "قال الوزير الأول: «لن يستقيل أحد من الحكومة»."
    assert all(e.negated for e in all_of_type(text, "RETREAT"))


def test_a_strike_by_a_plane_of_a_named_type_is_aerial() -> None:
    text = "قتل أربعة مدنيين في غارة بطائرة من طراز سوخوي على سوق شمال مدينة كيدال، أمس."
    assert modes(text, "ASSAULT") == ["aerial"]


def test_a_bare_drone_strike_stays_a_drone_strike() -> None:
    text = "قتل مدنيان في غارة بطائرة مسيرة على سوق في مدينة الأبيض، أمس."
    assert modes(text, "ASSAULT") == ["drone"]


def test_aviation_that_struck_is_an_air_strike_not_a_beating() -> None:
    text = "وقال المتحدث إن الطيران ضرب مواقع للمتمردين قرب مدينة ملكال."
    assert modes(text, "ASSAULT") == ["aerial"]


def test_a_withdrawal_a_novel_tells_is_no_withdrawal() -> None:
    text = ("يحتفي المهرجان برواية «ليل المدينة» التي تروي حياة أسرة خلال الحرب حتى انسحاب "
            "المقاتلين من الحي.")
    assert all_of_type(text, "RETREAT") == []


def test_a_criticism_an_arrest_answered_is_its_background() -> None:
    text = ("اعتقلت السلطات الناشط في مدينة عطبرة إثر انتقاده أداء الحكومة المحلية في "
            "منشور.")
    assert all_of_type(text, "ACCUSE") == []


def test_a_criticism_told_as_news_stays_an_accusation() -> None:
    text = "انتقد حزب المؤتمر الشعبي أداء الحكومة في إدارة أزمة الوقود."
    assert all_of_type(text, "ACCUSE")


def test_an_aid_distribution_site_is_no_delivery() -> None:
    text = "قتل أربعة فلسطينيين برصاص الاحتلال قرب نقطة لتوزيع المساعدات في رفح."
    assert all_of_type(text, "AID") == []


def test_a_warning_that_an_agency_faces_collapse_is_no_threat() -> None:
    text = ("وكان مدير برنامج الأغذية العالمي قد حذر، أمس الأحد، من أن عملياته في تشاد «تواجه "
            "خطر التوقف» بسبب نقص التمويل.")
    assert all_of_type(text, "THREATEN") == []


def test_a_warning_of_the_speakers_response_stays_a_threat() -> None:
    text = "حذر وزير الدفاع السوداني من أن بلاده سترد بقوة على أي هجوم على حدودها."
    assert all_of_type(text, "THREATEN")
