"""Task twice22 on the team's own sentences: an act told a second time is one event
(:mod:`rasd.events.retellings.told_again`) — an attack's toll told later on a party's word, a
round-up's arrests named back by a plural noun, a raid campaign and the arrests it resulted in,
the earlier sentence a ruling reduces, a visitor's meeting fused to his arrival, talks told
before the visit they belong to — and the near misses that stay two acts: another attack's
toll, the dead since a protest wave began, a campaign told with its own count, a second
meeting after a topic change."""

from __future__ import annotations

from rasd.events.retellings.told_again import PROTEST_SINCE
from rasd.text.normalize import normalize_key
from tests.events.rule_checks import events_of_type

# --- an attack's toll told again on someone's word


def test_a_toll_reported_later_is_the_attack_told_before() -> None:
    text = ("هاجم مسلحون مجهولون، فجر اليوم، نقطة تفتيش للشرطة على طريق كركوك تكريت.\n"
            "وقال مسؤول محلي للوكالة إن أربعة من عناصر النقطة قتلوا وأصيب اثنان.")
    attacks = events_of_type(text, "ASSAULT")
    assert len(attacks) == 1
    assert len(attacks[0].evidence) == 2


def test_the_dead_of_another_attack_stay_apart() -> None:
    text = ("هاجم مسلحون مجهولون، فجر اليوم، نقطة تفتيش للشرطة على طريق كركوك تكريت.\n"
            "وفي حادث منفصل، قال مسؤول إن ثلاثة مزارعين قتلوا في قرية مجاورة.")
    assert len(events_of_type(text, "ASSAULT")) == 2


def test_the_dead_since_a_protest_wave_began_are_not_folded() -> None:
    key = normalize_key("وقالت منظمة حقوقية إن 30 شخصا قتلوا منذ بدء الاحتجاجات الشهر الماضي.")
    assert PROTEST_SINCE.search(key) is not None
    assert PROTEST_SINCE.search(normalize_key("قتلوا منذ سريان الهدنة")) is None


# --- arrests named back


def test_arrests_named_back_by_a_plural_noun_are_the_round_up() -> None:
    text = ("اعتقلت قوات الأمن، مساء أمس، 12 طالبا من جامعة الخرطوم بعد مشاركتهم في "
            "نقاش سياسي داخل الحرم.\n"
            "وعبرت لجنة المعلمين عن قلقها من «اعتقالات تعسفية» تستهدف الناشطين.")
    arrests = events_of_type(text, "COERCE")
    assert len(arrests) == 1


def test_a_raid_campaign_and_the_arrests_it_resulted_in_are_one_round_up() -> None:
    text = ("وأعلنت السلطات المحلية أن وحدات أمنية نفذت حملة مداهمات في نوى وجاسم، أسفرت "
            "عن القبض على ستة مشتبه بهم، بينهم شخص يعتقد أنه زرع العبوة.")
    assert [e.trigger.text for e in events_of_type(text, "COERCE")] == ["حملة مداهمات"]


def test_two_forces_arrests_in_one_sentence_stay_two() -> None:
    text = ("اعتقلت الشرطة خمسة ناشطين في تونس العاصمة، فيما أوقف الحرس الوطني ثلاثة "
            "آخرين في سوسة.")
    assert len(events_of_type(text, "COERCE")) == 2


def test_a_campaign_told_with_its_own_count_stays_an_act() -> None:
    text = ("اعتقلت قوات الأمن، مساء أمس، 12 طالبا من جامعة الخرطوم.\n"
            "وشنت السلطات في اليوم نفسه حملة اعتقالات طالت 30 ناشطا في أم درمان.")
    assert len(events_of_type(text, "COERCE")) == 2


# --- a ruling's earlier sentence


def test_the_sentence_an_appeal_court_reduced_is_no_arrest_of_its_own() -> None:
    text = ("خففت محكمة الاستئناف في الرباط، أمس الاثنين، حكم أول درجة بحبس مستشار "
            "جماعي من خمس سنوات إلى سنتين، بعد إدانته بتبديد أموال عمومية.")
    assert events_of_type(text, "COERCE") == []


# --- a visit told twice


def test_a_meeting_fused_to_the_arrival_is_the_visit() -> None:
    text = ("وصل وزير الخارجية القطري إلى مسقط، صباح اليوم الأحد، في زيارة رسمية، "
            "والتقى نظيره العماني بدر البوسعيدي.")
    consults = events_of_type(text, "CONSULT")
    assert len(consults) == 1
    assert consults[0].mode == "visit"


def test_a_meeting_after_a_topic_change_stays_apart() -> None:
    text = ("وصل وزير الخارجية القطري إلى مسقط، صباح اليوم الأحد، في زيارة رسمية.\n"
            "من جهة أخرى، التقى وزير الخارجية العماني السفير الإيراني في مسقط.")
    assert len(events_of_type(text, "CONSULT")) == 2


def test_talks_told_before_the_visit_are_the_visit() -> None:
    text = ("وقع الرئيس الموريتاني ونظيره السنغالي، اليوم الثلاثاء، اتفاقية لتقاسم عائدات "
            "الغاز، عقب جلسة مباحثات موسعة في نواكشوط.\n"
            "وكان الرئيس السنغالي قد وصل إلى نواكشوط مساء الاثنين في زيارة رسمية تستغرق "
            "يومين.")
    consults = events_of_type(text, "CONSULT")
    assert len(consults) == 1
    assert consults[0].mode == "visit"


def test_a_reported_toll_after_two_attacks_is_not_folded() -> None:
    text = ("فجر انتحاري سيارة مفخخة، صباح اليوم، قرب مطار قندهار.\n"
            "وهاجم مسلحون في وقت لاحق قافلة لشركة أمنية على طريق هرات.\n"
            "وقال متحدث باسم الحركة إن ركاب السيارتين كانوا أجانب وكلهم قتلوا.")
    assert len(events_of_type(text, "ASSAULT")) == 3


def test_talks_of_one_trip_and_a_visit_elsewhere_stay_apart() -> None:
    text = ("يجري وزير الخارجية الإيطالي، اليوم الاثنين، محادثات في طهران مع نظيره الإيراني.\n"
            "وحول زيارته إلى الرياض، قال مكتبه إنه سيلتقي عددا من المسؤولين.")
    assert len(events_of_type(text, "CONSULT")) >= 2
