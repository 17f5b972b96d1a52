"""The extractor's precision, merging, date and toll rules on the team's own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events.merge import merge_events
from rasd.events.syntax.modifiers import continues
from rasd.model import Actor, Event, Span
from rasd.text.tokens import tokenize

PUB = date(2023, 5, 16)  # a Tuesday: الأحد is 2023-05-14


def events(text: str, published: date | None = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def types(text: str) -> set[str]:
    return {e.type for e in events(text) if not e.negated}


@pytest.mark.parametrize(("text", "absent"), [
    # ambiguous rows (weight < 0.7) without a participant of their own
    ("تقع البلدة في مقاطعة كيبيك شرق كندا.", "PROTEST"),
    # a verb row is not read through the article: الطلب is a noun
    ("ارتفع الطلب على القمح في الأسواق هذا الموسم.", "REQUEST"),
    # a final ة is not the pronoun ه: طالبة is a student
    ("فازت طالبة من صفاقس بالجائزة الأولى في المسابقة.", "REQUEST"),
    # block rows
    ("نشر البرلمان بيانا صادرا عن لجنة الشؤون الخارجية.", "COERCE"),
    ("انتشرت قوات مكافحة الشغب في محيط الملعب قبل المباراة.", "PROTEST"),
    ("وصل عمال إغاثة إلى المدينة المنكوبة.", "AID"),
    ("قتل اللاعب الوقت في الدقائق الأخيرة من المباراة.", "ASSAULT"),
    ("اعتقل المدافع الكرة ثم مررها إلى زميله.", "COERCE"),
    ("التقى المنتخبان في مباراة ودية بالعاصمة.", "CONSULT"),
    ("اتفق الخبراء على أن الشتاء المقبل سيكون باردا.", "AGREE"),
    ("يهدد الجفاف محاصيل الشعير في الهضاب العليا.", "THREATEN"),
    # a weather warning with no threatened party
    ("حذرت مصلحة الأرصاد من رياح قوية تضرب السواحل الشمالية.", "THREATEN"),
    ("حذرت مصلحة الأرصاد من رياح قوية تضرب السواحل الشمالية.", "ASSAULT"),
])
def test_no_event(text: str, absent: str) -> None:
    assert absent not in types(text), [(e.type, e.trigger.text) for e in events(text)]


def test_same_act_named_twice_in_a_clause_is_one_event() -> None:
    found = [e for e in events("أطلق المسلحون على الدورية صاروخا موجها قرب الحدود.")
             if e.type == "ASSAULT"]
    assert len(found) == 1
    found = [e for e in events("استهدف المسلحون ناقلة نفط بصاروخ قبالة السواحل.")
             if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].mode == "heavy-weapons"


def test_a_second_act_after_and_stays_apart() -> None:
    found = [e for e in events("اعتقلت الشرطة ناشطا في الصباح واعتقلت صحفيا في المساء.")
             if e.type == "COERCE"]
    assert len(found) == 2


def test_definite_noun_retells_an_earlier_act() -> None:
    text = ("شن مسلحون هجوما على حاجز للجيش في شمال البلاد. "
            "وأدانت الحكومة الهجوم ووصفته بالجبان.")
    assaults = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].evidence) == 2


def test_definite_retelling_ignores_the_phrase_next_to_it() -> None:
    # أدانت المنظمة الإعدام: the phrase before an anaphoric noun is not its actor
    a = _event("ASSAULT", "أعدمت", "execute", 0, actor=Actor(_at(7, "السلطات"), entity=0))
    b = _event("ASSAULT", "الإعدام", "execute", 40, actor=Actor(_at(30, "المنظمة"), entity=1))
    assert len(merge_events([a, b])) == 1
    c = _event("ASSAULT", "إعدام", "execute", 40, actor=Actor(_at(30, "المنظمة"), entity=1))
    assert len(merge_events([a, c])) == 2  # not definite: two parties, two acts


def _at(start: int, word: str) -> Span:
    return Span(start, start + len(word), word)


def _event(type_: str, word: str, mode: str | None, at: int,
           actor: Actor | None = None) -> Event:
    span = _at(at, word)
    return Event(type=type_, trigger=span, evidence=(span,), mode=mode,  # type: ignore[arg-type]
                 actor=actor)


def test_pluperfect_qad_is_not_hypothetical() -> None:
    e = next(e for e in events("وكانت الحكومة قد أعلنت اعتقال خمسة مشتبه بهم في العاصمة.")
             if e.type == "COERCE")
    assert not e.hypothetical
    # قد + imperfect still is "may"
    e = next(e for e in events("قد تعتقل الشرطة عددا من الناشطين في الأيام القادمة.")
             if e.type == "COERCE")
    assert e.hypothetical


def test_content_of_a_call_across_a_time_insert() -> None:
    found = types("دعا الأمين العام، الأحد، الأطراف إلى وقف فوري لإطلاق النار.")
    assert "REQUEST" in found and "RETREAT" not in found


def test_negation_fused_to_the_conjunction() -> None:
    e = next(e for e in events("ولم تسجل أي اشتباكات في المدينة خلال الليل.")
             if e.type == "ASSAULT")
    assert e.negated


def test_paragraph_date_only_for_a_narrative_continuation() -> None:
    text = ("اجتمع وزيرا الخارجية المغربي والموريتاني في الرباط يوم الأحد. "
            "واتفق الوزيران على تعزيز التعاون الأمني.")
    agree = next(e for e in events(text) if e.type == "AGREE")
    assert (agree.date, agree.date_basis) == (date(2023, 5, 14), "paragraph")
    text = ("اعتقلت الشرطة ثلاثة ناشطين في المدينة يوم الأحد. "
            "وكانت السلطات قد فرضت حظر التجول على الأحياء الشرقية.")
    curfew = next(e for e in events(text) if e.type == "COERCE" and e.mode == "curfew")
    assert curfew.date_basis == "published"


def test_continues() -> None:
    assert continues(tokenize("واتفق الوزيران على عقد لقاء جديد."))
    assert continues(tokenize("وتخللت المسيرة مواجهات."))
    assert not continues(tokenize("وكانت السلطات قد فرضت حظر التجول."))
    assert not continues(tokenize("وقال المتحدث إن القوات انسحبت."))
    assert not continues(tokenize("ويخشى مراقبون من اندلاع مواجهات."))
    assert not continues(tokenize("ولم تسجل أي خروقات."))
    assert not continues(tokenize("اتفق الوزيران على عقد لقاء جديد."))


def test_month_only_date() -> None:
    e = next(e for e in events("وكانت تونس قد استدعت سفيرها لدى ليبيا في مارس الماضي.")
             if e.type == "SANCTION")
    assert e.date == date(2023, 3, 1) and e.date_basis == "sentence"
    assert e.date_precision == "month"


@pytest.mark.parametrize("text", [
    "استدعت الجزائر سفيرها لدى مدريد أمس الأحد.",  # a stated day
    "استدعت الجزائر سفيرها لدى مدريد.",  # the publication date stands in
])
def test_day_precision(text: str) -> None:
    e = next(e for e in events(text) if e.type == "SANCTION")
    assert e.date_precision == "day"


def test_a_future_month_is_not_the_date() -> None:
    e = next(e for e in events("استدعت الجزائر سفيرها في إسبانيا قبل قمة الشهر المقبل.")
             if e.type == "SANCTION")
    assert e.date == PUB and e.date_precision == "day"


def test_result_of_an_act_is_its_toll() -> None:
    found = [e for e in events("قصفت الطائرات قرية جنوبية، ما أدى إلى مقتل خمسة مدنيين.")
             if e.type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].killed is not None and found[0].killed.min == 5


def test_toll_of_a_sentence_without_event_goes_to_the_last_fitting_event() -> None:
    text = ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في أطراف المدينة أمس. "
            "وبلغت حصيلة القتلى 18 شخصا.")
    e = next(e for e in events(text) if e.type == "ASSAULT")
    assert e.killed is not None and e.killed.min == 18


def test_toll_does_not_go_to_a_statement() -> None:
    text = "ناشدت المنظمة الدول المانحة تقديم الدعم بعد وفاة 40 شخصا في الفيضانات."
    for e in events(text):
        assert e.killed is None, (e.type, e.trigger.text)


def test_plural_verb_with_pronoun_drops_its_alif() -> None:
    e = next(e for e in events("أفرج الخاطفون عن مهندس كانوا قد اختطفوه قرب الحدود.")
             if e.type == "ASSAULT")
    assert e.mode == "abduct"


def test_militia_massing_fighters() -> None:
    e = next(e for e in events("حشدت جماعة «النصر» مئات المقاتلين قرب البلدة.")
             if e.type == "MOBILIZE")
    assert e.mode == "militia"


def test_a_charge_is_no_event() -> None:
    assert "ASSAULT" not in types("أدانتهم المحكمة بقتل حارس في السجن العام الماضي.")
    assert "COERCE" in types("اعتقلت الشرطة شابا بتهمة التخطيط لهجوم على مركز تجاري.")
    assert "ASSAULT" not in types("اعتقلت الشرطة شابا بتهمة التخطيط لهجوم على مركز تجاري.")


def test_protesters_clashing_is_a_riot() -> None:
    found = events("اندلعت مواجهات بين المتظاهرين وقوات الأمن أمام مبنى البلدية.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "riot")]
    # tear gas fired at protesters stays an assault
    found = events("أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين في الساحة.")
    assert ("ASSAULT", "crowd-control") in [(e.type, e.mode) for e in found]


def test_a_march_and_a_riot_in_one_clause_are_two_events() -> None:
    found = events("تخللت المسيرة في الرباط مواجهات بين المحتجين والشرطة.")
    assert sorted(e.mode or "" for e in found if e.type == "PROTEST") == ["demo", "riot"]


def test_sports_page_keeps_only_unambiguous_triggers() -> None:
    text = ("فاز النادي الأهلي على ضيفه في مباراة الدوري أمس. "
            "وقال المدرب إن الهجوم كان فعالا وإن اللقاء كان صعبا.")
    assert events(text) == []
    # the same words on a political page are events
    assert "ASSAULT" in types("شن المسلحون هجوما على مركز للشرطة في المدينة.")


def test_death_word_alone_is_not_corroborated_by_its_own_toll() -> None:
    assert "ASSAULT" not in types(
        "لقي أربعة أشخاص مصرعهم في حادث سير على الطريق الساحلي.")


def test_pluperfect_relative_clause_keeps_its_date_to_itself() -> None:
    text = ("أفرج مسلحون عن صحفي كانوا قد اختطفوه في يناير الماضي، "
            "بحسب ما أعلنت وزارة الخارجية يوم الأحد.")
    found = events(text)
    release = next(e for e in found if e.type == "RETREAT")
    abduct = next(e for e in found if e.type == "ASSAULT")
    assert release.date == date(2023, 5, 14)
    assert abduct.date == date(2023, 1, 1)


def test_phrase_gap_crosses_a_time_insert() -> None:
    e = next(e for e in events("قضت محكمة الجنايات، اليوم الأحد، بالسجن عشر سنوات على متهم.")
             if e.type == "SANCTION")
    assert e.mode == "convict"


def test_counted_participle_is_a_noun() -> None:
    # 12 متهما are defendants; متهما with an object is "accusing"
    assert "ACCUSE" not in types("أفرجت السلطات عن 12 متهما في قضية الفساد.")
    assert "ACCUSE" in types("انتقد الوزير المعارضة متهما إياها بعرقلة الإصلاحات.")


def test_conviction_next_to_a_sentence_is_no_condemnation() -> None:
    found = events("قضت المحكمة بالسجن خمس سنوات على ثلاثة موظفين بعد إدانتهم بالرشوة.")
    assert [e.type for e in found] == ["SANCTION"]
    assert len(found[0].evidence) == 1  # one sentence, told twice


def test_act_responded_to_is_no_new_event() -> None:
    found = types("أطلقت الجماعة صواريخ على البلدة ردا على الغارة.")
    assert found == {"ASSAULT"}
    assert len([e for e in events("أطلقت الجماعة صواريخ على البلدة ردا على الغارة.")
                if e.type == "ASSAULT"]) == 1
    assert "THREATEN" not in types("أجرت البحرية مناورات ردا على التهديدات الأخيرة.")


def test_public_safety_advice_is_no_request() -> None:
    assert "REQUEST" not in types("دعت الحماية المدنية المواطنين إلى توخي الحذر أثناء العاصفة.")
    assert "REQUEST" in types("دعت الحكومة المعارضة إلى الحوار.")


def test_existing_agreement_and_request_content() -> None:
    assert "AGREE" not in types("وصلت القوات في إطار اتفاق للتعاون العسكري بين البلدين.")
    found = types("طلبت الحكومة من الأمم المتحدة مساعدتها في إزالة الألغام.")
    assert "REQUEST" in found and "AID" not in found
