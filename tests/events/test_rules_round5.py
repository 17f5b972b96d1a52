"""Round-5 rules on the team's own sentences: counts read from the object of an arrest or an
execution, acts told after عقب/بعد that the main act's date does not date, and the new
lexicon rows (a crowd blocking a road, a joint force, an offer of help) with the non-events
they must leave alone (the coup de grâce idiom, an audience, family visits, a border post)."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.events.casualties.counts import people_nouns
from rasd.model import Event

PUB = date(2025, 5, 14)  # a Wednesday


def events(text: str, published: date = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text) if not e.negated}


def only(text: str, type_: str) -> Event:
    found = [e for e in events(text) if e.type == type_]
    assert len(found) == 1, found
    return found[0]


# --- counts from the object

def test_arrest_count_after_a_time_adverbial() -> None:
    text = "اعتقلت فرقة مكافحة المخدرات بمدينة وجدة، صباح الاثنين، خمسة أشخاص بحوزتهم أقراص مهلوسة."
    e = only(text, "COERCE")
    assert e.arrested is not None and (e.arrested.min, e.arrested.max) == (5, 5)


def test_arrest_count_of_a_nisba_plural() -> None:
    text = "واعتقلت دورية للجيش، ليلة الأحد، سبعة سودانيين قرب الحدود."
    e = only(text, "COERCE")
    assert e.arrested is not None and e.arrested.min == 7


def test_execution_count_from_its_object() -> None:
    text = "أقدمت الجماعة المسلحة على إعدام أربعة رجال في ساحة القرية بتهمة التعاون مع الجيش."
    e = next(e for e in events(text) if (e.type, e.mode) == ("ASSAULT", "execute"))
    assert e.killed is not None and (e.killed.min, e.killed.max) == (4, 4)


def test_a_number_that_counts_things_is_no_arrest_count() -> None:
    # the first number after the arrest counts kilograms, not people
    text = "ضبطت الشرطة 40 كيلوغراما من المخدرات واعتقلت مهربا في ميناء طرطوس."
    for e in events(text):
        if e.type == "COERCE":
            assert e.arrested is None or e.arrested.min != 40


def test_people_nouns_are_data() -> None:
    nouns = people_nouns()
    assert len(nouns) > 40 and all(" " not in n for n in nouns)


# --- acts told after عقب / بعد

def test_an_act_after_aqib_does_not_take_the_main_acts_date() -> None:
    text = "أغلقت السلطات المعبر الحدودي، أمس الثلاثاء، عقب اشتباكات بين مهربين وحرس الحدود."
    found = {e.type: e for e in events(text)}
    assert found["COERCE"].date == date(2025, 5, 13)
    clash = found["ASSAULT"]
    assert clash.date is None or clash.date_basis == "published"


def test_an_act_after_baad_asabi_min_is_undated() -> None:
    text = "استقال وزير الداخلية، الاثنين، بعد أسابيع من احتجاجات غاضبة في العاصمة."
    protest = only(text, "PROTEST")
    assert protest.date is None or protest.date_basis == "published"


def test_a_date_after_the_prior_act_dates_it() -> None:
    text = "اعتقلت الشرطة ناشطين بعد مظاهرة نظمت الأحد الماضي في ساحة البلدية."
    protest = only(text, "PROTEST")
    assert protest.date == date(2025, 5, 11)


# --- lexicon rows

def test_a_crowd_blocking_a_road_after_a_time_insert() -> None:
    text = "قطع شبان غاضبون، مساء أمس، الطريق الرابط بين المدينتين احتجاجا على انقطاع المياه."
    assert ("PROTEST", "obstruct") in kinds(text)


def test_a_joint_force_is_military_cooperation() -> None:
    text = "قررت تشاد والكاميرون ونيجيريا تشكيل قوة مشتركة لتأمين حوض بحيرة تشاد."
    assert ("COOPERATE", "military") in kinds(text)


def test_an_exercise_of_a_joint_force() -> None:
    text = "نفذت القوات البحرية المشتركة، أمس، تمرينا واسعا قبالة سواحل جيبوتي."
    assert ("COOPERATE", "military") in kinds(text)


def test_an_offer_of_help_is_agree() -> None:
    text = "أبدى الاتحاد الأوروبي استعداده لتقديم الدعم اللوجستي لعملية الانتخابات في ليبيا."
    assert "AGREE" in {t for t, _ in kinds(text)}


def test_the_coup_de_grace_idiom_is_no_shooting() -> None:
    text = "رأى المحلل أن القرار أطلق رصاصة الرحمة على الصناعة المحلية."
    assert "ASSAULT" not in {t for t, _ in kinds(text)}


def test_an_audience_receiving_a_show_is_no_visit() -> None:
    text = "استقبل الجمهور الفرقة المسرحية بحفاوة كبيرة في افتتاح المهرجان."
    assert "CONSULT" not in {t for t, _ in kinds(text)}


def test_family_visits_to_prisoners_are_no_visit() -> None:
    text = "اشتكى ذوو المعتقلين من تقليص الزيارات العائلية إلى مرة واحدة في الشهر."
    assert ("CONSULT", "visit") not in kinds(text)


def test_the_wadiah_border_post_is_no_deposit() -> None:
    text = "عبرت مئات الشاحنات منفذ الوديعة بعد إعادة فتحه أمام حركة البضائع."
    assert "AID" not in {t for t, _ in kinds(text)}


def test_dispersing_protests_is_crowd_control() -> None:
    text = "استخدمت الشرطة خراطيم المياه لتفريق الاحتجاجات أمام البرلمان."
    assert ("ASSAULT", "crowd-control") in kinds(text)


# --- mediation and response phrases belong to the act they accompany

def test_mediation_of_a_release_is_no_talks_of_its_own() -> None:
    text = "أطلقت جماعة مسلحة سراح عشرة رهائن، أمس، في عملية جرت بوساطة عمانية."
    assert "CONSULT" not in {t for t, _ in kinds(text)}


def test_talks_under_mediation_stay_consult() -> None:
    text = "انطلقت في الدوحة محادثات بين الحكومة والمتمردين بوساطة قطرية."
    assert "CONSULT" in {t for t, _ in kinds(text)}


def test_a_response_to_demands_joins_the_concession_it_motivates() -> None:
    # an easing (mode ease) and the response phrase (mode policy) are one concession
    text = "قررت البلدية تخفيف القيود على الباعة المتجولين، استجابة لمطالب التجار."
    found = [e for e in events(text) if e.type in ("CONCEDE", "RETREAT")]
    assert len(found) == 1, found
    assert found[0].mode == "ease"


def test_a_response_alone_is_the_concession() -> None:
    text = "استجابت الحكومة لمطالب المعلمين المضربين."
    assert "CONCEDE" in {t for t, _ in kinds(text)}
