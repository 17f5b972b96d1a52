"""Event-merging pass (2026-12-04 (16)), task merges: the parts and contents of one act told
in one sentence are one event (a pledge and what is pledged, a strike and the verb whose
subject it is, a visit and the talks held during it, a raid listed after the raid an arrest
followed), and a place or shot victims read as a headline's actor contradict no body
telling. Near misses stay apart. The team's own sentences."""

from __future__ import annotations

from datetime import date

from rasd.events.learned.candidate_filter import filter_disabled
from rasd.model import Event
from tests.events.rule_checks import events

PUB = date(2026, 6, 11)


def _of(text: str, *types: str) -> list[Event]:
    with filter_disabled():
        return [e for e in events(text, PUB) if e.type in types]


def test_a_pledge_and_the_money_pledged_are_one_agreement() -> None:
    text = ("وتعهدت الكويت، خلال مؤتمر المانحين الذي عقد في عمان الشهر الماضي، "
            "بتقديم 300 مليون دولار لإعادة إعمار المدارس في اليمن.")
    found = _of(text, "AGREE", "AID")
    assert len(found) == 1
    assert found[0].type == "AGREE"


def test_two_pledges_of_two_donors_stay_two() -> None:
    text = ("وتعهدت الكويت بتقديم 300 مليون دولار لإعادة إعمار المدارس في اليمن، "
            "فيما تعهدت قطر بتقديم 100 مليون دولار للمستشفيات.")
    assert len(_of(text, "AGREE", "AID")) == 2


def test_a_strike_named_as_the_subject_of_its_verb_is_one_attack() -> None:
    text = ("دير البلح - استشهد أربعة فلسطينيين، بينهم امرأة، وأصيب آخرون، في غارة جوية "
            "إسرائيلية استهدفت منزلا في مخيم المغازي وسط قطاع غزة، مساء اليوم.")
    assert len(_of(text, "ASSAULT")) == 1


def test_a_strike_and_a_shelling_by_another_party_stay_two() -> None:
    text = ("شنت طائرات إسرائيلية غارة على بلدة الخيام، فيما قصف حزب الله "
            "موقعا عسكريا في الجليل.")
    assert len(_of(text, "ASSAULT")) == 2


def test_talks_held_during_a_visit_are_the_visit() -> None:
    text = ("يبدأ وزير الخارجية العماني، الأحد المقبل، زيارة رسمية إلى عمّان تستمر يومين، "
            "يبحث خلالها مع نظيره الأردني العلاقات الثنائية.")
    found = _of(text, "CONSULT")
    assert len(found) == 1
    assert found[0].future


def test_a_visit_and_a_later_phone_call_stay_two() -> None:
    text = ("بدأ وزير الخارجية العماني زيارة رسمية إلى عمّان، "
            "وأجرى في وقت لاحق اتصالا هاتفيا مع نظيره السوري.")
    assert len(_of(text, "CONSULT")) == 2


def test_houses_raided_after_the_storming_an_arrest_followed_are_the_arrest() -> None:
    text = ("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، ستة مواطنين من بلدة بيت أمر "
            "شمال الخليل، عقب اقتحام البلدة ومداهمة عدد من المنازل وتفتيشها.")
    assert len(_of(text, "COERCE")) == 1


def test_an_arrest_and_a_raid_elsewhere_told_as_its_own_act_stay_two() -> None:
    text = ("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، ستة مواطنين من بلدة بيت أمر، "
            "وداهمت منازل في مخيم العروب واعتقلت شابين.")
    assert len(_of(text, "COERCE")) >= 2


def test_a_headline_arrest_with_a_place_read_as_actor_joins_the_body() -> None:
    text = ("احتجاجات المعلمين تمتد إلى 40 مدينة عراقية واعتقال العشرات\n"
            "وقالت منظمة حقوقية إن الشرطة اعتقلت ما لا يقل عن 25 معلما في محافظتي بغداد "
            "والبصرة خلال اليومين الماضيين.")
    assert len(_of(text, "COERCE")) == 1


def test_arrests_by_two_states_police_stay_two_beside_a_place_actor() -> None:
    text = ("احتجاجات المعلمين تمتد إلى 40 مدينة عراقية واعتقال العشرات\n"
            "وفي الكويت، اعتقلت الشرطة الكويتية خمسة وافدين بتهمة التزوير.")
    assert len(_of(text, "COERCE")) == 2


def test_water_cannon_used_in_a_dispersal_is_its_means() -> None:
    text = ("فرقت قوات مكافحة الشغب، مساء السبت، عشرات المحتجين من عمال المصانع في ساحة "
            "التحرير وسط بغداد، مستخدمة خراطيم المياه والهراوات، بعد أن حاولوا اقتحام مبنى "
            "الوزارة.")
    assert len(_of(text, "ASSAULT")) == 1


def test_a_dispersal_and_a_later_shooting_by_gunmen_stay_two() -> None:
    text = ("فرقت الشرطة، مساء الأحد، مئات المتظاهرين أمام مبنى البرلمان في بيروت، "
            "فيما أطلق مسلحون مجهولون النار على دورية للجيش في طرابلس.")
    assert len(_of(text, "ASSAULT")) == 2


def test_a_round_of_talks_is_one_meeting() -> None:
    # the rebels' name holds a date (حركة 23 مارس): the talks are still the round's
    text = ("لواندا - استضافت العاصمة الأنغولية، يوم الخميس، جولة ثالثة من المحادثات بين "
            "حكومة الكونغو الديمقراطية وحركة 23 مارس المتمردة، بوساطة أنغولية.")
    assert len(_of(text, "CONSULT")) == 1


def test_a_round_of_talks_and_a_later_summit_stay_two() -> None:
    text = ("استضافت الدوحة، أمس الأحد، جولة جديدة من المفاوضات بين حكومة جنوب السودان "
            "والمعارضة، فيما عقد قادة دول الإيغاد قمة طارئة في أديس أبابا.")
    assert len(_of(text, "CONSULT")) == 2
