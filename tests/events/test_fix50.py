"""Task fix50 on the team's own sentences: the general causes of the blind round 50's failures
(ev-1941..ev-1970, a week of Libya, Sudan, Chad, the Sahel and the Horn). A court upholding a
ruling supports no one; a vow to pursue quoted after a lone بـ is no agreement; an act
referred back to by a pronoun-suffixed verbal noun in a reaction, the attackers' weapons, an
air strike told again by a drone's force and a mobilisation's call to arms are the act told
before; a former official is no courtesy's official; towns of the region the KB lacked; and
kinds with their families (streets blocked by crowds, reinforced deployments, a commander's
first-person deployment, thanks for hosting, praise of generous support and of cooperation
with a partner, convoys and relief agreements, aid handed out in the passive, calls for calm,
trends, refused truces and any truce). And the readings beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.events.actors.former_officials import FORMER_WORDS
from rasd.events.retellings.referred_acts import pointing_noun
from rasd.text.normalize import normalize_key
from tests.events.rule_checks import assert_no_fact, assert_reports, events, facts_of_type

PUB = date(2026, 9, 16)  # a Wednesday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)


# --- a court upholding a ruling


def test_an_appeal_court_upholding_a_sentence_is_no_support() -> None:
    text = ("أيدت المحكمة العليا في نواكشوط، أمس الثلاثاء، الحكم الصادر بحق الناشط سيدي "
            "محمد بالسجن ثلاث سنوات.")
    no_fact(text, "SUPPORT")
    reports(text, "SANCTION", "convict")


def test_a_parliament_backing_a_plan_still_supports() -> None:
    reports("وأيد البرلمان التونسي خطة الحكومة لإصلاح منظومة الدعم.", "SUPPORT", None)


# --- a vow to pursue, its governed word quoted after a lone بـ


def test_a_vow_to_pursue_quoted_after_ba_is_no_agreement() -> None:
    no_fact("وقدم وزير الدفاع تعازيه لعائلات الجنود، متعهدا بـ«ملاحقة الجناة أينما كانوا».",
            "AGREE")


# --- an act referred back to in a reaction


def test_an_arrest_named_again_in_a_reaction_is_one_arrest() -> None:
    text = ("اعتقلت الشرطة الكينية الناشط بونيفاس موانغي مساء الأحد في نيروبي. ودعت منظمة "
            "العفو الدولية السلطات إلى الإفراج عنه، معتبرة أن اعتقاله «انتقام سياسي».")
    assert len(of_type(text, "COERCE")) == 1


def test_a_pointing_noun_is_a_noun_with_a_pronoun() -> None:
    assert pointing_noun("توقيفه") and pointing_noun("احتجازهم")
    assert not pointing_noun("اعتقلته")  # a verb with its object: an act told
    assert not pointing_noun("توقيف")


def test_a_trend_of_abductions_is_no_act() -> None:
    text = "وأعربت المنظمة عن قلقها إزاء تزايد اختطاف الصحفيين في البلاد."
    no_fact(text, "COERCE")
    no_fact(text, "ASSAULT")


# --- parts of one act told after it


def test_the_attackers_firing_is_the_attack() -> None:
    text = ("هاجم مسلحون فجر اليوم قرية في ولاية زمفارا شمال غربي نيجيريا. وقال سكان إن "
            "المهاجمين أطلقوا النار عشوائيا على المصلين.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_a_drone_strike_told_again_as_an_air_strike_is_one() -> None:
    text = ("وشاركت طائرات مسيرة تابعة للقيادة الأمريكية في صد الهجوم قرب جلب. وأكدت "
            "القيادة في بيان لاحق أنها نفذت غارة جوية في المنطقة.")
    found = of_type(text, "ASSAULT")
    assert [e.mode for e in found] == ["drone"], [e.mode for e in found]


def test_a_call_to_arms_with_a_mobilisation_is_its_content() -> None:
    text = "وأعلن حاكم الإقليم التعبئة العامة، داعيا الشباب إلى الالتحاق بمعسكرات التدريب."
    reports(text, "MOBILIZE", None)
    no_fact(text, "REQUEST")


# --- a former official


def test_former_is_read_in_every_form() -> None:
    assert {normalize_key(w) for w in ("السابق", "الأسبق", "السابقة")} <= FORMER_WORDS


# --- towns of the region


def test_bosso_is_niger_and_tajoura_libya() -> None:
    found = of_type("قتل ثلاثة جنود في هجوم على موقع للجيش في بلدة بوسو بمنطقة ديفا.",
                    "ASSAULT")
    assert found and found[0].country == "NER", [e.country for e in found]
    found = of_type("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في تاجوراء شرق العاصمة.",
                    "ASSAULT")
    assert found and found[0].country == "LBY", [e.country for e in found]


# --- kinds with their families


def test_residents_blocking_a_street() -> None:
    reports("أغلق عشرات من سكان حي النصر بمدينة كسلا، مساء أمس، شارع الجمهورية احتجاجا "
            "على انقطاع المياه.", "PROTEST", "obstruct")


def test_troops_deployed_on_a_border_reinforced() -> None:
    reports("وأعلن وزير الدفاع تعزيز القوات المنتشرة على الحدود مع مالي.", "MOBILIZE", "troops")


def test_building_up_the_armed_forces_is_no_deployment() -> None:
    no_fact("وأكد الرئيس أهمية تعزيز القوات المسلحة بالمعدات الحديثة.", "MOBILIZE")


def test_a_commander_deploying_in_the_first_person() -> None:
    reports("وقال مدير أمن سبها: نشرنا أكثر من 800 عنصر لتأمين مراكز الاقتراع.",
            "MOBILIZE", None)


def test_thanks_for_hosting_refugees() -> None:
    reports("وشكر الرئيس الصومالي كينيا على استضافة مئات الآلاف من اللاجئين.", "SUPPORT", None)


def test_praise_of_cooperation_with_a_partner_state() -> None:
    reports("وقالت وزيرة الداخلية إن الرحلات ستتواصل، مشيدة بـ«التعاون الوثيق» مع السلطات "
            "الإيطالية.", "SUPPORT", None)


def test_praise_of_generous_support() -> None:
    reports("وأشاد وزير الصحة اليمني بالدعم السخي من دولة الكويت للقطاع الصحي.",
            "SUPPORT", None)


def test_a_convoy_of_an_agency_counted_in_trucks() -> None:
    reports("ووصلت قافلة تابعة لمنظمة اليونيسف تضم 15 شاحنة إلى مدينة كادوقلي.",
            "AID", "humanitarian")


def test_aid_to_be_handed_out_in_the_passive_is_future() -> None:
    found = [e for e in events("وأوضح المسؤول أن المساعدات ستوزع الأسبوع المقبل على ثلاثة "
                               "آلاف أسرة.", PUB) if e.type == "AID"]
    assert found and all(e.future for e in found)


def test_a_relief_agreement_for_food_baskets() -> None:
    reports("ووقعت جمعية الهلال الأحمر القطري، أمس، اتفاقية مع منظمة محلية لتوفير سلال "
            "غذائية لنحو ألف أسرة في إدلب.", "AID", "humanitarian")


def test_a_company_contract_for_equipment_is_no_aid() -> None:
    no_fact("ووقعت شركة الاتصالات اتفاقية مع شركة هواوي لتوفير معدات الشبكة.", "AID")


def test_a_call_for_calm_and_the_law_asks_to_yield() -> None:
    reports("والتقى محافظ الإقليم ممثلين عن المحتجين، مطالبا إياهم بالحفاظ على الهدوء "
            "واحترام القانون.", "REQUEST", "yield")


def test_a_refused_truce_is_a_refusal_to_yield() -> None:
    text = "وقال القائد الميداني: لن نقبل بهدنة لا تضمن خروج المرتزقة من المدن."
    reports(text, "REJECT", "yield")
    no_fact(text, "RETREAT")


def test_any_truce_is_no_truce() -> None:
    no_fact("وقال المتحدث: نحن مع أي هدنة تفتح الممرات للمدنيين.", "RETREAT")


def test_a_truce_declared_stays() -> None:
    assert [e for e in events("وأعلن الطرفان المتحاربان هدنة لمدة أسبوع في الفاشر.", PUB)
            if e.type in ("RETREAT", "CONCEDE")]
