"""ASSAULT precision from the blind rounds 38-39 (assault17, 2026-12-05 (17)): the general
causes of their spurious and over-split ASSAULT events, pinned on the team's own sentences
(other countries, parties and wording than the passages'), each with a near miss where one
helps: a legal challenge, death sentences named as such, a campaign's aim, a police sting,
acts named as ongoing, a region's background since a date, a measure called an attack on
freedom, forest fires, a buying rush, a stage play's plot, a banner's words, a road reopened
by the gendarmerie, and one fight told with several act words
(:mod:`rasd.events.retellings.battle_tellings`): the attackers' claimed results, captives counted
with the dead, a repelled attack told later, the other side's telling, a charge of conduct, and a
mine's blast told in a فيما clause as an act of its own."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 6, 24)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


# --- senses: no attack

def test_holding_to_an_appeal_is_no_stabbing() -> None:
    text = ("أعلن حزب تواصل المعارض في موريتانيا، أمس، تمسكه بالطعن في نتائج الانتخابات "
            "البلدية أمام المجلس الدستوري.")
    assert not all_of_type(text, "ASSAULT")


def test_a_stabbing_is_still_an_attack() -> None:
    # near miss: a knife and a victim
    text = "طعن شاب شرطيا بسكين أمام محطة القطارات في مدينة ميونخ صباح اليوم."
    assert of_type(text, "ASSAULT")


def test_death_sentences_named_as_such_are_no_execution() -> None:
    text = ("وأعربت منظمة العفو الدولية عن قلقها من ارتفاع أحكام الإعدام الصادرة في البلاد "
            "خلال العام الجاري، داعية السلطات إلى وقف تنفيذها.")
    assert not all_of_type(text, "ASSAULT")


def test_a_campaign_aimed_at_smugglers_is_no_attack() -> None:
    text = ("وقال قائد شرطة الولاية إن الحملة «تستهدف تجار المخدرات والمهربين»، مشيرا إلى "
            "توقيف 14 شخصا.")
    assert not all_of_type(text, "ASSAULT")


def test_a_police_sting_is_no_ambush() -> None:
    text = ("أمرت النيابة بحبس موظف في بلدية طرابلس أربعة أيام، بعد أن ضبطه رجال الرقابة "
            "الإدارية في كمين وهو يتقاضى رشوة من مقاول.")
    assert not all_of_type(text, "ASSAULT")


def test_soldiers_killed_in_an_ambush_are_an_attack() -> None:
    # near miss: an ambush with its dead
    text = "قتل ثلاثة جنود في كمين نصبه مسلحون على طريق بلدة ميناكا شمال مالي أمس."
    assert of_type(text, "ASSAULT")


def test_attacks_named_as_ongoing_are_no_act() -> None:
    text = ("وقال الوزير في مقابلة: «لا يمكن الحديث عن تهدئة فيما القوات تحتل أرضنا "
            "والاعتداءات مستمرة».")
    assert not all_of_type(text, "ASSAULT")


def test_clashes_that_went_on_for_hours_are_an_act() -> None:
    # near miss: an indefinite noun with its adjective
    text = ("اندلعت اشتباكات متواصلة لساعات، فجر اليوم، بين الجيش الليبي ومسلحين في "
            "مدينة درنة.")
    assert of_type(text, "ASSAULT")


def test_a_regions_background_since_a_year_is_no_act() -> None:
    text = ("ويشهد إقليم أوروميا منذ مطلع 2024 مواجهات متقطعة بين الجيش الفيدرالي ومتمردي "
            "جيش تحرير أورومو، أودت بحياة المئات.")
    assert not all_of_type(text, "ASSAULT")


def test_a_measure_called_an_attack_on_press_freedom_is_no_attack() -> None:
    text = ("واعتبرت نقابة الصحفيين القرار «اعتداء سافرا على حرية الصحافة»، مطالبة "
            "بالتراجع عنه.")
    assert not all_of_type(text, "ASSAULT")


def test_forest_fires_that_swept_a_countryside_are_no_invasion() -> None:
    text = ("تواصل فرق الإطفاء لليوم الثاني مكافحة حرائق الغابات التي اجتاحت مساحات واسعة "
            "من ريف محافظة طرطوس.")
    assert not all_of_type(text, "ASSAULT")


def test_a_buying_rush_is_no_attack() -> None:
    text = ("متوقعا أن يواصل المعدن صعوده مع استمرار «هجوم» صناديق الاستثمار على الشراء "
            "وتراجع الدولار.")
    assert not all_of_type(text, "ASSAULT")


def test_a_stage_plays_plot_is_no_act() -> None:
    text = ("افتتح مهرجان جرش عروضه بمسرحية غنائية. ويروي العرض قصة مدينة اجتاح الغزاة "
            "سهولها وأحرقوا قراها وأسروا رجالها.")
    assert not all_of_type(text, "ASSAULT")


def test_a_banners_words_are_no_looting() -> None:
    text = ("ونفذ المتقاعدون وقفة أمام مقر الحكومة في عمان، ورفعوا لافتات كتب عليها "
            "«رواتبنا ليست للنهب».")
    assert not all_of_type(text, "ASSAULT")


def test_gendarmes_reopening_a_blocked_road_is_a_dispersal() -> None:
    text = ("قطع عشرات الشبان، مساء أمس، الطريق الرئيسي في مدينة قفصة بالحجارة احتجاجا على "
            "البطالة. وتدخلت وحدات الأمن بعد ساعتين وأعادت فتح الطريق.")
    assert [e.mode for e in of_type(text, "ASSAULT")] == ["crowd-control"]
    assert not all_of_type(text, "RETREAT")


# --- one fight told with several act words

def test_the_attackers_claimed_results_are_their_ambush() -> None:
    text = ("أعلنت جماعة مسلحة في النيجر، أمس، أن عناصرها نصبوا كمينا لدورية للجيش قرب "
            "بلدة تيلابيري، مؤكدة أنهم قتلوا تسعة جنود وأحرقوا ثلاث آليات.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_captives_counted_with_the_dead_are_the_fight() -> None:
    text = ("أعلن الجيش النيجيري، أمس الثلاثاء، أنه صد هجوما شنه مسلحون على قاعدة عسكرية "
            "في ولاية بورنو، مؤكدا مقتل 11 من المهاجمين وأسر أربعة آخرين.")
    assert len(of_type(text, "ASSAULT")) == 1
    assert not all_of_type(text, "COERCE")


def test_an_attack_repelled_told_later_is_the_clash() -> None:
    text = ("اندلعت اشتباكات عنيفة، فجر أمس، بين قوات الحكومة ومسلحين قبليين في مديرية "
            "صرواح غرب مأرب. وقالت وزارة الدفاع إن قواتها «صدت هجوما» على مواقعها.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_an_attack_repelled_after_a_shelling_is_another_fight() -> None:
    # near miss: a shelling of houses, then a ground attack on another front
    text = ("قتل خمسة مدنيين في قصف مدفعي على أحياء سكنية في مدينة الفاشر. وفي المقابل، "
            "أعلن الجيش أنه صد هجوما واسعا على المحور الجنوبي للمدينة.")
    assert len(of_type(text, "ASSAULT")) == 2


def test_the_other_sides_telling_is_the_same_fight() -> None:
    text = ("قال الجيش الكونغولي إنه صد هجوما لمتمردي حركة 23 مارس على بلدة ماسيسي أمس. في "
            "المقابل، زعمت الحركة في بيان أن مقاتليها سيطروا على البلدة لساعات.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_an_attack_suffered_told_by_the_other_side_is_the_ambush() -> None:
    text = ("أعلنت جبهة متمردة، أمس، أن مقاتليها نصبوا كمينا لقافلة عسكرية قرب مدينة "
            "غاو. في المقابل، قالت هيئة الأركان في بيان إن وحداتها «تعرضت لهجوم إرهابي» "
            "قرب غاو وردت عليه.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_a_charge_of_unlawful_targeting_is_no_attack() -> None:
    text = ("فرضت الحكومة الأسترالية عقوبات على ثلاثة مسؤولين في منظمة دولية، متهمة إياهم "
            "بـ«استهداف مواطنيها بشكل غير مشروع».")
    assert not all_of_type(text, "ASSAULT")


def test_a_charge_of_deliberate_targeting_retells_the_strike() -> None:
    text = ("قصفت طائرات حربية سوقا شعبية في مدينة نيالا، ما أسفر عن مقتل 12 مدنيا. "
            "واتهمت قوات الدعم السريع الجيش باستهداف المدنيين عمدا.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_a_specific_accused_attack_keeps_its_event() -> None:
    # near miss: no adverb of conduct, a place and a time of its own
    text = "واتهمت الحكومة الجيش بقصف مخيم للنازحين قرب مدينة الجنينة الشهر الماضي."
    assert all_of_type(text, "ASSAULT")


def test_a_mine_in_a_while_clause_is_an_act_of_its_own() -> None:
    text = ("أعلنت وزارة الدفاع الوطني، اليوم، أن وحدات عسكرية قضت، مساء أمس، على ثلاثة "
            "مسلحين خلال عملية تمشيط بمرتفعات جبل مغيلة من ولاية سيدي بوزيد، فيما أصيب جندي "
            "بجروح طفيفة إثر انفجار لغم أرضي أثناء تقدم الدورية.")
    modes = sorted(str(e.mode) for e in of_type(text, "ASSAULT"))
    assert modes == ["None", "explosives"]
