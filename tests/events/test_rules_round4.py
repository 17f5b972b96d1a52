"""Round-4 rules on the team's own sentences: gaps that cross a time or place insert,
circumstantial participles whose subject is the main clause's, the country of statements,
dates of denied, planned and monthly acts, new lexicon rows and the non-events they must
leave alone (floods, company loans, slang, match reports)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events.lexicon import _slot
from rasd.events.matcher import find_matches
from rasd.events.syntax.modifiers import continues
from rasd.model import Event
from rasd.text.tokens import document_tokens

PUB = date(2024, 3, 13)  # a Wednesday


def events(text: str, published: date = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in events(text) if not e.negated}


def lemmas(text: str) -> list[str]:
    return [m.trigger.lemma for m in find_matches(list(document_tokens(text)))]


# --- gaps and inserts

def test_a_gap_crosses_a_time_and_place_insert_whole() -> None:
    # the subject (2 words) and the insert (4 words) exceed the row's gap of 4 unless the
    # insert is crossed whole
    text = "وقّعت تونس والجزائر، أمس الثلاثاء في العاصمة، اتفاقية للتعاون في مجال الطاقة."
    assert "وقع اتفاق" in lemmas(text)


def test_a_gap_does_not_cross_a_new_clause() -> None:
    # the commas enclose a clause of its own (و fused to its first word): no insert
    assert "استدعى السفير" not in lemmas("استدعت الوزارة، وأعلنت الحكومة، السفير الجديد.")


def test_a_longer_subject_fits_the_gap() -> None:
    assert "استدعى السفير" in lemmas(
        "استدعت وزارة الخارجية المصرية، الأحد، السفير الإسرائيلي في القاهرة.")
    assert "أطلق سراح" in lemmas("أطلقت السلطات الأردنية سراح ثلاثة صحفيين.")


def test_a_plus_on_an_alternative_lets_the_slot_take_a_pronoun() -> None:
    slot = _slot("قلق+|القلق", single=False)
    assert slot.pronoun
    assert all("+" not in w for alt in slot.alts for w in alt)


# --- narrative continuation

@pytest.mark.parametrize(("text", "expected"), [
    ("ونشرت السلطات تعزيزات أمنية.", True),   # a past verb whose root starts with ن
    ("ونفذت القوات حملة دهم.", True),
    ("ونعمل على تهدئة الأوضاع.", False),      # a 1st-person plural imperfect
    ("في غضون ذلك، نشرت السلطات تعزيزات.", True),
    ("في المقابل، رفضت الحكومة الاتهامات.", False),  # a reaction need not be the same day
])
def test_continues(text: str, expected: bool) -> None:
    assert continues(list(document_tokens(text))) is expected


def test_a_continuing_sentence_takes_the_paragraph_date() -> None:
    text = ("فرقت الشرطة مئات المتظاهرين في وسط المدينة مساء أمس. "
            "ونشرت السلطات تعزيزات أمنية مكثفة في الشوارع.")
    mob = [e for e in events(text) if e.type == "MOBILIZE"]
    assert mob and mob[0].date == date(2024, 3, 12) and mob[0].date_basis == "paragraph"


# --- participants and country

def test_a_circumstantial_participle_acts_for_the_main_subject() -> None:
    text = "أعلنت الخارجية السودانية طرد السفير، متهمة أبوظبي بدعم المتمردين."
    acc = [e for e in events(text) if e.type == "ACCUSE"]
    assert acc and acc[0].actor is not None and "الخارجية" in acc[0].actor.span.text
    assert acc[0].recipient is not None and acc[0].recipient.span.text.startswith("أبوظبي")


def test_a_statement_belongs_to_its_actor_country() -> None:
    text = "استدعت وزارة الخارجية المصرية، الأحد، السفير الإسرائيلي."
    acc = [e for e in events(text) if e.type == "ACCUSE"]
    assert acc and acc[0].country == "EGY"


def test_an_attack_belongs_to_its_place() -> None:
    text = "قصفت المدفعية التركية قرى في محافظة دهوك العراقية أمس."
    att = [e for e in events(text) if e.type == "ASSAULT"]
    assert att and att[0].country == "IRQ"


# --- dates

def test_a_denied_act_has_no_date_of_its_own() -> None:
    text = "نفى الجيش، أمس الثلاثاء، أن تكون طائراته قد قصفت السوق."
    att = [e for e in events(text) if e.type == "ASSAULT"]
    assert att and att[0].negated and att[0].date == PUB and att[0].date_basis == "published"


def test_a_planned_act_takes_only_a_later_date() -> None:
    visit = [e for e in events("يزور الرئيس التونسي الجزائر الأحد المقبل.")
             if e.type == "CONSULT"]
    assert visit and visit[0].future and visit[0].date == date(2024, 3, 17)
    soon = [e for e in events("سيزور الرئيس التونسي الجزائر قريبا، أعلن ذلك مكتبه أمس.")
            if e.type == "CONSULT"]
    assert soon and soon[0].future and soon[0].date is None


def test_a_month_of_the_sentence_dates_the_next_clause() -> None:
    text = ("اعتقلت الشرطة 20 ناشطا خلال الشهر الماضي، "
            "ووجهت النيابة إليهم تهمة التحريض على العنف.")
    later = [e for e in events(text) if e.trigger.start > text.index("ووجهت") - 1]
    assert later and later[0].date == date(2024, 2, 1) and later[0].date_precision == "month"


def test_since_a_month_is_no_date() -> None:
    text = "ناشد رئيس الوزراء المانحين تقديم مساعدات عاجلة، بعد أن شردت السيول الآلاف منذ يناير."
    req = [e for e in events(text) if e.type == "REQUEST"]
    assert req and req[0].date_precision == "day"


def test_coming_from_is_not_future() -> None:
    text = "سمح الجيش بمرور قافلة الإغاثة عبر الطريق القادم من الحدود أمس."
    ret = [e for e in events(text) if e.type == "RETREAT"]
    assert ret and not ret[0].future


# --- lexicon rows

@pytest.mark.parametrize(("text", "kind"), [
    ("دخل عشرات المعتقلين في إضراب جوع مفتوح منذ أسبوع.", ("PROTEST", "hunger")),
    ("أكد وزير الخارجية دعم بلاده للحكومة الشرعية في اليمن.", ("SUPPORT", None)),
    ("أعربت الحكومة عن وقوفها إلى جانب الشعب السوداني.", ("SUPPORT", None)),
    # a ban on assembly is COERCE/ban (fix38, gold README round 38 settlements)
    ("منعت الشرطة وقفة احتجاجية أمام مقر البرلمان أمس.", ("COERCE", "ban")),
    ("وجه النواب رسالة إلى رئيس الحكومة أمس، مطالبين إياه بالاستقالة.", ("REQUEST", "yield")),
    ("أغلق محتجون الطريق السريع المؤدي إلى الميناء أمس.", ("PROTEST", "obstruct")),
    ("ضبطت الشرطة 12 متهما في حملة على أوكار التهريب أمس.", ("COERCE", "arrest")),
    ("سمحت السلطات بمرور قافلة المساعدات إلى المدينة المحاصرة.", ("RETREAT", "access")),
    ("استدعت الخارجية السفير التركي وأبلغته احتجاجها الشديد.", ("ACCUSE", "disapprove")),
    ("لوحت الحكومة باتخاذ إجراءات صارمة ضد المضربين.", ("THREATEN", None)),
    ("أعلن البلدان عزمهما إنشاء منطقة تجارة حرة.", ("AGREE", None)),
    ("سيطرت قوات المعارضة على بلدة استراتيجية شمال البلاد أمس.", ("ASSAULT", None)),
    ("تبادلت الأجهزة الأمنية في البلدين معلومات حول خلايا مسلحة.",
     ("COOPERATE", "intelligence")),
    ("أعلنت الكويت دعمها الكامل لجهود الوساطة بين البلدين.", ("SUPPORT", None)),
    ("بدأت مناورات «درع الخليج» المشتركة بين جيشي البلدين أمس.", ("COOPERATE", "military")),
    ("رحلت السلطات مئات المهاجرين غير النظاميين إلى بلدانهم.", ("COERCE", "deport")),
    ("حلت المحكمة الإدارية الحزب الحاكم السابق.", ("COERCE", "ban")),
    ("احتشد المئات أمام مبنى البرلمان احتجاجا على مشروع القانون.", ("PROTEST", "demo")),
    ("اعترفت ثلاث دول أوروبية رسميا بدولة فلسطين.", ("SUPPORT", None)),
])
def test_new_rows(text: str, kind: tuple[str, str | None]) -> None:
    assert kind in kinds(text), kinds(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("اجتاحت سيول جارفة عدة قرى في الجنوب أمس، ما أدى إلى وفاة ثلاثة أشخاص.", "ASSAULT"),
    ("حصلت الشركة على قرض مشترك بقيمة مليار دولار من تحالف مصارف.", "AID"),
    ("يقصف النائب جبهات خصومه كل أسبوع في برنامجه التلفزيوني.", "ASSAULT"),
    ("حبس الجمهور أنفاسه في الدقائق الأخيرة من السباق.", "COERCE"),
    # a match report: league and score words make it sports
    ("فرض الفريق حصارا على مرمى منافسه في دوري الدرجة الأولى ليفوز برباعية، قبل أن "
     "ينسحب لاعبه مصابا.", "COERCE"),
    # a purpose is no act (بهدف التوصل إلى هدنة)
    ("استضافت القاهرة محادثات بين الطرفين بهدف التوصل إلى هدنة وتبادل الأسرى.", "AGREE"),
    # solidarity is the purpose of the protest it follows
    ("خرج آلاف المتظاهرين في المدن تضامنا مع الأسرى.", "SUPPORT"),
])
def test_no_event(text: str, absent: str) -> None:
    assert absent not in {t for t, _ in kinds(text)}, kinds(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a toll with no act before it is the toll of an accident
    ("انهار مبنى سكني في حي شعبي ما أسفر عن مقتل ستة أشخاص.", "ASSAULT"),
    # a company, a club or critics as the subject: business, sport, culture
    ("اتفقت الشركتان على دمج عملياتهما في منطقة الخليج.", "AGREE"),
    ("وقعت الشركة عقدا مع النادي لرعاية قمصانه.", "SUPPORT"),
    ("أشاد النقاد بأداء الممثلة في فيلمها الأخير.", "SUPPORT"),
    # a definite generic noun of a whole war, with nothing of its own
    ("قال الكاتب إن الانتهاكات لا تخدم أحدا.", "ASSAULT"),
])
def test_no_political_event(text: str, absent: str) -> None:
    assert absent not in {t for t, _ in kinds(text)}, kinds(text)


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في سوق شعبي ما أسفر عن مقتل 10 أشخاص.",
    "استهدفت غارة منزلا في رفح ما أدى إلى مقتل خمسة أشخاص.",
])
def test_a_toll_after_an_attack_stays_its_toll(text: str) -> None:
    att = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(att) == 1 and att[0].killed is not None


def test_the_sentence_decides_between_drone_and_march() -> None:
    assert {t for t, _ in kinds("استهدفت مسيرة إسرائيلية سيارة على الطريق الساحلي.")} \
        == {"ASSAULT"}
    assert ("PROTEST", "demo") in kinds("شارك الآلاف في مسيرة حاشدة وسط العاصمة أمس.")


def test_a_host_city_is_the_place_of_the_talks() -> None:
    text = "استضافت الدوحة، أمس، جولة جديدة من المفاوضات بين الحكومة والمتمردين."
    talks = [e for e in events(text) if e.type == "CONSULT"]
    assert talks and talks[0].country == "QAT"


def test_a_demand_of_a_protest_joins_it_and_a_strike_stays_apart() -> None:
    text = ("اعتصم مئات العمال أمام الوزارة أمس، مطالبين الحكومة بصرف رواتبهم، فيما أعلنت "
            "النقابة الإضراب المفتوح.")
    found = [(e.type, e.mode) for e in events(text)]
    assert ("REQUEST", None) not in found and ("PROTEST", "demo") in found
    assert ("PROTEST", "strike") in found, found


def test_tear_gas_grenades_are_crowd_control_and_no_place() -> None:
    text = "فرقت الشرطة بالقنابل المسيلة للدموع مئات المحتجين في مدينة نواذيبو أمس."
    att = [e for e in events(text) if e.type == "ASSAULT"]
    assert att and att[0].mode == "crowd-control"
    # المسيلة is a word of the trigger here, not the Algerian city
    assert att[0].place is None or att[0].place.span is None \
        or att[0].place.span.text != "المسيلة"
