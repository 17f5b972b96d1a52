"""Actor sanity pass (2026-12-04 (16)): phrases that are never the doer of the event they
are found for (a wire's dateline, the people a toll counts, a mediator, a statement or an
unnamed source), and where the doer is then read (a nationality adjective after an attack
noun; the verb's own subject phrase). The team's own sentences; each test has a near miss
that the rule must leave alone."""

from __future__ import annotations

from datetime import date

from rasd.events.actors.actor_sanity import dateline_starts, reporter
from rasd.model import Actor, Event, Span
from tests.events.rule_checks import events_of_type

PUB = date(2026, 5, 20)


def _events(text: str, typ: str) -> list[Event]:
    found = events_of_type(text, typ, PUB)
    assert found, f"no {typ} event"
    return found


def _actor(text: str, typ: str) -> Actor | None:
    return _events(text, typ)[0].actor


# --- a dateline is where the story was filed, not who acted

def test_a_datelines_city_does_not_release_prisoners() -> None:
    text = "الرباط - أعلنت المندوبية العامة لإدارة السجون، أمس، الإفراج عن 300 سجين بموجب عفو."
    actor = _actor(text, "RETREAT")
    assert actor is None or "الرباط" not in actor.span.text


def test_the_datelines_city_named_again_in_the_body_may_act() -> None:
    # near miss: the same capital standing for its government inside the sentence
    text = "نيامي - اتهمت نيامي باريس بدعم الجماعات المسلحة في منطقة الحدود الثلاثة."
    actor = _actor(text, "ACCUSE")
    assert actor is not None and actor.span.start > 0 and "نيامي" in actor.span.text


def test_dateline_shapes() -> None:
    text = ("مقديشو (صونا) - سقطت قذائف.\nالمنامة في 17 ديسمبر / بنا / شمل عفو.\n"
            "علي - والد الضحية - قال.")
    starts = dateline_starts(text)
    assert 0 in starts and text.index("المنامة") in starts
    assert text.index("علي") not in starts  # a name with an aside between two dashes


# --- the people a toll counts suffered the act

def test_the_killed_are_not_the_doers_of_the_strike_that_killed_them() -> None:
    text = "استشهد أربعة فلسطينيين، فجر اليوم، في قصف إسرائيلي استهدف منزلا في مخيم النصيرات."
    actor = _actor(text, "ASSAULT")
    assert actor is not None and "إسرائيلي" in actor.span.text
    assert "فلسطينيين" not in actor.span.text


def test_soldiers_counted_killed_are_not_the_suicide_attacker() -> None:
    text = "قتل تسعة جنود على الأقل في هجوم انتحاري استهدف ثكنة عسكرية قرب بلدة ولام، أمس الجمعة."
    actor = _actor(text, "ASSAULT")
    assert actor is None or "جنود" not in actor.span.text


def test_a_doer_named_inside_a_toll_keeps_acting() -> None:
    # near miss: the toll's span holds its verb's subject before the count
    actor = _actor("قتلت قوات الأمن ثلاثة مسلحين في اشتباك قرب مدينة العريش.", "ASSAULT")
    assert actor is not None and actor.span.text == "قوات الأمن"


# --- a mediator is a third party to the act of the parties it brought together

def test_the_mediator_does_not_pledge_for_the_two_countries() -> None:
    text = ("وقعت كينيا وأوغندا، السبت في نيروبي، اتفاقا لترسيم الحدود بوساطة إثيوبية، "
            "وتعهد البلدان بتسيير دوريات مشتركة.")
    pledges = [e for e in _events(text, "AGREE") if "تعهد" in e.trigger.text]
    assert pledges
    actor = pledges[0].actor
    assert actor is None or "إثيوبية" not in actor.span.text


# --- a statement, an unnamed source, a witness: who told it, not who did it

def test_notables_demand_in_a_statement_the_statement_does_not_demand() -> None:
    actor = _actor("وطالب شيوخ العشيرة، في بيان اليوم، الحكومة بالإفراج عن المعتقلين.",
                   "REQUEST")
    assert actor is not None and actor.span.text == "شيوخ العشيرة"


def test_the_authority_a_source_speaks_of_made_the_arrests() -> None:
    actor = _actor("وأوضح المصدر أن الهيئة أوقفت 40 موظفا بتهم الرشوة والتزوير.", "COERCE")
    assert actor is not None and actor.span.text == "الهيئة"


def test_a_ministry_announcing_in_a_statement_still_acts() -> None:
    # near miss: the announcer is a party; its statement is only the medium
    actor = _actor("وأعلنت وزارة الدفاع، في بيان، إرسال تعزيزات عسكرية إلى الحدود الشرقية.",
                   "MOBILIZE")
    assert actor is not None and actor.span.text == "وزارة الدفاع"


def test_reporter_heads() -> None:
    def rep(text: str) -> bool:
        return reporter(Actor(Span(0, len(text), text)))
    assert rep("البيان الختامي") and rep("مصادر دبلوماسية") and rep("شهود عيان")
    assert not rep("المصدرين") and not rep("بيانكا") and not rep("الجيش")


# --- the phrase after a circumstantial participle is its object

def test_the_accused_after_a_participle_is_not_the_accuser() -> None:
    text = ("أعلن المركز الوطني للفضاء الرقمي، اليوم، أن هجوما إلكترونيا عطل أنظمة الدفع "
            "في المصارف، متهما إسرائيل بالوقوف وراءه.")
    event = _events(text, "ACCUSE")[0]
    assert event.actor is None or "إسرائيل" not in event.actor.span.text
    assert event.recipient is not None and event.recipient.span.text == "إسرائيل"


def test_a_known_main_subject_still_accuses_through_its_participle() -> None:
    # near miss: the main clause's subject is a party rasd knows
    text = "هددت وزارة الخارجية الإيرانية، اليوم، بالرد على أي اعتداء، متهمة إسرائيل بالتصعيد."
    event = _events(text, "ACCUSE")[0]
    assert event.actor is not None and event.actor.span.text == "وزارة الخارجية الإيرانية"


# --- two speakers in one sentence: the later clause is on the later speaker's word

def test_the_second_speakers_clause_is_on_the_second_speakers_word() -> None:
    text = ("قال المتحدث باسم وزارة الداخلية إن الشرطة اعتقلت خمسة أشخاص، فيما قالت نقابة "
            "المعلمين إن أعضاءها نظموا وقفة احتجاجية أمام البرلمان.")
    protest = _events(text, "PROTEST")[0]
    assert protest.attribution is not None and protest.attribution.span.text == "نقابة المعلمين"
    # the place after أمام is where the stand was held, not who held it
    assert protest.actor is None or "البرلمان" not in protest.actor.span.text


def test_the_first_speakers_clause_stays_on_the_first_speakers_word() -> None:
    # near miss: the act told before the second speech verb
    text = ("قال المتحدث باسم وزارة الداخلية إن الشرطة اعتقلت خمسة أشخاص، فيما قالت نقابة "
            "المعلمين إن أعضاءها نظموا وقفة احتجاجية أمام البرلمان.")
    arrest = _events(text, "COERCE")[0]
    assert arrest.attribution is not None and "وزارة الداخلية" in arrest.attribution.span.text


# --- the claimant of an act named by a noun did it, known party or not

def test_a_group_that_claims_a_killing_did_it() -> None:
    text = "وتبنت كتائب الشمال مقتل خمسة من عناصر الميليشيا في كمين قرب مدينة معبر."
    actor = _actor(text, "ASSAULT")
    assert actor is not None and actor.span.text == "كتائب الشمال"


# --- a joined verb's subject is no preposition's object

def test_the_arrests_after_clashes_are_the_polices_not_the_protesters() -> None:
    text = ("وشهدت المسيرة في ليون مواجهات بين مجموعات من المتظاهرين والشرطة التي أطلقت الغاز "
            "المسيل للدموع، واعتقلت 30 شخصا.")
    actor = _actor(text, "COERCE")
    assert actor is not None and "الشرطة" in actor.span.text
    assert "المتظاهرين" not in actor.span.text


def test_a_joined_arrest_keeps_the_raiding_forces() -> None:
    # near miss: the sentence's first subject is a subject
    actor = _actor("اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس، واعتقلت خمسة شبان.", "COERCE")
    assert actor is not None and actor.span.text == "قوات الاحتلال"
