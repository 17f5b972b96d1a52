"""Round-11 rules on the team's own sentences: agreements, deployments and cooperation
phrased with a time adverbial, a long insert or a long subject between the verb and its
object (طردت الشهر الماضي، توصلا، خلال جولة محادثات ...، إلى وقف لإطلاق النار), naval
moves, extraditions to a counterpart, sites closed to worshippers, two weekdays sharing
one modifier (الأربعاء والخميس المقبلين), and what reports no act (any attack to repel, a
health service's alert, a marathon's attack)."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event

PUB = date(2026, 7, 15)  # a Wednesday


def events(text: str, published: date = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def facts(text: str) -> list[Event]:
    return [e for e in events(text) if not (e.negated or e.future or e.hypothetical)]


def modes(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in facts(text)}


def types(text: str) -> set[str]:
    return {e.type for e in facts(text)}


# --- words between a verb and its object

def test_a_time_adverbial_does_not_use_up_a_gap() -> None:
    text = "وكانت فرنسا قد طردت الشهر الماضي 12 موظفا في السفارة الجزائرية."
    assert ("SANCTION", "expel") in modes(text)


def test_an_agreement_concluded_in_a_named_month() -> None:
    text = "وكان الطرفان قد أبرما في أبريل الماضي تفاهمات أولية لإطلاق الأسرى المرضى."
    assert "AGREE" in types(text)


def test_a_long_insert_is_crossed_and_the_talks_in_it_kept() -> None:
    text = ("أعلنت الخارجية القطرية أن الوفدين توصلا، خلال جولة محادثات استضافتها الدوحة "
            "بوساطة قطرية تركية، إلى وقف فوري لإطلاق النار.")
    found = types(text)
    assert "AGREE" in found and "CONSULT" in found


def test_an_agreement_reached_told_in_a_relative_clause() -> None:
    text = "أفرج الطرفان عن الأسرى تنفيذا لتفاهمات جرى التوصل إليها في إسطنبول."
    assert "AGREE" in types(text)


def test_an_agreement_to_a_truce_takes_in_the_truce() -> None:
    text = "أعلنت الآلية أن الجيش وقوات الدعم السريع وافقا مبدئيا على هدنة إنسانية."
    assert "AGREE" in types(text)
    assert "RETREAT" not in types(text)


def test_readiness_to_resume_a_dialogue_is_one_offer() -> None:
    text = "وأشار المتحدث إلى أن طهران مستعدة لاستئناف الحوار مع الترويكا الأوروبية."
    assert "AGREE" in types(text)
    assert "CONSULT" not in types(text)


def test_a_deposit_told_with_a_bank_and_a_date_between() -> None:
    text = ("وكانت المملكة قد أودعت في البنك المركزي الباكستاني، في 12 ربيع الأول 1447هـ، "
            "ثلاثة مليارات دولار.")
    assert ("AID", "economic") in modes(text)


# --- cooperation, deployments, restrictions

def test_a_dual_exchange_of_prisoners() -> None:
    text = "أعلنت موسكو أن روسيا وأوكرانيا تبادلتا 146 أسيرا من كل جانب بوساطة إماراتية."
    assert ("RETREAT", "release") in modes(text)


def test_a_handover_to_the_counterpart_authorities_is_an_extradition() -> None:
    text = ("سلمت السلطات المغربية، أمس الاثنين، إلى نظيرتها الإسبانية مواطنا يشتبه في "
            "تزعمه شبكة لتهريب المخدرات.")
    assert ("COOPERATE", "judicial") in modes(text)


def test_an_extradition_with_a_long_subject() -> None:
    text = ("سلمت دولة الإمارات العربية المتحدة، أمس، إلى مملكة بلجيكا المتهم المطلوب لدى "
            "القضاء البلجيكي.")
    assert ("COOPERATE", "judicial") in modes(text)


def test_warships_through_a_strait_are_a_deployment() -> None:
    text = "عبرت مدمرتان أمريكيتان مضيق باب المندب صباح اليوم باتجاه خليج عدن."
    assert ("MOBILIZE", "troops") in modes(text)


def test_forces_arriving_at_a_base_are_a_deployment_not_a_visit() -> None:
    text = "وصلت إلى قاعدة الملك عبدالعزيز الجوية، أمس، طلائع القوات المصرية المشاركة."
    assert "MOBILIZE" in types(text)
    assert "CONSULT" not in types(text)


def test_a_site_closed_to_worshippers_is_a_restriction() -> None:
    text = "أغلقت القوات الإسرائيلية الحرم الإبراهيمي أمام المصلين الليلة الماضية."
    assert ("COERCE", "restrict") in modes(text)


def test_counted_protesters_blocking_a_road() -> None:
    text = "قطع عشرات المحتجين، صباح اليوم، الطريق المؤدي إلى الحقل بالإطارات المحترقة."
    assert ("PROTEST", "obstruct") in modes(text)


def test_brandishing_a_review_of_a_treaty_threatens_relations() -> None:
    text = "ولوحت باريس بمراجعة اتفاقية الهجرة إذا لم تتعاون الجزائر في ملف الترحيل."
    assert ("THREATEN", "relations") in modes(text)


def test_an_investigative_committee() -> None:
    text = "وأعلن محافظ ذي قار تشكيل لجنة تحقيقية في الحادث."
    assert ("ACCUSE", "investigate") in modes(text)


# --- what reports no act

def test_any_attack_to_repel_is_no_attack() -> None:
    text = "وقال الناطق إن القوات المسلحة على أهبة الاستعداد لصد أي هجوم."
    assert "ASSAULT" not in types(text)


def test_a_negated_any_stays_a_negated_act() -> None:
    text = "ولم تسجل أي اشتباكات جديدة في المدينة منذ صباح اليوم."
    assert any(e.type == "ASSAULT" and e.negated for e in events(text))


def test_a_health_service_alert_is_no_mobilisation() -> None:
    text = ("رفعت وزارة الصحة حالة التأهب القصوى في مستشفيات محافظات الصعيد مع توقعات بموجة "
            "حارة.")
    assert "MOBILIZE" not in types(text)


def test_a_marathon_report_is_a_sports_page() -> None:
    text = ("حسم العداء الكيني لقب ماراثون الرباط الدولي بعدما شن هجوما حاسما عند الكيلومتر 35 "
            "وفرض حصارا على منافسيه حتى خط النهاية.")
    assert not facts(text)


# --- dates and plans

def test_two_weekdays_share_one_modifier() -> None:
    text = ("وقررت نقابة أعوان الإذاعة تنظيم إضراب عن العمل لمدة يومين، الأربعاء والخميس "
            "المقبلين.")
    [strike] = [e for e in events(text, date(2026, 7, 11)) if e.type == "PROTEST"]  # a Saturday
    assert strike.future and strike.date == date(2026, 7, 15)


def test_until_a_release_is_no_release() -> None:
    text = "وأعلنت النقابة مقاطعة الندوة الأسبوعية للحكومة إلى حين الإفراج عن المعتقلين."
    assert "RETREAT" not in types(text)


# --- counts

def test_at_least_after_a_nisba_adjective_opens_the_count() -> None:
    text = "قتل 11 جنديا صوماليا على الأقل في هجوم انتحاري بسيارة مفخخة استهدف قاعدة عسكرية."
    [attack] = [e for e in events(text) if e.type == "ASSAULT"]
    assert attack.killed is not None and attack.killed.min == 11
    assert attack.killed.max is None and attack.killed.approx


def test_at_least_after_an_arrests_object() -> None:
    text = ("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الاثنين، 18 مواطنا على الأقل خلال "
            "حملة مداهمات.")
    [arrest] = [e for e in events(text) if e.type == "COERCE"]
    assert arrest.arrested is not None and arrest.arrested.min == 18
    assert arrest.arrested.max is None


def test_a_partitive_object_counts_the_arrested() -> None:
    text = "وكانت قوات الأمن قد ألقت القبض قبل يومين على أربعة من قيادات الإضراب."
    [arrest] = [e for e in events(text) if e.type == "COERCE"]
    assert arrest.arrested is not None and arrest.arrested.min == 4


# --- more ways to say it

def test_parties_came_to_an_accord() -> None:
    text = "توافقت القوى السياسية العراقية، مساء أمس، على تسمية مرشح لرئاسة الحكومة."
    assert "AGREE" in types(text)


def test_an_agreement_in_the_passive() -> None:
    text = "تم الاتفاق بين الجانبين على تمديد الهدنة أسبوعين إضافيين."
    assert "AGREE" in types(text)


def test_an_accord_as_a_goal_is_no_agreement() -> None:
    text = "تهدف الندوة إلى حث النساء على التصويت والتوافق على الكفاءات."
    assert "AGREE" not in types(text)


def test_readiness_raised_with_a_long_subject_is_the_armys() -> None:
    text = "رفعت القوات المسلحة الجزائرية درجة الجاهزية على الحدود مع مالي."
    assert ("MOBILIZE", "troops") in modes(text)


def test_forces_put_on_alert() -> None:
    text = "وضعت إسرائيل قواتها في الشمال في حالة تأهب قصوى."
    assert "MOBILIZE" in types(text)


def test_military_movements() -> None:
    text = "شهدت المنطقة الحدودية تحركات عسكرية مكثفة للجيش الإريتري."
    assert ("MOBILIZE", "troops") in modes(text)


def test_an_armed_groups_reinforcements_are_a_militia_mobilisation() -> None:
    text = "دفعت قوات الدعم السريع بتعزيزات كبيرة نحو مدينة بارا شمال الأبيض."
    assert ("MOBILIZE", "militia") in modes(text)


def test_an_objection_to_a_draft_is_a_rejection_but_an_interception_is_not() -> None:
    assert "REJECT" in types("اعترضت الصين على مشروع القرار الأمريكي في مجلس الأمن.")
    assert "REJECT" not in types("اعترضت الدفاعات الجوية صاروخا أطلق من اليمن.")


def test_an_open_hunger_strike() -> None:
    text = "نفذ الأسرى الفلسطينيون إضرابا مفتوحا عن الطعام في سجن النقب."
    assert ("PROTEST", "hunger") in modes(text)


def test_the_protesters_of_a_riot_are_no_second_protest() -> None:
    text = "أحرق متظاهرون غاضبون مقر الحزب الحاكم في المدينة."
    assert len([e for e in facts(text) if e.type == "PROTEST"]) == 1


def test_storming_and_setting_fire_is_one_violent_protest() -> None:
    text = ("اقتحم محتجون غاضبون مساء أمس مبنى دائرة الكهرباء وأضرموا النار في بوابته احتجاجا "
            "على انقطاع التيار.")
    assert len([e for e in facts(text) if e.type == "PROTEST"]) == 1


def test_a_meeting_a_committee_will_hold_is_planned() -> None:
    text = "وأكد البيان أن اللجنة ستعقد أول اجتماعاتها في بنغازي قبل نهاية الشهر الجاري."
    [meeting] = [e for e in events(text) if e.type == "CONSULT"]
    assert meeting.future and meeting.date is None


def test_an_act_announced_before_the_main_act_takes_no_date_of_its_own() -> None:
    text = ("رفضت الخارجية الجزائرية، مساء الثلاثاء، قائمة الترحيل، وجاء الرد بعد أيام من "
            "إعلان وزير الداخلية الفرنسي تعليق العمل باتفاقية 2007.")
    [suspension] = [e for e in events(text) if e.type == "SANCTION"]
    assert suspension.date_basis == "published"


def test_a_night_named_by_two_weekdays_is_the_first_day() -> None:
    text = "شنت طائرات حربية غارات ليل السبت الأحد على مواقع في المدينة."
    [raid] = [e for e in events(text) if e.type == "ASSAULT"]
    assert raid.date == date(2026, 7, 11)  # the Saturday before the Wednesday PUB


def test_the_same_day_in_a_later_sentence_is_the_day_told_before() -> None:
    text = ("تظاهر المئات يوم الاثنين في الخرطوم. وفي اليوم نفسه، فرقت الشرطة تظاهرة أخرى "
            "بالغاز المسيل للدموع.")
    [dispersal] = [e for e in events(text) if e.type == "ASSAULT"]
    assert dispersal.date == date(2026, 7, 13)


# --- trade, treaties, weather

def test_oil_exports_resumed_are_economic_cooperation() -> None:
    text = "استأنفت حكومة إقليم كوردستان، أمس الثلاثاء، تصدير النفط عبر ميناء جيهان التركي."
    assert ("COOPERATE", "economic") in modes(text)


def test_a_state_supplying_another_with_power() -> None:
    text = "بدأت المملكة العربية السعودية، أمس الأول، تزويد العراق بالكهرباء عبر خط الربط."
    assert ("COOPERATE", "economic") in modes(text)


def test_a_cancelled_cooperation_treaty_cuts_relations() -> None:
    text = ("طالبت السلطات العسكرية في النيجر واشنطن بسحب قواتها، معلنة إلغاء اتفاقية التعاون "
            "العسكري بين البلدين.")
    assert ("SANCTION", "discontinue") in modes(text)


def test_suspended_exports_with_a_pronoun() -> None:
    text = "وأعلنت حكومة النيجر تعليق صادراتها من النفط الخام عبر خط الأنابيب المار ببنين."
    assert ("SANCTION", "discontinue") in modes(text)


def test_a_heat_wave_that_besieges_is_weather() -> None:
    text = "وقالت هيئة الأرصاد إن الكتلة الهوائية الساخنة «تحاصر» جنوب البلاد."
    assert not facts(text)


def test_a_signing_by_parties_named_at_length() -> None:
    text = ("وقعت حكومة جمهورية الكونغو الديمقراطية وحركة «إم 23» المتمردة، مساء الأحد في "
            "الدوحة، إعلان مبادئ يمهد لاتفاق سلام شامل.")
    assert "SUPPORT" in types(text)


def test_a_signing_by_four_ministers() -> None:
    text = ("وقع وزراء النقل في تركيا والعراق وقطر والإمارات، اليوم الأربعاء في إسطنبول، "
            "الاتفاقية الإطارية لتمويل المرحلة الأولى من طريق التنمية.")
    assert "SUPPORT" in types(text)


def test_security_units_deployed_are_police() -> None:
    text = "انتشرت وحدات أمنية بأعداد كبيرة في محيط حقل الرميلة منذ صباح اليوم."
    assert ("MOBILIZE", "police") in modes(text)


def test_reinforcements_arriving() -> None:
    text = "وأفاد مراسلنا بوصول تعزيزات إلى محيط المنطقة الحدودية."
    assert "MOBILIZE" in types(text)


def test_a_call_during_which_parties_agreed_is_its_own_consultation() -> None:
    text = "واتفق الجانبان خلال اتصال هاتفي أمس على رفع الطاقة المنقولة إلى ألف ميغاواط."
    found = types(text)
    assert "AGREE" in found and "CONSULT" in found


def test_an_agreed_round_of_talks_stays_the_agreements_content() -> None:
    text = "اتفق الجانبان على عقد جولة جديدة من المفاوضات في مسقط الشهر المقبل."
    assert "CONSULT" not in types(text)


def test_what_is_refused_gives_the_rejections_mode() -> None:
    assert ("REJECT", "yield") in modes("رفض رئيس اللجنة، أمس الثلاثاء، أي تفتيش لمنشأة فوردو.")
    assert ("REJECT", "meet") in modes("رفض رئيس الحكومة مخرجات اللقاء الذي عقد في القاهرة.")


# --- look-alikes of the new rows

def test_rescue_services_deployed_are_no_mobilisation() -> None:
    assert "MOBILIZE" not in types(
        "انتشرت قوات الدفاع المدني في الأحياء المتضررة من السيول.")
    assert "MOBILIZE" not in types(
        "وصلت تعزيزات من فرق الإطفاء إلى موقع الحريق في المنطقة الصناعية.")


def test_a_team_on_alert_and_a_museum_closed_to_visitors_are_no_events() -> None:
    assert not facts("وضعت الإدارة الفريق في حالة تأهب قبل المباراة الحاسمة.")
    assert not facts("أغلقت إدارة المتحف أبوابها أمام الزوار بسبب أعمال الترميم.")


def test_wanted_men_handed_over_by_their_families_are_no_extradition() -> None:
    assert "COOPERATE" not in types("تسلمت الشرطة ثلاثة مطلوبين من ذويهم في المدينة.")


def test_a_summons_and_its_protest_note_are_one_protest() -> None:
    text = ("استدعت وزارة الخارجية الأذربيجانية، صباح اليوم، السفير الفرنسي في باكو، وسلمته "
            "مذكرة احتجاج على تصريحات لنواب فرنسيين.")
    assert len([e for e in facts(text) if e.type == "ACCUSE"]) == 1


def test_forces_of_many_states_in_an_exercise() -> None:
    text = "شاركت قوات من 20 دولة في تمرين الأسد المتأهب في الأردن."
    assert ("COOPERATE", "military") in modes(text)


def test_thousands_of_personnel_deployed_to_secure_a_vote() -> None:
    text = "نشرت وزارة الداخلية آلاف العناصر لتأمين الانتخابات البلدية."
    assert ("MOBILIZE", "police") in modes(text)


def test_a_suspect_referred_to_foreign_authorities() -> None:
    text = "أحالت الإمارات إلى السلطات الفرنسية مشتبها به في قضية غسل أموال."
    assert ("COOPERATE", "judicial") in modes(text)
