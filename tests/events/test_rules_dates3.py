"""Event dates, the dates pass (2026-12-04 (12)): a deed told in the reported clause of a new
``وقال … إن`` / ``وأضاف … أن`` sentence takes its paragraph's date like any sentence that
goes on with the story, while the report itself and the speaker's own stance in the clause
keep no date of their own (README, "Acts inside a reported clause"). New sentences of the
team's own; the filter is off."""

from __future__ import annotations

from datetime import date

from rasd.events.syntax.clauses import reported_act
from rasd.model import Event
from rasd.text.tokens import tokenize
from tests.events.rule_checks import PUB, events  # PUB is a Wednesday, 2026-04-15


def one(text: str, type_: str, word: str, published: date = PUB) -> Event:
    found = [e for e in events(text, published) if e.type == type_ and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text, published)]
    return found[0]


LEAD = "هاجم مسلحون، مساء الاثنين، قرية قرب مدينة بارا في ولاية شمال كردفان. "


def test_an_arrest_a_source_reports_takes_the_paragraphs_day() -> None:
    text = LEAD + "وقال مصدر أمني إن القوات اعتقلت خمسة من المهاجمين."
    e = one(text, "COERCE", "اعتقلت")
    assert (e.date, e.date_basis) == (date(2026, 4, 13), "paragraph")


def test_reinforcements_in_a_statements_that_clause_take_the_paragraphs_day() -> None:
    text = LEAD + "وأضاف البيان أن الجيش دفع بتعزيزات عسكرية إلى المنطقة."
    assert one(text, "MOBILIZE", "تعزيزات").date == date(2026, 4, 13)


def test_a_reported_deed_with_a_vague_time_of_its_own_takes_no_paragraph_day() -> None:
    text = LEAD + "وذكرت منظمة حقوقية أن قوات الأمن اعتقلت خلال الأسبوع الماضي عشرين شخصا."
    e = one(text, "COERCE", "اعتقلت")
    assert e.date_basis != "paragraph"


def test_the_speakers_own_stance_in_the_clause_keeps_no_date() -> None:
    text = LEAD + "وقالت الوزارة في بيان إن الحكومة ترفض أي تفاوض مع المسلحين."
    found = [e for e in events(text, PUB) if e.type == "REJECT"]
    assert all(e.date_basis != "paragraph" for e in found)


def test_the_reported_clause_is_the_opening_verbs_not_a_later_speakers() -> None:
    toks = tokenize("وأعلن الحزب تعليق احتجاجاته، بينما قال الوزير إن الحكومة لن تتفاوض.")
    assert not reported_act(toks, 2)  # تعليق: told by the opening verb, no complementiser
    k = next(i for i, t in enumerate(toks) if t.text == "تتفاوض")
    assert not reported_act(toks, k)


def test_a_complementiser_after_the_opening_verb_makes_a_reported_act() -> None:
    toks = tokenize("وأفاد شهود عيان بأن القوات فرقت المحتجين.")
    k = next(i for i, t in enumerate(toks) if t.text == "فرقت")
    assert reported_act(toks, k)
    assert not reported_act(tokenize("وقال إن القوات فرقت المحتجين."), 0)


# --- the act replied to (ردا على …): a specific act is an event, dated only by its own time

def test_a_specific_act_replied_to_is_an_event_without_the_responses_date() -> None:
    text = ("أمر الرئيس الصربي، مساء الثلاثاء، بنقل كتيبتين مدرعتين إلى منطقة راشكا، ردا على "
            "إغلاق شرطة كوسوفو معبر ياريني أمام الشاحنات الصربية.")
    e = one(text, "COERCE", "إغلاق")
    assert e.date_basis in ("published", "none")


def test_a_specific_act_replied_to_keeps_a_time_of_its_own() -> None:
    text = ("نقلت القوات كتيبتين إلى الحدود، اليوم الأربعاء، ردا على هجوم شنه مسلحون مساء أمس "
            "على موقع عسكري.")
    e = one(text, "ASSAULT", "هجوم")
    assert (e.date, e.date_basis) == (date(2026, 4, 14), "sentence")


def test_an_act_replied_to_named_as_already_known_is_no_new_event() -> None:
    text = "قصفت المدفعية مواقع للمسلحين، ردا على الهجوم."
    assert not [e for e in events(text, PUB) if "الهجوم" in e.trigger.text]


def test_referred_reads_definite_demonstrative_and_pronoun_forms() -> None:
    from rasd.events.syntax.cues import referred

    words = {t.text: referred(t) for t in tokenize("التوقيف هذه اعتقاله توقيف إغلاق صفقة")}
    assert words == {"التوقيف": True, "هذه": True, "اعتقاله": True, "توقيف": False,
                     "إغلاق": False, "صفقة": False}


# --- "the day after" (غداة)

def test_an_act_named_after_ghadat_is_the_day_before_the_sentences_day() -> None:
    text = ("دفع الجيش، ليل الثلاثاء، بتعزيزات عسكرية إلى منطقة تشمن الحدودية، غداة اشتباكات "
            "متقطعة بين قوات البلدين قرب المعبر.")
    e = one(text, "ASSAULT", "اشتباكات")
    assert (e.date, e.date_basis) == (date(2026, 4, 13), "sentence")


def test_ghadat_with_no_day_in_its_sentence_counts_from_publication() -> None:
    text = "وجاءت الخطوة غداة اختتام جولة مفاوضات استمرت يومين في إسطنبول بين وفدين أمنيين."
    e = one(text, "CONSULT", "مفاوضات")
    assert e.date == date(2026, 4, 14)


# --- a month after an act told as background (عقب، بعد أشهر من)

def test_a_month_after_a_background_act_dates_it_to_that_month() -> None:
    text = ("ويأتي التمرين بعد أشهر من توقيع البلدين اتفاقية الدفاع المشترك في سبتمبر من العام "
            "الماضي.")
    e = one(text, "SUPPORT", "توقيع")
    assert (e.date, e.date_precision) == (date(2025, 9, 1), "month")


def test_a_counted_interval_keeps_its_day_over_a_later_month() -> None:
    text = ("احتجزت إيران، أمس الثلاثاء، ناقلة نفط في الخليج. وتأتي الحادثة بعد أسبوع من إفراج "
            "إيران عن ناقلة يونانية احتجزتها في يناير الماضي.")
    e = one(text, "RETREAT", "إفراج")
    assert (e.date, e.date_precision) == (date(2026, 4, 7), "day")


# --- an act "during" the event named before it (خلاله، خلالها)

def test_an_agreement_during_a_dated_visit_takes_its_day() -> None:
    text = ("أعادت السلطات الجزائرية، صباح أمس الثلاثاء، فتح المعبر الحدودي البري مع النيجر أمام "
            "حركة الأشخاص والبضائع.\nوجاءت الخطوة بعد يومين من زيارة أجراها وزير الخارجية "
            "النيجري إلى الجزائر، اتفق خلالها مع نظيره على استئناف أشغال مشروع أنبوب الغاز.")
    visit = one(text, "CONSULT", "زيارة")
    agreed = one(text, "AGREE", "اتفق")
    assert visit.date == date(2026, 4, 12)
    assert (agreed.date, agreed.date_basis) == (date(2026, 4, 12), "sentence")


def test_the_same_day_after_the_trigger_dates_it_like_the_day_told_before() -> None:
    text = ("دخلت، أمس الثلاثاء، 180 شاحنة محملة بالمساعدات إلى قطاع غزة عبر معبر كرم أبو سالم.\n"
            "وأوضح المكتب أن السلطات الإسرائيلية منعت في اليوم نفسه دخول 60 شاحنة أخرى.")
    e = one(text, "COERCE", "منعت")
    assert e.date == date(2026, 4, 14)


# --- "since" in the clause of an act that ends a state

def test_since_dates_the_state_a_release_ends_not_the_release() -> None:
    text = "أطلقت القوات المنسحبة سراح 37 مدنيا كانت تحتجزهم في مقر المحلية منذ أكثر من شهرين."
    e = one(text, "RETREAT", "سراح")
    assert e.date_precision != "month" and e.date_basis in ("published", "none")


def test_a_curfew_lifted_is_not_dated_by_how_long_it_lasted() -> None:
    text = "أعلن المجلس العسكري رفع حظر التجوال المفروض على مدينة فادا نغورما منذ ثلاثة أشهر."
    e = one(text, "CONCEDE", "رفع")
    assert e.date_basis in ("published", "none")


# --- the relative ما of وهو ما رفضته is no negation

def test_a_reaction_told_with_relative_ma_is_not_negated_and_takes_the_sentences_day() -> None:
    text = ("وكانت السلطات قد سلمت، الثلاثاء الماضي، قرارا بإبعاد خطيب المسجد عن المسجد، وهو ما "
            "رفضته دائرة الأوقاف الإسلامية.")
    e = one(text, "REJECT", "رفضته")
    assert not e.negated
    assert e.date == date(2026, 4, 14)


def test_ma_before_a_past_verb_still_negates() -> None:
    assert one("ما انسحبت القوات من المدينة.", "RETREAT", "انسحبت").negated


# --- a pluperfect backgrounder with its subject between كان and قد

def test_a_backgrounder_with_a_subject_before_qad_keeps_its_month_from_the_main_act() -> None:
    text = ("سلمت وزارة الداخلية المتهم إلى السلطات الإماراتية، فيما أفرج عن ثلاثة بحارة كانت "
            "السلطات الإيرانية قد احتجزتهم الشهر الماضي قبالة سواحل بوشهر.")
    e = one(text, "RETREAT", "أفرج")
    assert e.date_precision != "month"


# --- a verdict told of the noun before it (بحق رجلين أدينا بالتجسس)

def test_a_conviction_describing_the_executed_is_not_dated_by_the_execution() -> None:
    text = ("نفذت السلطات، فجر اليوم الأربعاء، حكم الإعدام بحق رجلين أدينا بالتجسس لصالح جهاز "
            "استخبارات أجنبي.")
    e = one(text, "SANCTION", "أدينا")
    assert e.date_basis in ("published", "none")


# --- "last week" after an act in its clause: too coarse to date it

def test_an_agreement_signed_last_week_is_not_dated_by_the_sentences_day() -> None:
    text = ("دخلت أرتال من الجيش، صباح اليوم الأربعاء، إلى بلدة دير حافر، تنفيذا لاتفاق وقعه "
            "الطرفان في دمشق الأسبوع الماضي.")
    e = one(text, "AGREE", "اتفاق")
    assert e.date_basis in ("published", "none")


def test_next_week_after_an_agreement_leaves_it_the_paragraphs_day() -> None:
    text = ("استضافت مسقط، السبت، جولة جديدة من المحادثات. ووصف الجانبان الجولة بأنها بناءة، "
            "واتفقا على مواصلة المحادثات على مستوى الخبراء الأسبوع المقبل.")
    e = one(text, "AGREE", "اتفقا")
    assert e.date == date(2026, 4, 11)
