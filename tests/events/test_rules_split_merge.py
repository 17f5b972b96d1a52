"""Split and merge pass (2026-12-04 (12)): an act told twice is one event with several
evidence spans (an attacker's claim of the strike just told, attackers who engage the
target they attacked, ``في هجوم`` framing the attack of its sentence); acts of other sides,
of other subjects or further down the page stay events of their own."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import facts_of_type

PUB = date(2026, 5, 12)  # a Tuesday

attacks = partial(facts_of_type, type_="ASSAULT", published=PUB)


def test_an_attackers_claim_in_the_next_sentence_retells_the_strike() -> None:
    text = ("استهدفت مسيرة إسرائيلية، صباح اليوم، دراجة نارية في بلدة عيترون، ما أدى إلى "
            "مقتل شخص. وقال الجيش الإسرائيلي إنه استهدف عنصرا في حزب الله.")
    found = attacks(text)
    assert len(found) == 1
    assert len(found[0].evidence) == 2
    assert found[0].killed is not None and found[0].killed.min == 1
    assert found[0].attribution is None or found[0].attribution.country != "ISR"


def test_a_claim_by_the_forces_of_the_speaker() -> None:
    text = ("قصفت المدفعية التابعة للحرس الثوري الإيراني، مساء أمس، مناطق جبلية في إقليم "
            "كوردستان. وأعلن الحرس الثوري في بيان أن قواته استهدفت مقرات لجماعات مسلحة.")
    assert len(attacks(text)) == 1


def test_the_other_sides_claim_is_another_strike() -> None:
    text = ("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام بعدد من القذائف. وقال حزب الله "
            "إنه استهدف بصاروخين ثكنة زرعيت الإسرائيلية.")
    assert len(attacks(text)) == 2


def test_the_speaker_of_a_claim_is_its_actor() -> None:
    text = "وقال الجيش الإسرائيلي إنه استهدف عنصرا في حزب الله جنوبي لبنان."
    found = attacks(text)
    assert found and found[0].actor is not None and found[0].actor.country == "ISR"


def test_a_witness_account_with_its_own_subject_is_not_the_attackers_claim() -> None:
    text = ("استهدفت مسيرة إسرائيلية، صباح اليوم، سيارة في بلدة عيترون. وقال رئيس البلدية "
            "إن المستوطنين أحرقوا حقلا قرب الحدود.")
    assert len(attacks(text)) == 2


def test_attackers_who_engage_their_target_tell_one_attack() -> None:
    text = ("هاجم مسلحون، فجر اليوم، حاجزا للجيش قرب مدينة كيدال، واشتبكوا مع الجنود "
            "لساعات قبل أن ينسحبوا.")
    found = attacks(text)
    assert len(found) == 1


def test_settlers_who_beat_the_farmers_they_attacked() -> None:
    text = ("هاجم مستوطنون، صباح اليوم، مزارعين فلسطينيين في أراضي بلدة سنجل، واعتدوا "
            "عليهم بالعصي والحجارة، ما أدى إلى إصابة أربعة منهم.")
    found = attacks(text)
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.min == 4


def test_an_attack_framed_by_fi_hujum_is_one_attack() -> None:
    text = ("هاجم مسلحون مركزا للشرطة في مدينة زاهدان، ما أسفر عن مقتل أربعة من عناصره، "
            "في هجوم تبنته جماعة جيش العدل.")
    found = attacks(text)
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.min == 4


retreats = partial(facts_of_type, type_="RETREAT", published=PUB)


def test_the_raiders_way_out_is_part_of_the_raid() -> None:
    text = ("توغلت قوة إسرائيلية، فجر اليوم، في بلدة كويا بريف درعا الغربي، واعتقلت شابين "
            "قبل أن تنسحب باتجاه مواقعها.")
    assert not retreats(text)
    assert any(len(e.evidence) for e in facts_of_type(text, "COERCE", PUB))


def test_attackers_who_killed_villagers_before_their_withdrawal() -> None:
    text = "هاجم مسلحون قرية في ولاية زمفارا، وقتلوا ثمانية من سكانها قبل انسحابهم إلى الغابة."
    assert not retreats(text)
    assert attacks(text)


def test_a_withdrawal_told_on_its_own_stays_a_retreat() -> None:
    text = "انسحبت القوات الإسرائيلية، فجر اليوم، من تلة الحمامص قرب بلدة الخيام."
    assert retreats(text)


def test_arms_seized_in_an_arrest_raid_are_part_of_it() -> None:
    text = ("نفذ الجيش اللبناني، فجر اليوم، عملية دهم في حي الشراونة ببعلبك، وأوقف أربعة "
            "مطلوبين وضبط كمية من الأسلحة والذخائر.")
    coerce = facts_of_type(text, "COERCE", PUB)
    assert coerce and all(e.mode != "confiscate" for e in coerce)


def test_a_claim_of_responsibility_with_its_own_words_for_the_act() -> None:
    text = ("قتل عشرات المدنيين في هجوم شنه مسلحون، يوم الأحد، على سوق أسبوعية في بلدة "
            "ديالوبي وسط مالي. وأعلنت جماعة نصرة الإسلام والمسلمين، أمس، مسؤوليتها عن "
            "الهجوم، زاعمة أنه استهدف عناصر من ميليشيا موالية للجيش.")
    assert len(attacks(text)) == 1


def test_a_claim_by_the_speakers_jets() -> None:
    text = ("قصفت طائرات حربية تركية، فجر الاثنين، مواقع في منطقة برادوست بمحافظة أربيل. "
            "وقالت وزارة الدفاع التركية إن مقاتلاتها حيدت 13 عنصرا من حزب العمال الكردستاني.")
    assert len(attacks(text)) == 1


def test_two_missiles_and_a_drone_are_the_arms_of_one_strike() -> None:
    text = ("أعلن المتحدث العسكري باسم جماعة الحوثي، مساء الأحد، استهداف سفينة الشحن «سي ستار» "
            "في البحر الأحمر بصاروخين باليستيين وطائرة مسيرة.")
    assert len(attacks(text)) == 1


protests = partial(facts_of_type, type_="PROTEST", published=PUB)


def test_a_general_strike_and_its_earlier_call_are_one_strike() -> None:
    text = ("نفذ عمال شركة النقل بصفاقس، اليوم الثلاثاء، إضرابا عاما احتجاجا على تأخر صرف "
            "الأجور. وكانت الجامعة العامة للنقل قد أقرت الإضراب قبل أسبوع.")
    found = protests(text)
    assert len(found) == 1
    assert found[0].date == PUB


def test_a_claim_of_a_further_strike_is_another_strike() -> None:
    text = ("استهدفت مسيرة إسرائيلية، صباح اليوم، دراجة نارية في بلدة عيترون. وقال الجيش "
            "الإسرائيلي إنه استهدف أيضا عنصرا آخر من حزب الله.")
    assert len(attacks(text)) == 2
