"""Task split21 on the team's own sentences: one act told twice in an article is one event
(:mod:`rasd.events.retellings.told_twice`) — the crowd named again as casualties or as a later
subject, its chants, a visit's talks and the guest's arrival, a headline and its lead, an arrest
named back by a verbal noun with a pronoun, a decision named back, a denier's own account of an
attack told before, another source's figure — and the near misses that stay two acts: a crowd
beside a strike, a gathering of its own that chanted, a topic change, a strike a denial owns
when it opens the story, an attack on the person a pronoun names, two forces' arrests."""

from __future__ import annotations

from rasd.events.retellings.told_twice import headline_end, possessive_masdar
from tests.events.rule_checks import events, events_of_type, facts_of_type


def _facts(text: str, type_: str) -> list[str]:
    return [e.trigger.text for e in facts_of_type(text, type_)]


# --- the crowd named again


def test_protesters_counted_among_the_wounded_are_the_protest() -> None:
    text = ("تظاهر مئات الطلاب، مساء أمس، أمام مقر وزارة التعليم العالي في الرباط للمطالبة "
            "بصرف المنح المتأخرة.\n"
            "وأصيب خمسة متظاهرين بجروح طفيفة عندما تدخلت قوات الأمن لتفريق الوقفة.")
    protests = events_of_type(text, "PROTEST")
    assert len(protests) == 1
    assert len(protests[0].evidence) == 2


def test_protesters_wounded_before_their_storming_is_told_are_no_second_protest() -> None:
    text = ("أصيب سبعة محتجين، ظهر اليوم، عندما فرقت الشرطة بالهراوات مئات العاطلين الذين "
            "حاولوا اقتحام مبنى محافظة قفصة.")
    assert [e.mode for e in events_of_type(text, "PROTEST")] == ["riot"]


def test_protesters_beside_a_strike_stay_a_protest_of_their_own() -> None:
    text = ("دخل إضراب عمال الموانئ في مرسيليا يومه الثالث احتجاجا على قانون التقاعد.\n"
            "وأصيب أربعة متظاهرين في مسيرة منفصلة نظمها طلاب في وسط المدينة.")
    assert len(events_of_type(text, "PROTEST")) == 2


def test_the_sit_in_told_at_an_earlier_stage_stays_apart() -> None:
    text = ("فرقت الشرطة، اليوم، اعتصاما لعمال النظافة أمام مقر البلدية في صفاقس.\n"
            "وكان المعتصمون قد أغلقوا قبل أسبوع مدخل مصب النفايات في عقارب.")
    assert len(events_of_type(text, "PROTEST")) == 2


# --- chants and banners


def test_the_protesters_chants_are_the_stand() -> None:
    text = ("نظم مئات المتقاعدين، صباح اليوم، وقفة احتجاجية أمام مقر صندوق التقاعد في البصرة "
            "للمطالبة بزيادة رواتبهم.\n"
            "وردد المحتجون هتافات تندد بتأخر صرف المستحقات منذ ثلاثة أشهر.")
    protests = events_of_type(text, "PROTEST")
    assert len(protests) == 1
    assert len(protests[0].evidence) == 2


def test_a_second_gathering_that_chanted_is_its_own_protest() -> None:
    text = ("تجمع مئات المزارعين، صباح اليوم، أمام مقر الولاية في سيدي بوزيد احتجاجا على شح "
            "مياه الري.\n"
            "وفي اليوم نفسه، نظم عشرات من عمال المناجم تجمعا مماثلا أمام مقر الشركة في "
            "المتلوي، رددوا خلاله شعارات ضد الحكومة.")
    assert len(events_of_type(text, "PROTEST")) == 2


# --- a visit told by its parts


def test_talks_held_during_a_planned_visit_are_the_visit() -> None:
    text = ("يبدأ رئيس الوزراء العراقي، الأحد المقبل، زيارة رسمية إلى أنقرة تستمر يومين، يجري "
            "خلالها مباحثات مع الرئيس التركي حول ملف المياه.")
    consults = events_of_type(text, "CONSULT")
    assert [e.mode for e in consults] == ["visit"]


def test_the_guests_arrival_in_the_meetings_sentence_is_the_visit() -> None:
    text = ("التقى الرئيس التونسي قيس سعيد، اليوم بقصر قرطاج، وزيرة الخارجية الإيطالية، التي "
            "وصلت إلى تونس في زيارة لم يعلن عنها مسبقا.")
    consults = events_of_type(text, "CONSULT")
    assert len(consults) == 1
    assert consults[0].mode == "visit"


def test_talks_after_a_change_of_topic_are_another_meeting() -> None:
    text = ("استقبل ملك البحرين، اليوم، رئيس وزراء اليونان الذي يقوم بزيارة رسمية للمملكة.\n"
            "من جهة أخرى، عقد وزير الخارجية البحريني جلسة مباحثات مع نظيره الياباني في "
            "طوكيو.")
    assert len(events_of_type(text, "CONSULT")) == 2


# --- a headline and its lead


def test_a_headline_and_its_lead_are_one_agreement_led_by_the_lead() -> None:
    text = ("الأردن وسوريا يتفقان على تشغيل معبر جابر نصيب على مدار الساعة\n"
            "عمان - اتفق وزيرا الداخلية الأردني والسوري، خلال اجتماع عقداه اليوم في عمان، على "
            "تمديد ساعات العمل في معبر جابر نصيب.")
    agreements = events_of_type(text, "AGREE")
    assert [e.trigger.text for e in agreements] == ["اتفق"]
    assert len(agreements[0].evidence) == 2


def test_the_headline_ends_after_a_credit_line_and_the_title() -> None:
    text = "أبوجا - «الشرق الأوسط»\nإيكواس: لن نعترف بأي تمديد\nقال رئيس المفوضية إن …"
    assert headline_end(text) == text.index("قال")
    assert headline_end("بدأت القمة اليوم في الدوحة بمشاركة عشرين دولة.\nوقال …") == 0


# --- nouns naming an act back


def test_an_arrest_named_back_with_a_pronoun_is_the_arrest() -> None:
    text = ("احتجزت الشرطة الباكستانية، اليوم، زعيم المعارضة في إقليم السند مع عشرات من "
            "أنصاره أمام مبنى البرلمان المحلي في كراتشي.\n"
            "وقال الزعيم المعارض للصحفيين قبل احتجازه إن الحكومة «تخشى صوت الشارع».")
    assert len(events_of_type(text, "COERCE")) == 1


def test_an_attack_on_the_person_a_pronoun_names_stays_an_attack() -> None:
    text = ("قصفت مدفعية الاحتلال، اليوم، أطراف بلدة بيت لاهيا شمال قطاع غزة.\n"
            "وأصيب طفل بجروح في بلدة خزاعة جراء استهدافه برصاص قناص إسرائيلي.")
    assert len(events_of_type(text, "ASSAULT")) == 2


def test_the_sit_in_they_began_days_ago_is_todays_sit_in() -> None:
    text = ("نفذ عشرات المعلمين المتعاقدين، صباح اليوم، اعتصاما أمام مديرية التربية في "
            "الناصرية للمطالبة بتثبيتهم.\n"
            "وكان المعلمون قد بدأوا اعتصامهم يوم الأحد الماضي، ونصبوا خياما قرب المبنى.")
    assert len(events_of_type(text, "PROTEST")) == 1


def test_holding_the_detainees_is_the_arrest_that_took_them() -> None:
    text = ("اعتقلت قوات الأمن السنغالية، الليلة الماضية، 25 شابا في أحياء دكار بعد مواجهات "
            "مع الشرطة.\n"
            "وأضافت الشرطة أن المحتجين أغلقوا عددا من الطرق، وأن احتجاز الموقوفين سيستمر "
            "يومين قبل إحالتهم إلى القضاء.")
    assert len(events_of_type(text, "COERCE")) == 1


def test_verbal_nouns_with_a_pronoun_are_told_from_verbs() -> None:
    assert possessive_masdar("احتجازه")
    assert possessive_masdar("اعتصامهم")
    assert possessive_masdar("توقيفها")
    assert not possessive_masdar("اعتقلتهم")  # a verb and its object
    assert not possessive_masdar("اختطفوه")
    assert not possessive_masdar("منزله")


def test_a_release_named_back_as_a_decision_is_the_release() -> None:
    text = ("أمرت محكمة في القاهرة، أمس، بالإفراج عن ثلاثة ناشطين بكفالة مالية.\n"
            "واستأنفت النيابة العامة قرار الإفراج أمام محكمة الجنايات.")
    assert len(events_of_type(text, "CONCEDE")) == 1


def test_this_attack_points_at_the_attack_told_before() -> None:
    text = ("قتل ثلاثة من عناصر الشرطة، فجر اليوم، في هجوم مسلح على مركز أمني في مقاطعة "
            "كاوكا جنوب غرب كولومبيا.\n"
            "وهذا الهجوم هو الرابع من نوعه على مراكز الشرطة في المقاطعة منذ مطلع سبتمبر.")
    assert len(events_of_type(text, "ASSAULT")) == 1


# --- a denier's own account


def test_a_deniers_account_of_a_strike_told_before_is_no_second_strike() -> None:
    text = ("قتل ستة مدنيين، فجر اليوم، في غارة جوية على قرية في ولاية شمال كردفان، وفق "
            "مصادر محلية.\n"
            "في المقابل، نفى الناطق باسم الجيش أن تكون طائراته قد استهدفت المدنيين، مؤكدا أن "
            "الطيران «ضرب تجمعات للمتمردين» قرب القرية.")
    assert len(_facts(text, "ASSAULT")) == 1


def test_a_strike_a_denial_owns_when_it_opens_the_story_is_an_act() -> None:
    text = ("نفى الجيش النيجيري، اليوم، أن تكون طائراته قد قصفت سوقا في ولاية زامفارا، "
            "مؤكدا أن الغارة استهدفت معسكرا لعصابات مسلحة في غابة مجاورة.")
    assert len(_facts(text, "ASSAULT")) == 1
    assert len(events_of_type(text, "ASSAULT")) == 2


# --- two sources' figures


def test_another_sources_figure_is_the_same_arrest_read_cautiously() -> None:
    text = "قالت المعارضة إن 45 من أنصارها اعتقلوا في العاصمة، فيما تحدثت الشرطة عن توقيف 30 شخصا."
    arrests = events_of_type(text, "COERCE")
    assert len(arrests) == 1
    got = arrests[0].arrested
    assert got is not None and (got.min, got.max, got.approx) == (30, None, True)


def test_two_forces_arrests_stay_two() -> None:
    text = "اعتقلت الشرطة 30 متظاهرا في وسط العاصمة، فيما اعتقلت قوة أخرى 12 شخصا في ضواحي المدينة."
    assert len(events_of_type(text, "COERCE")) == 2


def test_a_page_without_retellings_keeps_its_acts() -> None:
    text = ("اعتقلت قوات الأمن العراقية، اليوم، خمسة مطلوبين في كركوك.\n"
            "وفي سياق آخر، تظاهر عشرات الخريجين أمام مبنى محافظة ذي قار.")
    assert {e.type for e in events(text)} >= {"COERCE", "PROTEST"}
