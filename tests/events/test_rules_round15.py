"""Round-15 rules on the team's own sentences: characterisations in condemning words,
borders closed and assemblies banned, a source's anonymity, sirens, legal appeals,
unconditional demands, purposes, draft resolutions, drills and scenarios, sit-in tents,
migrants intercepted, moved by force or taken to detention, convoys kept out, UN adoptions,
delegations travelling to talks, forces deployed, flights halted, back-references to an
accusation, pluperfect verbs in ن, warnings that parties will be targets, camps removed,
and acts dated by a counted interval before a dated act (بعد ثلاثة أيام من)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, events_of_type, facts, types

PUB = date(2026, 11, 18)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`.
of_type = partial(events_of_type, published=PUB)


# --- characterisations


def test_a_standalone_characterisation_in_condemning_words_is_disapproval() -> None:
    text = "وقالت المعارضة إن المشاركة ضعيفة ووصفت الاقتراع بأنه «مهزلة»."
    accusations = of_type(text, "ACCUSE")
    assert accusations and accusations[0].mode == "disapprove"
    step = "وأعلن الجيش حل البرلمان، في خطوة وصفتها الولايات المتحدة بأنها «انقلاب»."
    assert "ACCUSE" in types(step, PUB)


def test_a_characterisation_after_a_condemnation_is_the_same_reaction() -> None:
    text = "وأدانت منظمة العفو الدولية الإعدام ووصفت المحاكمة بأنها «صورية»."
    assert len(of_type(text, "ACCUSE")) == 1


def test_accusations_called_false_and_praise_are_no_condemnation() -> None:
    assert not of_type("ونفت الحكومة ذلك، ووصفت الخارجية الاتهامات بأنها باطلة.", "ACCUSE")
    assert not of_type("ووصف الجانبان الجولة بأنها «بناءة ومثمرة».", "ACCUSE")


# --- material acts


def test_a_border_closed_is_a_restriction() -> None:
    for text in ("وأعلنت الحكومة، اليوم الأربعاء، إغلاق حدودها الشرقية مع السودان.",
                 "وأعلن الضباط تعليق العملية الانتخابية وإغلاق الحدود البرية والجوية."):
        closed = of_type(text, "COERCE")
        assert closed and closed[0].mode == "restrict", text


def test_any_assembly_banned_after_a_long_subject() -> None:
    assert "COERCE" in types("ومنعت وزارة الإدارة الإقليمية أي تجمعات حتى إشعار آخر.", PUB)


def test_sit_in_tents_are_a_protest_and_its_demand_joins_it() -> None:
    text = "ونصب الخريجون خيامهم أمام مبنى المحافظة، مطالبين بتعيينهم على الملاك الدائم."
    assert "PROTEST" in types(text, PUB)
    assert not of_type(text, "REQUEST")


def test_migrants_intercepted_at_sea_but_not_a_drone() -> None:
    text = "اعترض خفر السواحل، خلال الأيام الثلاثة الماضية، 612 مهاجرا قبالة سواحل صبراتة."
    assert "COERCE" in types(text, PUB)
    assert not of_type("واعترضت الدفاعات الجوية طائرة مسيرة فوق المدينة.", "COERCE")


def test_people_moved_by_force_families_forced_out_and_taken_to_detention() -> None:
    moved = of_type("واتهمت منظمات حقوقية السلطات بنقل مهاجرين قسرا إلى الحدود.", "COERCE")
    assert moved and moved[0].mode == "deport"
    assert "COERCE" in types("وأجبرت القوات عائلات على إخلاء منازلها.", PUB)
    held = of_type("ونقل المهاجرون الذين جرى اعتراضهم إلى مركز احتجاز قرب المدينة.", "COERCE")
    assert held and held[0].mode == "arrest"


def test_a_convoy_kept_out_with_its_object_before_the_place() -> None:
    text = ("وقال المكتب إن القوات منعت، منذ الأحد الماضي، قافلة تضم 28 شاحنة محملة بالغذاء "
            "من دخول المدينة.")
    withheld = of_type(text, "COERCE")
    assert withheld and withheld[0].mode == "withhold"


def test_camps_removed_and_people_arrested_are_two_acts() -> None:
    text = ("فككت وحدات من الحرس الوطني، أمس الثلاثاء، مخيمات عشوائية يقيم فيها مهاجرون، "
            "وأوقفت 43 شخصا.")
    assert {e.mode for e in of_type(text, "COERCE")} == {"restrict", "arrest"}


def test_forces_deployed_told_as_a_noun() -> None:
    text = "وأعلنت الوزارة انتشار قوات محايدة في محيط المطار."
    assert "MOBILIZE" in types(text, PUB)


# --- verbal acts


def test_a_un_body_adopting_a_resolution_and_its_vote_tally() -> None:
    text = ("اعتمد مجلس الأمن الدولي، مساء الاثنين، قرارا يمدد ولاية البعثة. وحظي القرار "
            "بتأييد 12 عضوا.")
    assert len(of_type(text, "SUPPORT")) == 1


def test_a_draft_resolutions_content_is_no_act_but_the_veto_is() -> None:
    text = ("واستخدمت الولايات المتحدة حق النقض (الفيتو) لإسقاط مشروع قرار يطالب إسرائيل "
            "بوقف إجراءات الضم.")
    assert "REJECT" in types(text, PUB)
    assert not of_type(text, "REQUEST")


def test_a_delegation_travelling_to_talks_is_a_planned_visit() -> None:
    text = "وقال إن وفدا من وزارة المالية سيتوجه إلى بغداد الأحد المقبل لبحث آلية الرواتب."
    visits = of_type(text, "CONSULT")
    assert visits and visits[0].mode == "visit" and visits[0].future


def test_a_warning_that_a_party_will_be_a_target_is_a_threat() -> None:
    text = "وحذر المتحدث شركات الشحن من أن سفنها ستكون هدفا لقواته إذا واصلت التعامل معها."
    threats = of_type(text, "THREATEN")
    assert threats and threats[0].mode == "violence" and not threats[0].hypothetical


def test_a_back_reference_to_an_accusation_is_no_second_one() -> None:
    text = "واتهمت الجماعة موظفين أمميين بالتجسس، وهي اتهامات نفتها الأمم المتحدة."
    assert len(of_type(text, "ACCUSE")) == 1


# --- what reports no act


def test_a_sources_anonymity_is_no_request() -> None:
    text = "وقال قائد عسكري، طلب عدم الكشف عن اسمه، إن القوات صدت الهجوم."
    assert not of_type(text, "REQUEST")


def test_sirens_are_no_ultimatum() -> None:
    assert not of_type("وقال الجيش إن صافرات الإنذار دوت في بلدة المطلة.", "THREATEN")


def test_a_legal_appeal_is_no_stabbing() -> None:
    text = "وقال المحامي إن هيئة الدفاع ستطعن على الأحكام أمام محكمة النقض."
    assert not of_type(text, "ASSAULT")
    assert "ASSAULT" in types("وطعن شاب شرطيا في صدره قرب باب العامود.", PUB)


def test_a_release_sought_as_a_purpose_is_no_release() -> None:
    text = "وأعلنت السفارة أنها على اتصال بالسلطات «لضمان الإفراج السريع» عن مواطنيها."
    assert not of_type(text, "RETREAT")


def test_a_drill_and_its_scenario_report_no_attack_or_arrest() -> None:
    text = ("ونفذ المصرف تمرينا افتراضيا حاكى هجوما إلكترونيا منسقا يستهدف أنظمة الدفع، "
            "وتضمن سيناريو تحتجز فيه عصابة بيانات العملاء رهينة.")
    assert not facts(text, PUB)


def test_flights_halted_at_an_airport_are_no_sanction() -> None:
    text = "وانتشرت القوات في محيط المطار الذي علقت الرحلات فيه لساعات."
    assert not of_type(text, "SANCTION")


# --- flags


def test_an_unconditional_demand_is_no_condition() -> None:
    demands = of_type("وطالب المتحدث بالإفراج الفوري وغير المشروط عنهم.", "REQUEST")
    assert demands and not demands[0].hypothetical
    eased = of_type("فرفع العقوبات مشروط بسياسات جديدة.", "RETREAT")
    assert eased and eased[0].hypothetical


def test_qad_before_a_past_verb_in_nun_asserts_it() -> None:
    for text in ("وكانت القوات قد نشرت تعزيزات في المدينة.",
                 "وكان المسلحون قد نفذوا هجوما على الحاجز."):
        found = events(text, PUB)
        assert found and not any(e.hypothetical for e in found), text
    assert all(e.hypothetical for e in events("قد ننفذ هجوما على الحاجز.", PUB))


# --- dates counted back from a dated act


def test_an_act_told_a_counted_interval_before_a_dated_act_takes_that_day() -> None:
    text = ("عقد الوفدان، أمس الثلاثاء، اجتماعا في دمشق. وجاء الاجتماع بعد ثلاثة أيام من "
            "اشتباكات بين الجيش والقوات الكردية قرب سد تشرين.")
    clashes = of_type(text, "ASSAULT")
    assert clashes and clashes[0].date == date(2026, 11, 14)  # Tuesday the 17th less 3


def test_the_formula_counts_back_from_the_lead_act() -> None:
    text = ("خطف مسلحون، فجر اليوم الأربعاء، عضو المجلس البلدي من أمام منزله.\n"
            "ويأتي الحادث بعد أسبوعين من اختطاف ناشط مدني في المدينة نفسها.")
    earlier = [e for e in of_type(text, "ASSAULT") if "ناشط" in e.evidence[0].text
               or e.trigger.text == "اختطاف"]
    assert earlier and earlier[0].date == date(2026, 11, 4)


def test_vague_intervals_and_durations_date_nothing() -> None:
    vague = ("وصل الوزير، اليوم الأربعاء، إلى طهران. وتأتي الزيارة بعد أيام من هجوم بطائرة "
             "مسيرة استهدف القاعدة.")
    attack = of_type(vague, "ASSAULT")
    assert attack and attack[0].date_basis != "sentence"
    duration = ("قدم المحافظ استقالته، مساء أمس الثلاثاء، بعد ثلاثة أيام من الاحتجاجات "
                "في المدينة.")
    protests = of_type(duration, "PROTEST")
    assert protests and protests[0].date != date(2026, 11, 14)
