"""Round 36-37 fixes, group a (2026-12-04 (17)): the general causes the blind rounds 36 and
37 (ev-1521..ev-1580) showed in ASSAULT, COERCE, PROTEST, MOBILIZE, SANCTION and THREATEN,
pinned on the team's own sentences (other countries, parties and wording than the
passages'), each with a near miss where one helps: natural agents that sweep a place, a
march retold by its route, an arrest operation told by its executor, missile systems as
equipment, a battle with flames, a price war's targets, a participant of a protest as a
speaker, a court challenge, a utility's alert, a protest stand named before its holders,
Sudanese marches with a demand, patrols deployed after a long subject, a seized shipment
told by its pronoun, the Maghreb إيقاف of counted people, an embassy's visa freeze, people
to be deported and barred from entry, a labour authority freezing company files, missiles
fired into the sea, a denied arrest with أي, a crowd halting trains, a requirement, a
campaign's goal, a sanctions package's contents, a characterisation, and the later tellings
of :mod:`rasd.events.retellings.later_tellings`."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.events.rule_checks import bounds, events_of_type, facts_of_type

PUB = date(2026, 6, 10)  # a Wednesday

of_type = partial(facts_of_type, published=PUB)
all_of_type = partial(events_of_type, published=PUB)


def modes(text: str, type_: str) -> list[str | None]:
    return [e.mode for e in of_type(text, type_)]


# --- ASSAULT: natural agents, a march's route, equipment, figures, a price war

def test_fire_sweeping_shops_is_no_invasion() -> None:
    text = ("اجتاحت النيران فجر اليوم عشرات المحلات في سوق الخضار بمدينة الموصل، وهرعت "
            "فرق الإطفاء إلى المكان.")
    assert not all_of_type(text, "ASSAULT")


def test_floods_that_swept_an_island_are_no_invasion() -> None:
    text = ("بعث الرئيس برقية تعزية إلى نظيره الفلبيني في ضحايا السيول التي اجتاحت جزيرة "
            "مينداناو.")
    assert not all_of_type(text, "ASSAULT")


def test_an_invasion_still_sweeps_a_town() -> None:
    # near miss: an armed force as the subject
    text = "اجتاحت القوات الإسرائيلية فجر اليوم بلدة قباطية جنوب جنين."
    assert of_type(text, "ASSAULT")


def test_a_march_reaching_a_square_is_no_drone() -> None:
    text = ("خرج آلاف المعلمين أمس في مسيرة وسط مدينة سانتياغو. وعند وصول المسيرة إلى "
            "ساحة الدستور، حاولت مجموعة من الملثمين اقتحام مصرف وأطلقت مسدسات الطلاء على "
            "واجهته.")
    assert "drone" not in modes(text, "ASSAULT")
    assert len(of_type(text, "PROTEST")) == 1


def test_an_arrest_operation_told_by_its_executor_is_no_attack() -> None:
    text = ("وقالت الهيئة إن فريقا من مديرية التحقيقات نفذ عملية القبض بموجب أمر قضائي "
            "في حي الكرادة.")
    assert not all_of_type(text, "ASSAULT")


def test_missile_systems_deployed_are_no_launch() -> None:
    text = ("وأعلنت وزارة الدفاع الفيتنامية رصد 30 طائرة عسكرية و9 سفن حربية حول الأرخبيل "
            "منذ الفجر، مضيفة أنها نشرت «قوات مناسبة» من سفن وطائرات ومنظومات صواريخ "
            "ساحلية لمراقبة الوضع.")
    assert not all_of_type(text, "ASSAULT")


def test_firefighters_battle_with_flames_is_a_figure() -> None:
    text = ("وأوضح المتحدث أن الحريق أسفر عن إصابة ثلاثة عمال، مشيرا إلى أن الفرق «خاضت "
            "معركة حقيقية» مع ألسنة اللهب.")
    assert not all_of_type(text, "ASSAULT")


def test_an_airline_price_war_has_no_attacks() -> None:
    text = ("تشتد المنافسة بين شركات الطيران منخفضة التكلفة مع بداية الصيف، إذ خفضت "
            "الشركات أسعار التذاكر وأطلقت عروض الحجوزات المبكرة للمسافرين. وأعلنت شركة "
            "مغربية استهداف 15 وجهة أوروبية جديدة، فيما قال محلل إن الشركات الكبرى «لن "
            "تقف مكتوفة الأيدي» وسترد بهجوم مضاد عبر خصومات واسعة على الوجهات.")
    assert not all_of_type(text, "ASSAULT")
    assert not all_of_type(text, "THREATEN")


def test_a_state_not_standing_idle_still_threatens() -> None:
    # near miss: a party, not companies
    text = "وقال المتحدث إن الحكومة «لن تقف مكتوفة الأيدي» أمام الاعتداءات على حدودها."
    assert of_type(text, "THREATEN")


# --- PROTEST: participants as speakers, a stand named first, Sudanese marches, halted trains

def test_one_of_the_strikers_speaking_is_no_second_protest() -> None:
    text = ("نفذ عشرات الممرضين صباح اليوم اعتصاما أمام وزارة الصحة. وقال أحد المعتصمين "
            "للصحيفة إن الممرضين «لم يتقاضوا أجورهم منذ شباط».")
    assert len(of_type(text, "PROTEST")) == 1


def test_a_stand_named_before_its_holders_is_a_protest() -> None:
    text = ("وطالب أهالي الصيادين، في وقفة نظموها صباح اليوم أمام مقر المحافظة في "
            "الحديدة، بالإفراج عن أبنائهم.")
    assert "demo" in modes(text, "PROTEST")


def test_sudanese_marches_with_a_demand_are_protests() -> None:
    text = ("وكانت تنسيقيات لجان المقاومة في مدني قد سيرت مواكب في ذكرى الاستقلال طالبت "
            "بالحكم المدني.")
    assert "demo" in modes(text, "PROTEST")


def test_a_religious_procession_is_no_protest() -> None:
    # near miss: processions without a demand
    text = "ونظمت العتبة الحسينية مواكب العزاء في ذكرى عاشوراء بمدينة كربلاء."
    assert not all_of_type(text, "PROTEST")


def test_a_crowd_halting_trains_is_a_blockade_not_an_arrest() -> None:
    text = ("أوقف مئات من عمال المناجم، منذ فجر اليوم، حركة القطارات بين قفصة وصفاقس، "
            "مطالبين بصرف مستحقاتهم.")
    assert "obstruct" in modes(text, "PROTEST")
    assert not all_of_type(text, "COERCE")


# --- MOBILIZE: patrols, a utility's alert, missiles into the sea

def test_patrols_deployed_after_a_long_subject() -> None:
    text = ("ونشرت وزارة الداخلية في الحكومة المؤقتة، صباح الاثنين، دوريات من مديرية أمن "
            "سبها على الطريق الساحلي.")
    assert of_type(text, "MOBILIZE")


def test_a_power_utility_alert_is_no_mobilisation() -> None:
    text = ("أعلنت وزارة الكهرباء العراقية رفع حالة التأهب في جميع محطات التوليد مع "
            "تجاوز درجات الحرارة 50 درجة.")
    assert not all_of_type(text, "MOBILIZE")


def test_an_army_alert_is_still_a_mobilisation() -> None:
    # near miss: an armed force, no stations
    text = "أعلن الجيش الأردني رفع حالة التأهب على الحدود الشمالية."
    assert of_type(text, "MOBILIZE")


def test_missiles_fired_into_the_sea_are_a_weapons_show() -> None:
    text = ("أطلقت كوريا الشمالية، فجر اليوم الأربعاء، ثلاثة صواريخ كروز باتجاه البحر "
            "الأصفر.")
    assert "weapons" in modes(text, "MOBILIZE")
    assert not all_of_type(text, "ASSAULT")


def test_a_missile_fired_at_a_city_stays_an_attack() -> None:
    # near miss: a target
    text = "أطلقت جماعة الحوثي ثلاثة صواريخ باتجاه مدينة جازان فجر اليوم."
    assert of_type(text, "ASSAULT")


# --- COERCE: seizures, the Maghreb إيقاف, deportations, entry bans, frozen files

def test_a_shipment_seized_told_by_its_pronoun() -> None:
    text = ("ونقل المهربون شحنة من الحبوب المخدرة عبر ميناء طرطوس، قبل أن تضبطها "
            "الجمارك في آذار الماضي.")
    assert "confiscate" in modes(text, "COERCE")


def test_crossers_counted_after_ikaf_are_arrested() -> None:
    text = ("وأعلن الحرس البحري إحباط ثماني محاولات هجرة غير نظامية من سواحل نابل، وإيقاف "
            "96 مجتازا بينهم قصر.")
    assert "arrest" in modes(text, "COERCE")


def test_people_to_be_deported_home() -> None:
    text = ("وقال وزير الداخلية الهولندي إن 20 من طالبي اللجوء «سيرحلون إلى بلدانهم "
            "الأصلية الأسبوع المقبل».")
    found = all_of_type(text, "COERCE")
    assert any(e.mode == "deport" and e.future for e in found)


def test_deportees_put_on_the_entry_ban_list() -> None:
    text = "وأكدت الوزارة أنه سيتم إدراج المبعدين على قائمة الممنوعين من دخول البلاد."
    assert any(e.mode == "restrict" for e in all_of_type(text, "COERCE"))


def test_a_labour_authority_freezing_company_files() -> None:
    text = ("وقررت الهيئة العامة للقوى العاملة تجميد ملفات خمس شركات مقاولات بسبب الاتجار "
            "بالإقامات.")
    assert "restrict" in modes(text, "COERCE")


def test_a_denied_arrest_told_with_ay() -> None:
    text = ("ونفت الشرطة ما تداولته صفحات المعارضة، مؤكدة أنها لم توقف أي صحفي خلال "
            "التظاهرة.")
    assert any(e.mode == "arrest" and e.negated for e in all_of_type(text, "COERCE"))


def test_a_campaigns_goal_is_no_arrest() -> None:
    text = ("وقال مدير الأمن إن الحملات «مستمرة ولن تتوقف حتى ضبط جميع المطلوبين» في "
            "المحافظة.")
    assert not all_of_type(text, "COERCE")


def test_a_requirement_is_no_dissolution() -> None:
    text = "ويتطلب حل البرلمان موافقة ثلثي أعضائه وفق الدستور."
    assert not all_of_type(text, "COERCE")


def test_a_sanctions_packages_contents_are_no_bans_of_their_own() -> None:
    text = ("أقر الاتحاد الأوروبي الحزمة الجديدة من العقوبات على بيلاروسيا. وتشمل الحزمة "
            "حظر التعامل مع أربعة مصارف وإدراج 30 مسؤولا على قائمة الحظر.")
    assert not all_of_type(text, "COERCE")
    assert of_type(text, "SANCTION")


def test_a_quoted_label_is_no_detention() -> None:
    text = ("وانتقدت منظمة العفو الدولية نقل اللاجئين إلى الجزيرة، ووصفته بأنه «احتجاز "
            "جماعي بلا سند قانوني».")
    assert not all_of_type(text, "COERCE")


def test_an_accused_act_after_banna_keeps_its_event() -> None:
    # near miss: an accusation, not a describing verb
    text = ("واتهم الوزير القوات الإسرائيلية بأنها «اقتحمت المسجد واعتدت على المصلين» "
            "فجر اليوم.")
    assert of_type(text, "ASSAULT")


def test_an_accident_in_a_fabricated_clip_leaves_the_detention() -> None:
    text = ("وأمرت النيابة العامة بحبس شابين أربعة أيام على ذمة التحقيق، بعد أن نشرا "
            "مقطعا مفبركا عن حادث مروري في المنامة.")
    assert "arrest" in modes(text, "COERCE")


# --- SANCTION and THREATEN

def test_an_embassy_suspending_visas() -> None:
    text = ("وعلقت السفارة البريطانية في كابول إصدار التأشيرات حتى إشعار آخر، مبررة "
            "قرارها بدواع أمنية.")
    assert "discontinue" in modes(text, "SANCTION")


def test_a_court_challenge_is_no_threat() -> None:
    text = ("وقال رئيس الكتلة إن نوابها «سيلجؤون إلى المحكمة الدستورية للطعن في قانون "
            "الانتخابات».")
    assert not all_of_type(text, "THREATEN")


def test_international_arbitration_is_still_a_threat() -> None:
    # near miss: the row's costly step against another party
    text = "وقالت الشركة الكندية إنها «ستلجأ إلى التحكيم الدولي» ضد حكومة مالي."
    assert of_type(text, "THREATEN")


def test_a_threats_participle_is_the_same_threat() -> None:
    # a pin: the participle folds into the threat (rasd.events.retellings.later_tellings)
    text = ("وقال وزير الدفاع الإيراني إن بلاده «سترد بقوة» على أي اعتداء، مهددا "
            "بـ«عواقب وخيمة».")
    assert len(of_type(text, "THREATEN")) == 1


# --- later tellings (rasd.events.retellings.later_tellings)

def test_another_drone_is_another_strike() -> None:
    text = ("استهدفت مسيّرة إسرائيلية ظهر أمس سيارة عند مدخل بلدة عيترون، ما أدى إلى "
            "استشهاد شاب. وبعد ساعتين، ألقت مسيّرة أخرى قنبلة صوتية قرب مزارعين في سهل "
            "الخيام.")
    assert len(of_type(text, "ASSAULT")) == 2


def test_an_earlier_superseded_toll_is_no_second_clash() -> None:
    text = ("أفاد مصدر أمني في البصرة، اليوم، بمقتل ثلاثة أشخاص بنزاع عشائري اندلع فجرا في "
            "قضاء الزبير. وكان المصدر قد أفاد في وقت سابق بمقتل أربعة أشخاص، قبل أن يصحح "
            "الحصيلة.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert bounds(found[0].killed) == (3, 3)


def test_the_toll_told_next_by_a_hospital_joins_the_clash() -> None:
    text = ("اندلعت اشتباكات عنيفة، ليل السبت، بين مجموعتين مسلحتين في حي الأندلس بمدينة "
            "الزاوية.\nوأعلن مستشفى الزاوية التعليمي مقتل ثلاثة أشخاص وإصابة خمسة آخرين.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 1
    assert bounds(found[0].killed) == (3, 3)


def test_the_pluperfect_telling_of_a_mentioned_bombing() -> None:
    text = ("بعث أمير البلاد برقية تعزية إلى الرئيس الصومالي في ضحايا التفجير الذي استهدف "
            "مطعما في مقديشو. وكان انفجار سيارة مفخخة قد أودى، مساء الأحد، بحياة 12 شخصا "
            "في مقديشو.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_a_similar_background_attack_stays_apart() -> None:
    # near miss: مماثل, and the first attack dated
    text = ("أصيب أربعة مزارعين مساء أمس في هجوم شنه مستوطنون قرب قرية المغير. وكانت "
            "القرية قد شهدت في آذار الماضي هجوما مماثلا أحرق خلاله المستوطنون منازل.")
    assert len(of_type(text, "ASSAULT")) == 2


def test_weapons_listed_with_an_adjective_are_one_strike() -> None:
    text = ("وأعلنت الوزارة أن قواتها نفذت الليلة الماضية ضربة مكثفة بصواريخ بعيدة المدى "
            "وطائرات مسيرة على مطار عسكري.")
    assert len(of_type(text, "ASSAULT")) == 1


def test_property_burnt_in_a_while_clause_is_its_own_act() -> None:
    text = ("أصيب أربعة مزارعين بجروح، مساء أمس، في هجوم شنه مستوطنون على أراضي قرية "
            "ترمسعيا، فيما أحرق المستوطنون جرارا زراعيا وخيمة.")
    found = of_type(text, "ASSAULT")
    assert len(found) == 2
    assert "destroy" in [e.mode for e in found]
