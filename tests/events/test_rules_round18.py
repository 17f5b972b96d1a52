"""Round-18 rules on the team's own sentences: a head of state's emergency after a long name,
a decision reversed after a long subject, proposals accepted and talks offered, land
bulldozed with a pronoun, readiness expressed for another party, contracts with companies,
accusations denied, social media "bombarding" readers, sector strikes, suicide car bombs,
market towns named by a weekday, systematic acts, aims of a step, and a march's demand
told as its purpose."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type, types

PUB = date(2026, 12, 2)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(facts_of_type, published=PUB)


def test_a_head_of_state_named_at_length_declares_an_emergency() -> None:
    text = ("أعلنت رئيسة البيرو دينا بولوارتي، مساء الاثنين، حالة الطوارئ في العاصمة ليما "
            "لمدة 30 يوما.")
    found = of_type(text, "COERCE")
    assert found and found[0].mode == "martial-law"
    assert found[0].date == date(2026, 11, 30)


def test_an_emergency_over_wildfires_is_no_coercion() -> None:
    text = "أعلن حاكم الإقليم حالة الطوارئ في ثلاث مقاطعات إثر اتساع رقعة حرائق الغابات."
    assert not of_type(text, "COERCE")


def test_a_decision_reversed_after_a_long_subject_is_a_concession() -> None:
    text = ("تراجعت الحكومة الأردنية، مساء الثلاثاء، عن قرار رفع أسعار الخبز بعد موجة "
            "انتقادات واسعة.")
    found = of_type(text, "CONCEDE")
    assert found and found[0].mode == "policy"


def test_prices_falling_from_a_level_are_no_concession() -> None:
    text = "تراجعت أسعار النفط، أمس الثلاثاء، عن مستوياتها القياسية في السوق الآسيوية."
    assert not of_type(text, "CONCEDE")


def test_acceptance_told_with_a_pronoun_is_an_agreement() -> None:
    text = "وأعلنت الحركة المسلحة، الثلاثاء، قبولها بالمبادرة التي طرحها الاتحاد الأفريقي."
    assert of_type(text, "AGREE")


def test_readiness_to_go_on_talking_is_an_offer_but_not_to_go_on_fighting() -> None:
    assert of_type("وأكد الوزير أن بلاده مستعدة لمواصلة المحادثات مع جيرانها.", "AGREE")
    assert not of_type("وقال القائد إن قواته مستعدة لمواصلة القتال حتى النهاية.", "AGREE")


def test_land_bulldozed_after_an_incursion_is_destruction_and_both_are_background() -> None:
    text = ("انسحبت آليات الاحتلال، صباح اليوم الأربعاء، من أطراف القرية، بعد ساعات من "
            "اقتحامها وتجريفها أراضي زراعية.")
    razed = [e for e in events(text, PUB) if e.type == "ASSAULT" and e.mode == "destroy"]
    assert razed
    assert razed[0].date_basis != "sentence"


def test_readiness_expressed_for_another_party_keeps_the_talks_as_its_content() -> None:
    text = ("وأعرب الوزير عن استعداد سلطنة عمان لاستضافة جولة مفاوضات بين الطرفين في "
            "مسقط.")
    assert "AGREE" in types(text, PUB)
    assert not of_type(text, "CONSULT")


def test_an_agreement_signed_with_a_company_is_commercial() -> None:
    text = "ووقعت وزارة الطاقة العراقية اتفاقية مع شركة توتال الفرنسية لتطوير حقل غاز في البصرة."
    found = types(text, PUB)
    assert "SUPPORT" not in found and "AGREE" not in found


def test_accusations_denied_are_referred_back_to_not_made_again() -> None:
    text = ("واتهمت الحكومة الجارة الشرقية بدعم المتمردين، في حين نفى المتحدث باسم "
            "الخارجية في تلك الدولة الاتهامات.")
    # not even as a denied accusation: the denial is of the one told before
    assert len([e for e in events(text, PUB) if e.type == "ACCUSE"]) == 1


def test_social_media_bombarding_readers_and_an_attack_on_minds_are_figures() -> None:
    text = ("تقصفنا منصات التواصل كل ساعة بأخبار مفبركة، وهذا الهجوم المنظم على عقول "
            "الأطفال يحتاج إلى مواجهة.")
    assert not of_type(text, "ASSAULT")


def test_a_general_strike_of_one_sector_is_a_sector_strike() -> None:
    sector = of_type("نفذ عمال الموانئ إضرابا عاما في قطاع النقل البحري يوم الاثنين الماضي.",
                     "PROTEST")
    assert sector and sector[0].mode == "strike"
    general = of_type("نفذ الاتحاد إضرابا عاما شل البلاد أمس الثلاثاء.", "PROTEST")
    assert general and general[0].mode == "general"


def test_a_suicide_car_bomb_told_after_its_toll_is_a_suicide_attack() -> None:
    text = ("قتل أربعة من رجال الشرطة، أمس الثلاثاء، في تفجير انتحاري بسيارة مفخخة "
            "استهدف حاجزا أمنيا.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1 and found[0].mode == "suicide-attack"


def test_a_market_town_named_by_its_weekday_dates_nothing() -> None:
    text = ("وأعلن المجلس البلدي، مساء الاثنين، التوصل إلى هدنة بين العائلتين بوساطة من "
            "أعيان سوق الأربعاء.")
    found = [e for e in events(text, PUB) if e.type in ("AGREE", "CONCEDE")]
    assert found and found[0].date == date(2026, 11, 30)


def test_acts_said_to_be_systematic_are_a_pattern_not_an_act() -> None:
    text = "واتهمت المنظمة الميليشيا بتدمير المدارس بشكل ممنهج في الإقليم."
    assert "ACCUSE" in types(text, PUB)
    assert not of_type(text, "ASSAULT")


def test_what_a_step_makes_room_for_is_an_aim() -> None:
    text = "وأوقفت المعارضة حملتها الإعلامية لإفساح المجال أمام المفاوضات مع الحكومة."
    assert not of_type(text, "CONSULT")


def test_a_marchs_demand_told_as_its_purpose_after_a_comma_joins_the_march() -> None:
    text = ("تظاهر مئات الطلاب، ظهر الثلاثاء، أمام مقر الحكومة في العاصمة، للمطالبة بإقالة "
            "وزير التعليم.")
    assert "PROTEST" in types(text, PUB)
    assert not of_type(text, "REQUEST")
