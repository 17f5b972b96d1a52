"""Casualty counts of events (tolls pass, 2026-12-04 (13)) on the team's own sentences: an
arrest of one person told without a number counts one (a pronoun object, a singular people
noun after على, an ordinal or أحدهم, one PERSON name, a passive or named object of أودع),
two joined persons two, a longer list or a warrant none; a plural pronoun counts the people
told before it; an execution counts its one or two persons after بحق, before the count of
their crime; an assassination kills one, an attempt no one; a result clause's toll goes to
the act before it, a people's toll to the attack rather than the burning told with it, the
police's wounded not to their own dispersal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from rasd.events.actors.object_person import attempted, one_person_count
from rasd.events.location.headline_places import headline_same_toll
from rasd.model import Place, Span
from tests.events.rule_checks import bounds, counts, events_of_type

PUB = date(2026, 11, 19)  # a Thursday

of_type = partial(events_of_type, published=PUB)


def _arrested(text: str) -> list[tuple[int | None, int | None] | None]:
    return [bounds(e.arrested) for e in of_type(text, "COERCE")
            if e.mode == "arrest" and not e.negated]


def _killed(text: str) -> list[tuple[int | None, int | None] | None]:
    return [bounds(e.killed) for e in of_type(text, "ASSAULT")]


# --- one person arrested

def test_a_pronoun_object_of_an_arrest_counts_one() -> None:
    assert _arrested("أصدرت المحكمة حكما بسجن الناشط ثلاث سنوات، بعد شهرين من القبض عليه "
                     "في منزله.") == [(1, 1)]
    # a detention's length after the pronoun is no count of people
    assert (1, 1) in _arrested("مثل المدون أمام النيابة التي قررت حبسه 15 يوما على ذمة "
                               "التحقيق.")


def test_a_singular_noun_or_an_ordinal_after_the_arrest_counts_one() -> None:
    assert _arrested("ألقت قوات الأمن القبض على قيادي بارز في التنظيم خلال مداهمة ليلية.") \
        == [(1, 1)]
    assert (1, 1) in _arrested("قتلت قوات الجيش مهاجمين اثنين واعتقلت ثالثا قرب الحدود.")
    assert (1, 1) in _arrested("طاردت الشرطة اللصوص الثلاثة واعتقلت أحدهم بعد إصابته.")


def test_one_named_person_counts_one_a_pair_two() -> None:
    text = "اعتقلت قوات الأمن الصحفي سامي الحداد من منزله في المدينة فجر اليوم."
    names = [Span(text.index("سامي"), text.index("سامي") + len("سامي الحداد"), "سامي الحداد")]
    start = text.index("اعتقلت")
    trigger = Span(start, start + len("اعتقلت"), "اعتقلت")
    one = one_person_count(text, trigger, "arrested", names)
    assert one is not None and (one.min, one.max) == (1, 1)
    listed = "اعتقلت قوات الأمن الصحفي سامي الحداد والناشط كمال يوسف من منزليهما."
    names2 = [Span(listed.index("سامي"), listed.index("سامي") + 11, "سامي الحداد"),
              Span(listed.index("كمال"), listed.index("كمال") + 9, "كمال يوسف")]
    two = one_person_count(listed, Span(0, 6, "اعتقلت"), "arrested", names2)
    assert two is not None and (two.min, two.max) == (2, 2)


def test_a_pronoun_for_a_thing_or_an_agent_counts_nothing() -> None:
    # the pronoun is the police's (the agent), the object is counted on its own
    text = "نددت الحكومة بإغلاق الشرطة المعبر واعتقالها ثلاثة صرب من سكان القرية."
    assert _arrested(text) == [(3, 3)]
    # no person told before the pronoun: a ship held, not a person arrested
    ship = "أفرجت السلطات عن الناقلة التي احتجزتها في أبريل الماضي."
    start = ship.index("احتجزتها")
    assert one_person_count(ship, Span(start, start + 8, "احتجزتها"), "arrested", []) is None


def test_a_warrant_counts_no_arrest() -> None:
    text = "أصدرت النيابة مذكرة توقيف بحق الصحفي المقيم في الخارج."
    start = text.index("توقيف")
    assert one_person_count(text, Span(start, start + 5, "توقيف"), "arrested", []) is None


def test_committed_to_detention_by_awda() -> None:
    text = "نقل المتهم إلى العاصمة على متن طائرة خاصة، وأودع التوقيف تمهيدا لمحاكمته."
    start = text.index("التوقيف")
    one = one_person_count(text, Span(start, start + 7, "التوقيف"), "arrested", [])
    assert one is not None and one.min == 1


# --- executions and assassinations

def test_an_execution_counts_its_persons_before_their_crime() -> None:
    assert _killed("نفذت السلطات، صباح اليوم، حكم الإعدام بحق شابين أدانتهما محكمة بقتل "
                   "شرطي.") == [(2, 2)]
    assert _killed("أعلنت الوزارة تنفيذ حكم القتل تعزيرا يوم الاثنين 8 / 12 / 1447هـ بحق "
                   "الجاني في منطقة مكة.") == [(1, 1)]


def test_an_assassination_kills_one_an_attempt_no_one() -> None:
    assert _killed("اغتال مسلحون مجهولون مرشحا للانتخابات البلدية مساء السبت.") == [(1, 1)]
    text = "نجا المحافظ من محاولة اغتيال بعبوة ناسفة استهدفت موكبه."
    start = text.index("اغتيال")
    assert attempted(text, Span(start, start + 6, "اغتيال"))


# --- which act of a sentence a result clause's toll belongs to

def test_a_result_clause_toll_goes_to_the_act_before_it() -> None:
    # not to the reply told after it in a فيما clause
    text = ("نفذت طائرة مسيرة غارة على سيارة في البلدة ظهر اليوم، ما أدى إلى مقتل شخصين، "
            "فيما ردت الجماعة بقصف موقع عسكري بالصواريخ.")
    got = [(e.trigger.start < text.index("ما أدى"), bounds(e.killed))
           for e in of_type(text, "ASSAULT")]
    assert (True, (2, 2)) in got and (False, (2, 2)) not in got
    # both parts of the result clause go to the act before it, not to an act told later
    text = ("أحرق مستوطنون عشرات المنازل في البلدة ليلا، ما أدى إلى مقتل فلسطيني وإصابة "
            "نحو 100 آخرين، وذلك بعد ساعات من مقتل مستوطنين اثنين بإطلاق نار قرب البلدة.")
    first = min(of_type(text, "ASSAULT"), key=lambda e: e.trigger.start)
    assert bounds(first.injured) == (100, 100)


def test_a_peoples_toll_goes_to_the_attack_not_to_the_burning_told_with_it() -> None:
    text = ("نصب مسلحون كمينا لقافلة شاحنات على الطريق السريع مساء أمس، وأحرقوا أكثر من "
            "عشر شاحنات، فيما قتل أربعة من السائقين.")
    got = {e.mode: bounds(e.killed) for e in of_type(text, "ASSAULT")}
    assert got.get("destroy") is None
    assert (4, 4) in got.values()


def test_the_polices_own_wounded_are_not_the_toll_of_their_dispersal() -> None:
    text = ("واستخدمت الشرطة الغاز المسيل للدموع لتفريق محتجين حاولوا اقتحام مقر البلدية، "
            "فيما أعلنت الوزارة توقيف 20 شخصا وإصابة 7 شرطيين.")
    dispersal = [e for e in of_type(text, "ASSAULT") if e.mode == "crowd-control"]
    assert dispersal and all(e.injured is None for e in dispersal)


def test_a_plural_pronoun_or_passive_counts_the_people_told_before_it() -> None:
    assert (4, 4) in _arrested("أفرجت السلطات، أمس، عن أربعة صيادين كانت البحرية قد "
                               "احتجزتهم الشهر الماضي قرب الجزيرة.")
    assert (7, 7) in _arrested("أفرجت المحكمة عن سبعة من قادة النقابة كانوا قد اعتقلوا في "
                               "مارس الماضي.")


def test_two_persons_joined_count_two_a_longer_list_none() -> None:
    text = "وقع هجوم بسكين في محطة القطار، واعتقلت الشرطة المسلح وشقيقه بعد ساعة."
    start = text.index("واعتقلت")
    two = one_person_count(text, Span(start, start + 7, "واعتقلت"), "arrested", [])
    assert two is not None and (two.min, two.max) == (2, 2)
    longer = "اعتقل الجيش المسلح وشقيقه ووالده في القرية."
    assert one_person_count(longer, Span(0, 5, "اعتقل"), "arrested", []) is None


def test_the_numeral_two_after_its_noun() -> None:
    assert (2, 2) in _arrested("اعتقلت قوات الأمن في المدينة، مساء الخميس، صحفيين اثنين "
                               "يعملان لقناة محلية.")


def test_incitement_or_a_purpose_to_assassinate_kills_no_one() -> None:
    text = "بث التنظيم تسجيلا مصورا للتحريض على اغتيال رئيس البلاد ووزير داخليته."
    start = text.index("اغتيال")
    assert attempted(text, Span(start, start + 6, "اغتيال"))
    text = "وصلت خلية مسلحة إلى العاصمة لاغتيال قائد الشرطة."
    start = text.index("لاغتيال")
    assert attempted(text, Span(start + 1, start + 7, "اغتيال"))


def test_a_retold_acts_toll_goes_to_the_telling_at_the_place_it_names() -> None:
    text = ("قتل خمسة مدنيين في قصف مدفعي استهدف مدينة سراقب بريف إدلب فجر اليوم، فيما قتل "
            "جنديان في قصف مضاد نفذته الفصائل على مواقعهم في محيط جسر الشغور. وأصيب ستة "
            "مدنيين بجروح في القصف على سراقب.")
    got = {bounds(e.killed): bounds(e.injured) for e in of_type(text, "ASSAULT")}
    assert got == {(5, 5): (6, 6), (2, 2): None}


# --- the casualty layer

def test_irtiqa_kills_and_a_nominative_dual_of_civilians_counts_two() -> None:
    assert counts("ما أدى إلى ارتقاء ثلاثة شبان وإصابة اثنين آخرين.") == [
        ("killed", 3, 3), ("injured", 2, 2)]
    assert counts("قتل مدنيان في القصف.") == [("killed", 2, 2)]
    # ارتقى in its other sense, with no victims, counts nothing
    assert counts("ارتقى المنتخب إلى المركز الثالث في التصنيف.") == []


def test_one_of_the_members_or_passers_by() -> None:
    assert counts("ما أسفر عن إصابة أحد المنتسبين بجروح.") == [("injured", 1, 1)]
    assert counts("قتل ثلاثة من المارة في الانفجار.") == [("killed", 3, 3)]
    assert counts("قصفت مسيرة سيارة، ما أدى إلى مقتل راكبيها.") == [("killed", 2, 2)]


def test_the_active_verb_of_wounding_needs_its_victims() -> None:
    assert counts("مستوطنون يحرقون ثلاث مركبات، ويصيبون مسنا برضوض.") == [("injured", 1, 1)]
    assert counts("أصابت قوات الاحتلال أربعة شبان بالرصاص الحي.") == [("injured", 4, 4)]
    # a shell hitting houses wounds no one
    assert counts("أصاب الصاروخ 3 منازل في الحي.") == []


def test_a_singular_passive_after_kana_qad_counts_one() -> None:
    text = "سلمت السلطات رجلا مطلوبا للقضاء، كان قد اعتقل في المطار قبل شهرين."
    start = text.index("اعتقل")
    one = one_person_count(text, Span(start, start + 5, "اعتقل"), "arrested", [])
    assert one is not None and one.min == 1
    # a subject before قد: the active voice, no count read
    text = "وكان الجيش قد اعتقل في الشهر الماضي عددا من الناشطين."
    start = text.index("اعتقل")
    assert one_person_count(text, Span(start, start + 5, "اعتقل"), "arrested", []) is None


def test_an_army_bulletins_eliminated_militants_are_killed() -> None:
    assert _killed("قضت وحدة للجيش، فجر الثلاثاء، على إرهابيين اثنين خلال عملية تمشيط "
                   "بمنطقة جبلية.") == [(2, 2)]


def test_a_headline_placed_by_a_nisba_only_joins_its_body_by_the_toll() -> None:
    text = "مقتل ثلاثة رعاة بغارة تركية\nقتل ثلاثة رعاة في غارة لطائرة مسيرة قرب بلدة جبلية."
    (e,) = of_type(text, "ASSAULT")
    at = text.index("غارة لطائرة")
    body = replace(e, trigger=Span(at, at + 4, "غارة"), country="IRQ",
                   place=Place(None, None, "IRQ", basis="sentence"))
    # the headline's country comes from تركية, not from a place it names
    head = replace(e, trigger=Span(16, 21, "بغارة"), country="TUR",
                   place=Place(None, None, "IRQ", basis="document"))
    assert headline_same_toll(head, body, text)
    # a place the headline names in another country keeps them apart
    placed = replace(head, place=Place(None, None, "TUR", basis="sentence"))
    assert not headline_same_toll(placed, body, text)
