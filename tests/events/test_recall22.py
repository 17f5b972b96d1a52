"""Pass recall22 (2026-12-05 (22)): AID, MOBILIZE, CONCEDE and COERCE recall by kind, pinned
on the team's own sentences (other countries, bodies and goods than the dev passages'): aid
told as a relief agency's convoy, economic support announced,
relief kept from arriving; forces massed (تحشيد), army units entering, deployed forces
reinforced, a deployment told in the first person; measures imposed eased, dismissed workers
reinstated, a sum allotted to pay arrears; custody (garde à vue), passports withdrawn,
detained migrants sent back. Near misses: a request, an attack on a convoy, a voluntary return,
a project's budget, a passport renewed, a domestic subsidy, massing named as a concern's
object, easing procedures for investors."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events_of_type

PUB = date(2026, 6, 9)  # a Tuesday

of_type = partial(events_of_type, published=PUB)


def _modes(text: str, kind: str) -> list[str | None]:
    return [e.mode for e in of_type(text, kind)]


# --- AID: delivered aid named by its donor or its agency; support announced

def test_a_relief_agency_convoy_entering_a_town_is_aid() -> None:
    text = "ودخلت قافلة تابعة للهلال الأحمر تضم 18 شاحنة إلى مدينة كادوقلي أمس."
    assert _modes(text, "AID") == ["humanitarian"]


def test_an_attack_on_an_agency_convoy_is_no_aid() -> None:
    text = "وأدانت الوزارة الهجوم الذي استهدف قافلة تابعة لمنظمة الصحة العالمية قرب مدينة الأبيض."
    assert not of_type(text, "AID")


def test_economic_support_announced_to_another_government_is_aid() -> None:
    text = "وأعلنت الكويت، أمس الاثنين، تقديم دعم اقتصادي جديد للحكومة الصومالية."
    assert _modes(text, "AID") == ["economic"]
    assert not of_type(text, "SUPPORT")


def test_support_affirmed_without_a_transfer_stays_support() -> None:
    text = "وأكد وزير الخارجية دعم بلاده الكامل لجهود الوساطة في الإقليم."
    assert of_type(text, "SUPPORT")
    assert not of_type(text, "AID")


def test_weak_financial_support_as_a_topic_is_no_aid() -> None:
    text = "وتشكو المجالس البلدية من ضعف الدعم المالي منذ سنوات."
    assert not of_type(text, "AID")


def test_relief_kept_from_arriving_is_withholding() -> None:
    text = "واتهمت المنظمة الميليشيا بمنع وصول المساعدات إلى مخيمات النازحين في الإقليم."
    assert "withhold" in _modes(text, "COERCE")


def test_a_call_for_aid_to_arrive_is_no_withholding() -> None:
    text = "وطالبت المنظمة بتسهيل وصول المساعدات إلى مخيمات النازحين."
    assert not of_type(text, "COERCE")


# --- MOBILIZE: massing, units entering, reinforcement, first-person deployments

def test_massing_fighters_told_with_tahsheed_is_mobilization() -> None:
    text = "وقالت مصادر محلية إن الجماعة تواصل تحشيد مقاتليها قرب مدينة البيضاء."
    assert of_type(text, "MOBILIZE")


def test_massing_named_as_a_concern_object_is_no_new_mobilization() -> None:
    text = "وأعربت البعثة الأممية عن قلقها البالغ إزاء التحشيدات العسكرية حول المدينة."
    assert not of_type(text, "MOBILIZE")


def test_army_units_entering_a_town_is_a_deployment() -> None:
    text = "ودخلت وحدات من الجيش العراقي إلى قضاء سنجار فجر اليوم."
    assert _modes(text, "MOBILIZE") == ["troops"]


def test_reinforcing_forces_already_deployed_is_a_deployment() -> None:
    text = "وأعلنت رئاسة الأركان تعزيز القوات المنتشرة على الحدود مع مالي."
    assert _modes(text, "MOBILIZE") == ["troops"]


def test_a_minister_telling_his_own_deployment_is_mobilization() -> None:
    text = "وقال وزير الداخلية للصحفيين: نشرنا أكثر من ثلاثة آلاف عنصر لتأمين مراكز الاقتراع."
    assert _modes(text, "MOBILIZE") == ["police"]


def test_a_commander_telling_reinforcements_sent_is_mobilization() -> None:
    text = "وقال قائد المنطقة العسكرية: أرسلنا تعزيزات كبيرة إلى محيط المطار."
    assert of_type(text, "MOBILIZE")


# --- CONCEDE: measures eased, workers reinstated, arrears funded

def test_imposed_measures_eased_is_a_concession() -> None:
    text = "وخففت السلطات الإسرائيلية الإجراءات المفروضة على بلدة حوارة بعد أسبوعين من الإغلاق."
    assert _modes(text, "CONCEDE") == ["ease"]


def test_easing_procedures_for_investors_is_no_concession() -> None:
    text = "وقررت الحكومة تخفيف الإجراءات الإدارية لصالح المستثمرين الأجانب."
    assert not of_type(text, "CONCEDE")


def test_dismissed_workers_reinstated_is_a_concession() -> None:
    text = "وأعلنت إدارة المصنع إعادة العمال المفصولين إلى عملهم اعتبارا من الأسبوع المقبل."
    assert _modes(text, "CONCEDE") == ["policy"]


def test_a_demand_to_reinstate_workers_is_no_concession() -> None:
    text = "وطالب المعتصمون بإعادة العمال المفصولين ورفع الأجور."
    assert not of_type(text, "CONCEDE")


def test_a_sum_allotted_to_pay_arrears_is_a_concession() -> None:
    text = "وأعلنت وزارة المالية تخصيص 40 مليار دينار لتسديد مستحقات المعلمين المتأخرة."
    assert _modes(text, "CONCEDE") == ["policy"]


def test_a_sum_for_a_project_is_no_concession() -> None:
    text = "وأعلنت الوزارة تخصيص 40 مليار دينار لإنشاء طريق سريع جديد."
    assert not of_type(text, "CONCEDE")


# --- COERCE: custody, passports, migrants sent back

def test_suspects_put_in_garde_a_vue_is_an_arrest() -> None:
    text = "وتم وضع الموقوفين الثلاثة رهن الحراسة النظرية بأمر من وكيل الملك."
    assert _modes(text, "COERCE") == ["arrest"]


def test_a_passport_withdrawn_by_the_authorities_is_a_restriction() -> None:
    text = "وسحبت السلطات التونسية جواز سفر النائب السابق في مطار قرطاج."
    assert _modes(text, "COERCE") == ["restrict"]


def test_a_passport_renewed_is_no_restriction() -> None:
    text = "وتقدم المواطن بطلب لتجديد جواز سفره لدى القنصلية."
    assert not of_type(text, "COERCE")


def test_detained_migrants_to_be_sent_back_is_a_deportation() -> None:
    text = "وأوقفت الشرطة 60 مهاجرا غير نظامي تمهيدا لإعادتهم إلى بلدانهم."
    assert "deport" in _modes(text, "COERCE")


def test_a_voluntary_return_programme_is_no_deportation() -> None:
    text = "وتواصل المنظمة الدولية للهجرة برنامج إعادة المهاجرين طوعيا إلى بلدانهم."
    assert "deport" not in _modes(text, "COERCE")
