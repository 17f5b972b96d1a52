"""Round-24 rules on the team's own sentences: a party announcing its boycott, a vote against
with the text's pronoun and a vote tally folded into its rejection, a request turned down
with رد, reservations after بدوره, disappointment and regret after a long subject, an offer
to host talks across a meeting insert, a warning to deal firmly with any attempt, armoured
units massed, a speaker declining to table a bill, a listing with a long subject, a
sanction's freeze, a first sentence confirmed, a grant agreement signed, a batch of troops
arriving, كما opening a second attack, a plural verb telling how an attack was done, and
the non-event senses next to them (aid arriving is no visit, an agreement's terms, a
company's technical support and target figures, people wanted on charges, a siege on a
sports page, roads cut by snow, attack as a strategy)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import events, facts_of_type

PUB = date(2026, 3, 11)  # a Wednesday


#: Events of one type in a sentence published on :data:`PUB`, reported as fact.
of_type = partial(facts_of_type, published=PUB)


def _types(text: str) -> set[str]:
    return {e.type for e in events(text, PUB)}


def test_a_party_announcing_its_boycott_of_a_committee() -> None:
    text = "وأعلنت الكتلة النيابية مقاطعتها لجلسات لجنة الميزانية حتى إشعار آخر."
    boycotts = of_type(text, "PROTEST")
    assert boycotts and boycotts[0].mode == "boycott"


def test_a_state_voting_against_with_the_texts_pronoun() -> None:
    text = "واعتمدت الجمعية العامة القرار بأغلبية كبيرة، فيما صوتت المجر ضده."
    assert of_type(text, "REJECT")


def test_a_vote_tally_is_the_means_of_the_rejection() -> None:
    text = ("رفض البرلمان، مساء أمس، مشروع قانون الضرائب الجديد بعدما صوت ضده 120 نائبا. "
            "وأوضح رئيس الجلسة أن 120 نائبا صوتوا ضد المشروع.")
    assert len(of_type(text, "REJECT")) == 1


def test_a_request_turned_down_with_radda() -> None:
    text = "وردت الحكومة طلبا أوروبيا بإعادة فتح الملف، مؤكدة تمسكها بموقفها."
    assert of_type(text, "REJECT")


def test_a_reply_to_a_request_is_no_refusal() -> None:
    text = "وردت الحكومة على طلب البرلمان بتقديم تقرير مفصل عن الإنفاق."
    assert not of_type(text, "REJECT")


def test_reservations_in_turn_are_a_rejection() -> None:
    text = "وأبدت بولندا بدورها تحفظها على البند المتعلق بالهجرة."
    assert of_type(text, "REJECT")


def test_a_partys_role_is_still_no_act() -> None:
    text = "وثمن الوزير دور الوساطة القطرية في تقريب وجهات النظر."
    assert not of_type(text, "CONSULT")


def test_disappointment_after_a_long_subject() -> None:
    text = "وأعرب سفير جنوب أفريقيا لدى الأمم المتحدة ماتيوس جويني عن «خيبة أمل كبيرة» من القرار."
    found = of_type(text, "ACCUSE")
    assert found and found[0].mode == "disapprove"


def test_regret_at_an_obstruction_after_a_long_subject() -> None:
    text = "وأعرب المفوض الأوروبي لشؤون التوسيع مارتا كوس عن أسفها لعرقلة المفاوضات."
    found = of_type(text, "ACCUSE")
    assert found and found[0].mode == "disapprove"


def test_an_offer_to_host_talks_across_a_meeting_insert() -> None:
    text = ("وعرض أمير الكويت الشيخ مشعل الأحمد، خلال استقباله وزير الخارجية السوداني في "
            "قصر بيان أمس، استضافة محادثات مباشرة بين الطرفين.")
    assert of_type(text, "AGREE")


def test_a_warning_to_deal_firmly_with_any_attempt() -> None:
    text = "وقال قائد الشرطة إن قواته «ستتعامل بحزم مع أي محاولة للإخلال بالأمن»."
    threats = of_type(text, "THREATEN")
    assert threats and threats[0].mode == "violence"


def test_units_massed_near_a_border() -> None:
    text = "وحشد الجيش وحدات مدرعة قرب الحدود الشرقية، وفق مصادر محلية."
    found = of_type(text, "MOBILIZE")
    assert found and found[0].mode == "troops"


def test_a_speaker_declining_to_table_a_bill() -> None:
    text = "وامتنع رئيس المجلس الوطني الاتحادي صقر غباش عن طرح مشروع القانون للتصويت."
    assert of_type(text, "REJECT")


def test_a_listing_with_a_long_subject() -> None:
    text = "وأدرجت وزارة الخزانة الأمريكية أربعة أفراد وشركتين مقرهما تركيا على قائمة العقوبات."
    found = of_type(text, "SANCTION")
    assert found and found[0].mode == "discontinue"


def test_a_sanctions_freeze_is_one_package() -> None:
    text = "وفرضت كندا عقوبات على ثلاثة قادة عسكريين وتجميد الأصول التابعة لهم داخل البلاد."
    assert len(of_type(text, "SANCTION")) == 1


def test_a_second_sanction_on_someone_else_stays_its_own() -> None:
    text = ("وفرضت الخزانة الأمريكية عقوبات على ثلاثة قادة في الجماعة، وفرضت عقوبات على "
            "رجل أعمال رابع لشرائه أسلحة.")
    assert len(of_type(text, "SANCTION")) == 2


def test_a_first_sentence_confirmed_on_appeal() -> None:
    text = "وكانت محكمة الاستئناف قد أقرت الشهر الماضي الحكم الابتدائي القاضي بسجنه ثماني سنوات."
    found = of_type(text, "SANCTION")
    assert found and found[0].mode == "convict"


def test_a_law_approved_is_no_sentence() -> None:
    text = "وأكد أن إقرار هذا القانون هو تنظيم لتنفيذ الأحكام القضائية."
    assert not of_type(text, "SANCTION")


def test_a_grant_agreement_signed_is_aid() -> None:
    text = "ووقع الصندوق السعودي للتنمية أمس اتفاقية منحة بقيمة 30 مليون دولار مع الحكومة اليمنية."
    assert of_type(text, "AID")
    assert not of_type(text, "SUPPORT")


def test_a_batch_of_troops_told_before_its_arrival() -> None:
    text = "وكانت الدفعة الأولى من القوات الكينية قد وصلت إلى هايتي ضمن البعثة الأممية."
    assert of_type(text, "AID")
    assert not of_type(text, "CONSULT")


def test_an_aid_convoy_arriving_is_no_visit() -> None:
    text = ("كسلا (سونا) - وصلت إلى مدينة كسلا بالولاية الشرقية، يوم الأحد، قافلة مساعدات "
            "إنسانية مكونة من 40 شاحنة مقدمة من الهلال الأحمر القطري.")
    assert of_type(text, "AID")
    assert not of_type(text, "CONSULT")


def test_kama_opens_a_second_attack() -> None:
    text = ("واستهدفت قوات الدعم السريع بطائرات مسيرة، فجر اليوم، محطة كهرباء في ولاية "
            "النيل الأبيض، ما أدى إلى انقطاع التيار، كما قصفت بالمسيرات مستودعات للوقود في "
            "مدينة كوستي.")
    assert len(of_type(text, "ASSAULT")) == 2


def test_a_plural_verb_on_them_tells_how_the_attack_was_done() -> None:
    text = "وهاجم مستوطنون رعاة في الأغوار، واعتدوا عليهم بالضرب، ما أدى إلى إصابة اثنين."
    assert len(of_type(text, "ASSAULT")) == 1


def test_an_agreements_terms_are_no_new_agreement() -> None:
    text = "وأشار إلى أن الاتفاق يقضي بتسليم المعابر إلى الحكومة خلال شهرين."
    assert not of_type(text, "AGREE")


def test_a_companys_technical_support_and_target_are_no_events() -> None:
    text = ("وتوفر الشركة دعما فنيا للمشتركين على مدار الساعة، وقال مديرها إنها تستهدف "
            "الوصول إلى مليون عميل.")
    assert not _types(text) & {"SUPPORT", "ASSAULT"}


def test_people_wanted_on_charges_are_no_accusation() -> None:
    text = "وسلمت السلطات التركية العراق، الشهر الماضي، ثلاثة مطلوبين بتهم فساد."
    assert not of_type(text, "ACCUSE")


def test_a_defences_siege_on_a_sports_page() -> None:
    text = ("وسيطر لاعبو الفريق على المباراة في الشوط الثاني، غير أن دفاع الضيوف فرض حصارا "
            "محكما على منطقته حتى نهاية اللقاء في الدوري.")
    assert not of_type(text, "COERCE")


def test_roads_cut_by_snow_on_a_weather_page() -> None:
    text = ("وحاصرت الثلوج عشرات القرى الجبلية بعد هطول كثيف، وقطعت الطرق الرئيسية لساعات، "
            "وفق الأرصاد الجوية مع استمرار العاصفة.")
    assert not of_type(text, "PROTEST")


def test_attack_as_a_strategy_is_no_attack() -> None:
    text = "وقال رئيس الشركة إن المنافسة الشديدة «تفرض علينا الهجوم بدل الدفاع»."
    assert not of_type(text, "ASSAULT")


def test_opposition_stated_with_its_owner_is_a_refusal() -> None:
    text = "وأعلن رئيس الوزراء الإسباني بيدرو سانشيز معارضة بلاده لأي تدخل عسكري في المنطقة."
    assert of_type(text, "REJECT")


def test_the_opposition_as_a_party_is_no_refusal() -> None:
    text = "وقالت المعارضة للحكومة إنها ستواصل الحوار مع الأحزاب."
    assert not of_type(text, "REJECT")
