"""Task fix52 on the team's own sentences: the general causes of the blind round 52's failures
(ev-2001..ev-2030, a week of the Maghreb, the Sahel's edge, Western Sahara and Mediterranean
migration). The Maghreb إيقاف of counted people; crossings foiled at sea, one act with the
crossers' arrest; a reserved right to respond; forces' presence reinforced; talks crowned by an
agreement or a signing; visa cuts; a bill not withdrawn; an invitation accepted in a relative
clause; the praise verb نوه; patrol boats received as aid and training paid for; seminars
banned; a diplomatic bag searched; a verbal هاجم; a breach of diplomatic norms; a protesting
crowd's demand in the next sentence; a visitor arriving in a capital; a meeting scheduled to
be held; police units in a clause of contrast; the general staff as an actor; a cordon as the
means of a ban; a network's described activity; a film's protest on a culture page; migrants
moved by the busload. And the readings beside them that stay as they were."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import assert_no_fact, assert_reports, events, facts_of_type

PUB = date(2026, 9, 30)  # a Wednesday

reports = partial(assert_reports, published=PUB)
no_fact = partial(assert_no_fact, published=PUB)
of_type = partial(facts_of_type, published=PUB)


def actors(text: str, type_: str) -> list[str | None]:
    return [e.actor.span.text if e.actor else None for e in of_type(text, type_)]


# --- arrests told with the Maghreb verbal noun and counted people


def test_counted_smugglers_after_iqaf_are_an_arrest() -> None:
    reports("وتم إيقاف ثلاثة مهربين وحجز شاحنة محملة بالوقود قرب الحدود الجزائرية.",
            "COERCE", "arrest")
    reports("أسفرت المداهمة عن إيقاف خمسة منظمين لرحلات الهجرة بمدينة المهدية.",
            "COERCE", "arrest")


def test_a_player_suspended_is_no_arrest() -> None:
    no_fact("قررت الجامعة إيقاف ثلاثة لاعبين لمدة مباراتين بسبب الشغب.", "COERCE")


# --- crossings foiled at sea


def test_a_foiled_crossing_alone_is_a_coerce() -> None:
    reports("أحبطت وحدات خفر السواحل، فجر اليوم، ثماني محاولات هجرة غير نظامية انطلاقا من "
            "سواحل نابل.", "COERCE", None)


def test_a_foiled_crossing_and_its_crossers_arrest_are_one_act() -> None:
    text = ("أحبطت البحرية الملكية، أمس الثلاثاء، محاولة للهجرة غير النظامية قبالة سواحل "
            "الداخلة، وأوقفت 57 مرشحا للهجرة.")
    assert len(of_type(text, "COERCE")) == 1


def test_the_organisers_arrest_in_the_next_sentence_stays_its_own() -> None:
    text = ("أحبطت وحدات الحرس البحري، ليلة الأحد، خمس محاولات اجتياز للحدود البحرية خلسة "
            "انطلاقا من سواحل قليبية. كما تم إيقاف منظمين اثنين للرحلات.")
    assert len(of_type(text, "COERCE")) == 2


# --- threats, deployments, agreements, sanctions, refusals


def test_a_state_reserving_its_right_to_respond_threatens() -> None:
    reports("وأكدت الخارجية أن المملكة «تحتفظ بحقها الكامل في الرد» على هذا الاستفزاز.",
            "THREATEN", None)
    reports("وقال الوزير إن بلاده تحتفظ بحقها في اتخاذ الإجراءات المناسبة.", "THREATEN", None)


def test_police_presence_reinforced_is_a_police_deployment() -> None:
    reports("وعززت السلطات التونسية وجود وحدات الحرس والشرطة على طول الحدود مع ليبيا.",
            "MOBILIZE", "police")


def test_army_presence_reinforced_is_a_troop_deployment() -> None:
    reports("وعزز الجيش النيجري حضوره العسكري في منطقة تيلابيري خلال الأسبوع الماضي.",
            "MOBILIZE", "troops")


def test_talks_crowned_by_an_agreement_report_one() -> None:
    text = ("عقد وزيرا خارجية ليبيا ومالطا جلسة محادثات توجت بالاتفاق على تشكيل لجنة مشتركة "
            "للهجرة.")
    reports(text, "CONSULT", None)
    reports(text, "AGREE", None)


def test_a_session_crowned_by_a_signing_reports_the_signing() -> None:
    reports("واختتمت أشغال اللجنة المشتركة المصرية السودانية بالتوقيع على ثماني مذكرات تفاهم.",
            "SUPPORT", None)


def test_a_visa_cut_is_a_sanction() -> None:
    reports("وقررت الحكومة الفرنسية تقليص عدد التأشيرات الممنوحة لمواطني المغرب إلى النصف.",
            "SANCTION", None)


def test_a_bill_not_withdrawn_is_a_refusal_to_yield() -> None:
    reports("وقال المتحدث باسم الحكومة إن الحكومة «لن تسحبه» رغم الاحتجاجات.", "REJECT", "yield")


def test_an_invitation_accepted_in_a_relative_clause_is_an_agreement() -> None:
    reports("ونقل السفير دعوة من الرئيس السنغالي لزيارة داكار، وهي الدعوة التي قبلها الرئيس "
            "الموريتاني.", "AGREE", None)


# --- praise, aid, bans, searches, verbal attacks


def test_the_praise_verb_nawwaha_is_support() -> None:
    reports("ونوهت وزارة الخارجية الإيطالية بجهود تونس في مكافحة الهجرة غير النظامية.",
            "SUPPORT", None)


def test_nawwaha_ila_is_a_mention() -> None:
    no_fact("ونوه المتحدث إلى أن الاجتماع سيعقد في موعده.", "SUPPORT")


def test_patrol_boats_received_as_a_gift_are_military_aid() -> None:
    reports("تسلمت البحرية الليبية، أمس، أربعة زوارق دورية سريعة مقدمة من الحكومة الإيطالية.",
            "AID", "military")


def test_training_paid_for_is_military_aid() -> None:
    reports("ومولت إسبانيا تدريب 150 عنصرا من الدرك الموريتاني على مراقبة السواحل.",
            "AID", "military")


def test_a_seminar_banned_is_a_ban() -> None:
    reports("منعت السلطات بالدار البيضاء، مساء الجمعة، ندوة كانت نقابة المحامين تعتزم "
            "تنظيمها.", "COERCE", "ban")


def test_a_diplomatic_bag_searched_is_coercion() -> None:
    reports("وفتشت الشرطة الحقيبة الدبلوماسية للسفارة الليبية بمطار روما.", "COERCE", None)
    reports("وأعلنت الوزارة أن سلطات المطار أخضعت دبلوماسيين مصريين للتفتيش الدقيق.",
            "COERCE", None)


def test_an_attack_on_an_agreement_is_verbal() -> None:
    text = "وهاجم حزب الشعب الإسباني الاتفاق، معتبرا أنه يمس السيادة الوطنية."
    reports(text, "ACCUSE", "disapprove")
    no_fact(text, "ASSAULT")


def test_an_armed_attack_on_a_convoy_stays_an_assault() -> None:
    reports("هاجم مسلحون قافلة عسكرية قرب مدينة غاو شمال مالي.", "ASSAULT", None)


def test_a_breach_of_the_vienna_convention_is_no_assault() -> None:
    no_fact("واستدعت الوزارة السفير المغربي إثر احتجاز موظف قنصلي، في خرق لاتفاقية فيينا "
            "للعلاقات القنصلية.", "ASSAULT")


# --- a protesting crowd's demand told next


def test_the_crowds_demand_in_the_next_sentence_is_the_protests() -> None:
    text = ("نفذ عشرات من عمال الموانئ، صباح اليوم، اعتصاما أمام مقر الولاية بنواذيبو. "
            "وطالب المعتصمون الحكومة بصرف أجورهم المتأخرة.")
    reports(text, "PROTEST", None)
    no_fact(text, "REQUEST")


def test_a_demand_read_in_a_statement_stays_a_request() -> None:
    text = ("أغلق محتجون من سكان قفصة الطريق الوطنية صباح اليوم. "
            "وطالب المحتجون في بيان السلطات الجهوية بتوفير مياه الشرب.")
    reports(text, "REQUEST", None)


# --- visits and meetings told ahead


def test_a_visitor_arriving_in_a_capital_is_a_visit() -> None:
    found = [e for e in events("ويرتقب أن يحل وفد برلماني إيطالي بتونس الأسبوع المقبل.", PUB)
             if e.type == "CONSULT"]
    assert found and found[0].mode == "visit"


def test_a_president_dissolving_parliament_is_no_visit() -> None:
    no_fact("حل الرئيس التونسي البرلمان في خطوة مفاجئة.", "CONSULT")


def test_a_scheduled_meeting_is_a_future_consult() -> None:
    found = [e for e in events("وبحث الجانبان التحضير للقمة المرتقب انعقادها في الرباط "
                               "الشهر المقبل.", PUB) if e.type == "CONSULT"]
    assert any(e.future for e in found)


# --- actors and readings of a sentence


def test_police_units_in_a_clause_of_contrast_are_the_deployment() -> None:
    text = ("ورفع المتظاهرون لافتات تندد بالقانون، فيما انتشرت وحدات من الشرطة على مداخل "
            "الساحة.")
    reports(text, "MOBILIZE", "police")
    assert actors(text, "MOBILIZE") == ["وحدات من الشرطة"]


def test_the_general_staff_is_the_deploying_actor() -> None:
    text = "وأفادت مصادر بأن قيادة الأركان العامة دفعت بتعزيزات إضافية إلى الحدود الشمالية."
    assert actors(text, "MOBILIZE") == ["قيادة الأركان العامة"]


def test_a_cordon_as_the_means_of_a_ban_is_the_ban() -> None:
    text = ("منعت السلطات المحلية بوجدة ندوة للجمعية، بعدما طوقت عناصر من القوات العمومية مدخل "
            "القاعة.")
    reports(text, "COERCE", "ban")
    no_fact(text, "MOBILIZE")


def test_a_cordon_told_alone_stays_a_deployment() -> None:
    reports("وطوقت عناصر من الشرطة محيط البرلمان منذ الصباح.", "MOBILIZE", None)


def test_a_networks_described_recruiting_is_no_mobilisation() -> None:
    text = "أعلنت الشرطة تفكيك خلية كانت تنشط في تجنيد شبان لصالح تنظيم متطرف."
    reports(text, "COERCE", None)
    no_fact(text, "MOBILIZE")


def test_a_protest_in_a_films_plot_is_no_protest() -> None:
    text = ("افتتح مهرجان قرطاج السينمائي دورته بعرض فيلم روائي يستعيد مظاهرة قمعتها الشرطة "
            "الاستعمارية، بحضور نقاد ومخرجين وجمهور غفير من عشاق السينما والمهرجانات. "
            "وتتنافس على جوائز المهرجان أفلام روائية وقصيرة، ويكرم المهرجان ممثلين ومخرجين.")
    no_fact(text, "PROTEST")


def test_migrants_moved_by_the_busload_are_deported() -> None:
    reports("ونقلت السلطات أكثر من 200 مهاجر في حافلات نحو مدن الجنوب.", "COERCE", "deport")
