"""ASSAULT and COERCE on unseen text, by kind (assault22, 2026-12-05 (22)): attack and coercion
words that tell no act of their own (:mod:`rasd.events.senses.violence_references`), pinned on
the team's own sentences (other countries, outlets and wording than the gold passages), each
kind with near misses that must stay an act: drones downed "of the N launched", attacks planned,
threatened or feared, goods seized in an arrest or a fight, detentions told as a state or none
recorded, acts named by an involvement, a wrecking of efforts or an accused practice, and
coercions told in a work, attempted, a siege lifted, a past act's victims."""

from __future__ import annotations

from datetime import date
from functools import partial

from rasd.events.senses.violence_references import violence_reference
from tests.events.rule_checks import facts_of_type

PUB = date(2026, 8, 19)

of_type = partial(facts_of_type, published=PUB)


def _kind(sentence: str, trigger: str, etype: str = "ASSAULT") -> str | None:
    at = sentence.index(trigger)
    return violence_reference(sentence, at, at + len(trigger), etype)


# --- kind 1: drones or missiles brought down

def test_drones_downed_of_the_n_launched_retell_the_strike() -> None:
    for text, word in (
        ("وقالت القوات الجوية إن دفاعاتها أسقطت 52 مسيرة من أصل 70 أطلقها الجانب الآخر.",
         "أسقطت 52 مسيرة"),
        ("وأعلن الجيش أنه اعترض تسعة صواريخ من أصل 12 صاروخا أطلقت على المدينة.",
         "صواريخ"),
    ):
        assert _kind(text, word) == "downed", text


def test_a_single_missile_intercepted_with_its_launch_stays() -> None:
    # the strike itself when told so (ev-443, ev-1977): only "of the N" retells
    for text, word in (
        ("وقال التحالف إن دفاعاته اعترضت صاروخا باليستيا أطلقته الجماعة باتجاه مدينة نجران.",
         "صاروخا"),
        ("وأعلنت الوزارة إسقاط 30 مسيرة فوق مقاطعات الجنوب خلال الليل.", "مسيرة"),
    ):
        assert _kind(text, word) is None, text


# --- kind 2: planned, threatened or feared

def test_a_plan_not_carried_out_is_no_attack() -> None:
    for text, word in (
        ("وقال الجيش إن الغارة أصابت عناصر «كانوا يخططون لتنفيذ هجوم» على دورية.", "هجوم"),
        ("وتسلم سكان الحي إخطارات بهدم أربعة منازل بحجة البناء دون ترخيص.", "بهدم"),
    ):
        assert _kind(text, word) == "planned", text


def test_a_plan_foiled_stays_a_negated_act() -> None:
    # the gold codes a foiled plot as a negated ASSAULT
    text = "وأعلنت الشرطة إحباط مخطط لتنفيذ هجوم على مركز تسوق واعتقال أربعة مشتبه بهم."
    assert _kind(text, "هجوم") is None


def test_a_threatened_or_feared_attack_is_no_attack() -> None:
    for text, word in (
        ("وهدد قائد الفصيل في كلمة مصورة بـ«استهداف المطارات» إذا استمر القصف.", "استهداف"),
        ("وأغلقت المحال أبوابها في السوق القديم تحسبا لاندلاع اشتباكات بين العشيرتين.",
         "اشتباكات"),
        ("ويحذر مزارعون من ضربة قاسية للموسم إذا استمر الجفاف.", "ضربة"),
    ):
        assert _kind(text, word) == "threatened", text


def test_a_renewal_or_a_threat_without_its_object_stays() -> None:
    for text, word in (
        # a renewal tells the clashes before it (ev-053)
        ("ودفعت الوزارة بتعزيزات إلى البلدة تحسبا لتجدد المواجهات مع المسلحين.", "المواجهات"),
        # the attack is the sentence's act, not the threat's object
        ("وقصفت الطائرات مواقع المسلحين بعد ساعات من تهديد زعيمهم للحكومة.", "وقصفت"),
    ):
        assert _kind(text, word) is None, text


def test_a_threat_gives_no_assault_event() -> None:
    text = ("وهدد المتحدث باسم الحركة، في بيان مساء السبت، بـ«استهداف الموانئ» في حال "
            "استمرار الحصار البحري.")
    assert not of_type(text, "ASSAULT")


# --- kind 3: goods seized in an arrest or a fight

def test_goods_seized_in_an_arrest_or_a_fight_are_part_of_it() -> None:
    for text, word in (
        ("واعتقلت الدورية ثلاثة مهربين وصادرت أسلحة وذخائر كانت بحوزتهم.", "وصادرت"),
        ("وقالت الجماعة إن مقاتليها قتلوا ثمانية جنود واستولوا على أسلحة وآليات.",
         "واستولوا على"),
        ("وقال زميله إن عناصر الأمن صادروا هاتفه وكاميرته خلال توقيفه.", "صادروا"),
    ):
        assert _kind(text, word, "COERCE") == "seized-in-act", text


def test_a_lone_seizure_or_a_bodys_property_stays() -> None:
    for text, word in (
        # a lone seizure (a raid, a port) stays a confiscation
        ("وداهمت الشرطة مستودعا في الميناء وصادرت أسلحة مهربة.", "وصادرت"),
        # a body's computers and papers: a seizure of its own
        ("واقتحم مسلحون مكاتب المنظمة واحتجزوا موظفين وصادروا أجهزة حاسوب ووثائق.", "وصادروا"),
        # the arrest in a clause of its own after فيما
        ("وصادرت الشرطة أسلحة بيضاء من المقر، فيما أوقفت اثنين من قادة الجماعة.", "وصادرت"),
    ):
        assert _kind(text, word, "COERCE") is None, text


# --- kind 4: a detention told as a state, or none told

def test_a_detention_as_a_state_or_none_recorded() -> None:
    for text, word in (
        ("وأفرجت الجماعة عن صحفيين كانت تحتجزهما منذ أكثر من عام.", "تحتجزهما"),
        ("وفرقت الشرطة المحتجين بعد منتصف الليل دون تسجيل اعتقالات.", "اعتقالات"),
    ):
        assert _kind(text, word, "COERCE") == "held-state", text


def test_an_arrest_told_before_its_release_stays() -> None:
    for text, word in (
        ("وكانت قوات الأمن قد اعتقلت الناشطين الشهر الماضي خلال احتجاجات.", "اعتقلت"),
        ("واعتقلت الشرطة 14 شخصا خلال المواجهات.", "واعتقلت"),
    ):
        assert _kind(text, word, "COERCE") is None, text


# --- kind 5: an involvement, a wrecking of efforts, an accused practice

def test_acts_named_by_an_involvement_or_a_figure() -> None:
    for text, word in (
        ("ويستثني العفو المدانين الذين تورطوا في أعمال قتل أو خطف.", "قتل"),
        ("واتهم الوزير الحركة بـ«نسف جهود الوساطة» في الساعات الأخيرة.", "نسف"),
    ):
        assert _kind(text, word) == "referred", text
    text = "وتتهم منظمات حقوقية السلطات باحتجاز صحفيين أجانب لمبادلتهم بسجناء."
    assert _kind(text, "باحتجاز", "COERCE") == "referred"


def test_an_involvement_in_a_named_act_or_one_incident_stays() -> None:
    for text, word in (
        # a date names the act (the audit's judges take it as told)
        ("وكان المتهم متورطا في هجمات مارس 2019 على السفارة.", "هجمات"),
        ("وأوقفت الشرطة شابين بتهمة التورط في واقعة الاعتداء على الحارس.", "الاعتداء"),
    ):
        assert _kind(text, word) is None, text


# --- kind 6: a coercion in a work, attempted, a siege lifted, a past act's victims

def test_coercions_that_are_not_done() -> None:
    for text, word, kind in (
        ("ويضم المعرض رسائل كتبها أسرى اعتقلتهم القوات الاستعمارية.", "اعتقلتهم", "work"),
        ("وأوقفت الشرطة ثلاثة عمال بعد أن حاولوا منع الشاحنات من دخول المصنع.", "منع الشاحنات",
         "attempted"),
        ("ووصلت تعزيزات إلى المدينة استعدادا لعمليات واسعة لفك الحصار عن البلدة.",
         "الحصار", "lifted-siege"),
    ):
        assert _kind(text, word, "COERCE") == kind, text
    text = "ونظمت رابطة أهالي ضحايا انفجار الميناء وقفة أمام المحكمة."
    assert _kind(text, "انفجار") == "victims"


def test_coercions_done_stay() -> None:
    for text, word in (
        # an intention is coded a future coercion (ev-1517)
        ("وقالت الوزيرة إنها تعتزم حظر جمعيتين أخريين خلال أسابيع.", "حظر"),
        ("وفرضت القوات حصارا على البلدة منذ فجر الأحد.", "حصارا"),
    ):
        assert _kind(text, word, "COERCE") is None, text
    # the definite act the page tells (condolences to its victims' families)
    text = "وأعربت الوزارة عن تعازيها لعائلات ضحايا الهجوم الذي وقع أمس في السوق."
    assert _kind(text, "الهجوم") is None


def test_an_act_talked_about_is_not_told() -> None:
    for text, word, etype in (
        ("واحتجت الخارجية على تصريحات الوزير بشأن ترحيل اللاجئين من بلاده.", "ترحيل",
         "COERCE"),
        ("ونشرت الصحيفة مقالات حول الهجمات على القرى الحدودية.", "الهجمات", "ASSAULT"),
    ):
        assert _kind(text, word, etype) == "talked-about", text
    # a statement that tells the act itself (not its topic) stays
    text = "وقال بيان للجيش إن قواته رحلت 40 مهاجرا إلى الحدود."
    assert _kind(text, "رحلت", "COERCE") is None
