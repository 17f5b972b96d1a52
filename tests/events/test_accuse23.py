"""Task accuse23 on the team's own sentences: recall of ACCUSE by kind, each a general reading
with its family of forms — concern shown or expressed with a long speaker or an insert, blame
laid (ألقى باللوم، حمّل … تبعات، the first person أحمّل), charges brought with a long
prosecutor and accused between, verbal attacks told by their manner or the speech they were
made in, a condemnation the act met, accusations told in a speaker's reported clause (a party
said to break, dodge, collude, be involved, persist in its violations, bear the
responsibility), a complaint told with its clause, concern told as following "with concern",
criticism set as the scene with its critics and their words, a violation reported to a
monitor, a lawsuit named before its author, the Maghreb charge formula من أجل after a
detention, an inquiry authorised in the present, a referral announced, the Maghreb title
الكاتب العام, another party's reaction told in a later sentence — and the near misses that stay
as they were (a task on someone's shoulders, consequences borne, armed men attacking
fiercely, pledges and calls not to collude or look away, duties to be shouldered, a
complaint of a power cut, critics told only by their demand, a conviction's lawsuit, a
sentence's من أجل, an attempt told of a neighbour, a complaint named before an arrest, a page's
summary of condemnations)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type, facts_of_type

PUB = date(2026, 11, 18)  # a Wednesday

all_of_type = partial(events_of_type, published=PUB)
facts = partial(facts_of_type, published=PUB)


def modes(text: str) -> list[str | None]:
    return [e.mode for e in all_of_type(text, "ACCUSE")]


def actors(text: str) -> list[str | None]:
    return [e.actor.span.text if e.actor else None for e in all_of_type(text, "ACCUSE")]


# --- concern shown or expressed with a long speaker or an insert


def test_concern_shown_with_a_long_subject_is_disapproval() -> None:
    text = "وأبدت المفوضية السامية لشؤون اللاجئين قلقها من ترحيل المهاجرين من ليبيا."
    assert "disapprove" in modes(text)


def test_concern_shown_after_a_time_between_is_disapproval() -> None:
    text = "وكانت منظمة الصحة العالمية قد أبدت الأسبوع الماضي قلقها من انتشار الكوليرا في المخيمات."
    assert "disapprove" in modes(text)


def test_concern_expressed_with_a_long_speaker_before_an_is_disapproval() -> None:
    text = "وعبرت وزارة الخارجية الإسبانية في بيان عن قلقها من اعتقال الناشطين في الجزائر."
    assert "disapprove" in modes(text)


def test_following_with_concern_is_disapproval() -> None:
    text = "وقالت الخارجية القطرية إن الدوحة «تتابع بقلق» التطورات في شمال اليمن."
    assert "disapprove" in modes(text)


# --- blame laid


def test_blame_laid_on_a_party_is_an_accusation() -> None:
    text = "وألقى رئيس الوزراء الباكستاني باللوم على حركة طالبان في هجوم بيشاور."
    assert "allege" in modes(text)


def test_a_task_placed_on_shoulders_is_no_blame() -> None:
    text = "وألقت الحكومة بالمسؤولية على عاتق البلديات في جمع النفايات."
    assert not all_of_type(text, "ACCUSE")


def test_holding_a_party_to_the_consequences_is_an_accusation() -> None:
    text = "وحمّلت الخارجية الأردنية إسرائيل تبعات التصعيد في القدس."
    assert "allege" in modes(text)


def test_consequences_borne_are_no_accusation() -> None:
    text = "ويتحمل المواطنون تبعات الأزمة الاقتصادية منذ سنوات."
    assert not all_of_type(text, "ACCUSE")


def test_holding_responsible_in_the_first_person_singular_is_an_accusation() -> None:
    text = "وقال النائب: «وأحمّل وزير الداخلية المسؤولية الكاملة عن سلامة المعتقلين»."
    assert "allege" in modes(text)


# --- charges and legal steps


def test_charges_brought_with_a_long_prosecutor_and_accused_between() -> None:
    text = "ووجهت النيابة العامة في نواكشوط إلى الرئيس السابق تهما بالفساد وغسل الأموال."
    assert "allege" in modes(text)


def test_a_lawsuit_named_before_its_author_and_target_is_an_accusation() -> None:
    text = "وتنظر محكمة القضاء الإداري الأسبوع المقبل دعوى أقامها محامون ضد وزارة التموين."
    assert "allege" in modes(text)


def test_a_convictions_lawsuit_is_no_accusation() -> None:
    text = "وقضت المحكمة بحبسه سنة بعد إدانته بالتشهير في دعوى أقامها ضده وزير سابق."
    assert not all_of_type(text, "ACCUSE")


def test_the_maghreb_charge_formula_after_a_detention_is_an_accusation() -> None:
    text = "وأذنت النيابة العمومية بالقيروان بالاحتفاظ بالموقوفين من أجل تكوين وفاق إجرامي."
    assert "allege" in modes(text)


def test_an_inquiry_authorised_in_the_present_is_an_investigation() -> None:
    text = "النيابة العمومية بصفاقس تأذن بفتح بحث تحقيقي في حادثة غرق المركب."
    assert "investigate" in modes(text)


def test_a_referral_to_the_courts_announced_is_a_future_accusation() -> None:
    text = "وأكد رئيس هيئة النزاهة أن الهيئة ستحيل ملفات الفساد في وزارة الكهرباء إلى القضاء."
    assert "allege" in modes(text)


def test_a_complaint_named_before_an_arrest_stays_unread() -> None:
    text = "وأوقفت الشرطة المدون إثر شكوى قدمها وزير سابق."
    assert not all_of_type(text, "ACCUSE")


# --- verbal attacks and condemnations met


def test_a_verbal_attack_told_by_its_manner_is_disapproval() -> None:
    text = "وهاجم الرئيس التونسي بشدة المعارضة في خطاب بقصر قرطاج."
    assert "disapprove" in modes(text)


def test_armed_men_attacking_fiercely_are_no_verbal_attack() -> None:
    text = "وهاجم مسلحون بشدة نقطة تفتيش للجيش في ولاية النيجر."
    assert not all_of_type(text, "ACCUSE")


def test_a_verbal_attack_told_with_its_speech_is_disapproval() -> None:
    text = "وهاجم الرئيس الفنزويلي في كلمة متلفزة الإدارة الأمريكية."
    assert "disapprove" in modes(text)


def test_a_condemnation_the_act_met_is_disapproval() -> None:
    text = "وقوبل قرار المجلس العسكري طرد السفير بتنديد من الاتحاد الأوروبي."
    assert "disapprove" in modes(text)


def test_criticism_set_as_the_scene_with_its_critics_words_is_disapproval() -> None:
    text = "وأقر البرلمان الموازنة وسط انتقادات من نواب المعارضة لما وصفوه بإهمال قطاع الصحة."
    assert "disapprove" in modes(text)


def test_critics_told_only_by_their_demand_are_no_accusation() -> None:
    text = "وأقر المجلس القانون وسط انتقادات حادة من نواب طالبوا بتأجيله."
    assert not all_of_type(text, "ACCUSE")


def test_a_violation_reported_to_a_monitor_is_a_complaint() -> None:
    text = "وأعلن الجيش الأوكراني أنه أبلغ بعثة المراقبة الدولية بالخروقات الروسية."
    assert "disapprove" in modes(text)


# --- accusations told in a speaker's reported clause


def test_a_party_said_to_break_its_obligations_is_the_speakers_accusation() -> None:
    text = "وقالت الخارجية الصينية إن واشنطن «تنتهك التزاماتها» بشأن تايوان."
    assert "allege" in modes(text)
    assert "الخارجية الصينية" in actors(text)


def test_detainees_said_to_be_involved_is_an_accusation() -> None:
    text = "وأكد المتحدث باسم الشرطة الكينية أن الموقوفين متورطون في تهريب الأسلحة."
    assert "allege" in modes(text)


def test_deliberate_obstruction_said_of_a_speaker_is_an_accusation() -> None:
    text = "وقال رئيس الكتلة النيابية إن رئاسة البرلمان «تتعمد تعطيل جلسات المساءلة»."
    assert "allege" in modes(text)


def test_a_party_said_to_persist_in_its_violations_is_an_accusation() -> None:
    text = "وقال المتحدث باسم الجيش السوداني إن قوات الدعم السريع «تواصل انتهاكاتها» في الفاشر."
    assert "allege" in modes(text)


def test_a_party_said_to_bear_the_responsibility_is_blame() -> None:
    text = "وقال الأمين العام للاتحاد إن الحكومة «تتحمل المسؤولية الكاملة» عن إغلاق المصانع."
    assert "disapprove" in modes(text)


def test_duties_to_be_shouldered_are_no_blame() -> None:
    text = "وقال الوزير إن الحكومة ستتحمل مسؤولياتها كاملة في إعادة الإعمار."
    assert not all_of_type(text, "ACCUSE")


def test_a_pledge_not_to_renege_is_no_accusation() -> None:
    text = "وقال وزير الدفاع إن الجيش لن يتنصل من التزاماته تجاه الحلفاء."
    assert not all_of_type(text, "ACCUSE")


def test_a_pledge_not_to_cover_up_is_no_accusation() -> None:
    text = "مؤكدا أن الوزارة «لن تتستر على أي موظف فاسد»."
    assert not all_of_type(text, "ACCUSE")


def test_a_call_not_to_look_away_is_no_accusation() -> None:
    text = "وشدد المبعوث على أن العالم لا يمكنه أن يغض الطرف عن معاناة المدنيين."
    assert not all_of_type(text, "ACCUSE")


def test_an_attempt_told_of_a_neighbour_stays_unread() -> None:
    text = "وقالت كابل إن القوات الباكستانية حاولت إقامة منشآت على خط الحدود."
    assert not all_of_type(text, "ACCUSE")


def test_a_complaint_told_with_its_clause_is_disapproval() -> None:
    text = "واشتكى مزارعون في الجنوب من أن قوات الاحتلال تمنعهم من الوصول إلى أراضيهم."
    assert "disapprove" in modes(text)


def test_a_complaint_of_a_power_cut_is_no_accusation() -> None:
    text = "واشتكى السكان من انقطاع الكهرباء لساعات طويلة."
    assert not all_of_type(text, "ACCUSE")


def test_the_maghreb_secretary_general_speaks_for_his_union() -> None:
    text = "وقال الكاتب العام للجامعة الوطنية للتعليم إن الوزارة «تنصلت من التزاماتها»."
    assert "allege" in modes(text)


# --- other speakers' reactions told in later sentences


def test_another_partys_concern_in_a_later_sentence_is_its_own_event() -> None:
    text = ("وقالت رئيسة الرابطة في ندوة صحفية إن قرار الحل «انتقام سياسي».\n"
            "فيما عبرت منظمة العفو الدولية عن قلقها من تضييق الحريات في البلاد.")
    assert len(all_of_type(text, "ACCUSE")) == 2


def test_a_pages_summary_of_condemnations_joins_the_named_one() -> None:
    text = ("وتوالت الإدانات الدولية للهجوم على المسجد في كانو.\n"
            "وأدانت منظمة التعاون الإسلامي في بيان الهجوم بشدة.")
    assert len(all_of_type(text, "ACCUSE")) == 1


# --- the accused conduct's span is no tally


def test_blame_for_conduct_since_a_year_is_one_accusation() -> None:
    text = "وحمّل الحزب الحكومة مسؤولية «المماطلة منذ عام 2019» في ملف الأجور."
    assert "allege" in modes(text)


def test_a_tally_of_attacks_since_a_year_stays_no_event() -> None:
    text = "وقال التقرير إن الجماعة نفذت 300 هجوم في الإقليم منذ عام 2015."
    assert not facts(text, "ASSAULT")
