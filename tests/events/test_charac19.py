"""Task charac19 on the team's own sentences: a party calling another's act, decision,
statement or conduct something condemnable is ACCUSE/disapprove, read by one lexicon of
condemning words (``data/events/condemning.tsv``) and general frames
(:mod:`rasd.events.senses.characterisations`) — whatever the condemning word, as long as the lexicon
holds its family; and what is no such act: a situation judged, praise, accusations called
false, a condemning word that is only the subject of أن, a characterisation that says more of
the refusal, threat or condemnation its clause told first
(:mod:`rasd.events.folds.characterisation_folds`)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from rasd.events.lexicon import triggers
from rasd.events.senses.characterisations import frame_rows, heads
from tests.events.rule_checks import facts_of_type

PUB = date(2026, 8, 12)  # a Wednesday

accusations = partial(facts_of_type, type_="ACCUSE", published=PUB)


def disapprovals(text: str) -> list[str]:
    return [e.trigger.text for e in accusations(text) if e.mode == "disapprove"]


# --- the frames, each with words no older row listed together with it

MUST = [
    # وصف … بأنه with a noun, an adjective, a set phrase
    "ووصف زعيم حزب الشعب في مالاوي قرار اللجنة بأنه «سرقة لأصوات الناخبين».",
    "ووصفت نقابة عمال الموانئ في جيبوتي الإجراء بأنه «تصعيد خطير ضد العمال».",
    "ووصف رئيس الوزراء الأرميني تصريحات نظيره بأنها «غطرسة لا تليق بدولة جارة».",
    "ووصفت منظمة هيومن رايتس ووتش الحكم على المدون بأنه «تعسفي ومسيس».",
    # وصف … بـ joined and written apart before a quote
    "ووصف الاتحاد العام للشغل قرار الحكومة التونسية بالمجحف.",
    "ووصفت الخارجية الأذربيجانية المناورات بـ«الاستفزازية».",
    # قال / أكد … إن + an act noun, the head a verb of the lexicon
    "وقال رئيس الكتلة البرلمانية في نواكشوط إن المرسوم «يكرس الاستبداد ويخنق الحريات».",
    "وأكدت جمعية القضاة في بيان أن التعديلات «تمس باستقلال السلطة القضائية».",
    "وقالت الرابطة في بيان إن الاعتقالات «تنتهك الدستور».",
    # رأى / اعتبر … أن
    "ورأى وزير الخارجية الجزائري أن التصريحات «تدخل سافر في الشؤون الداخلية».",
    "واعتبرت نقابة الصحفيين في الخرطوم أن توقيف المراسل «ترهيب للصحافة المستقلة».",
    # اعتبر + the accusative predicate
    "واعتبرت منظمة العفو الدولية الحكم على الناشطة انتقاما من نشاطها الحقوقي.",
    # relatives after the judged act, with their own speaker
    "وقررت الحكومة الهندية إغلاق المعبر، وهو ما وصفته إسلام آباد بأنه «عمل عدائي».",
    "وأرسلت أنقرة سفينة تنقيب إلى المنطقة، في خطوة اعتبرتها نيقوسيا «استفزازا».",
    "وفرض الاتحاد الأوروبي رسوما على الواردات الصينية التي وصفتها بكين بأنها «غير مبررة».",
    # a label at the head of the phrase or after its first word
    "ووصف حاكم ولاية بلاتو الاعتداء على الكنيسة بأنه «عمل إرهابي».",
    # the warning that an act to come will be deemed an aggression
    "وحذر وزير الري الإثيوبي من أن أي تدخل في مجرى النهر «سيعد عملا عدائيا».",
]

MUST_NOT = [
    # a situation judged, not a party's act
    "وقال وزير المالية إن الوضع الاقتصادي «خطير جدا».",
    "وقال الوزير إن الأوضاع في المخيمات «مأساوية وكارثية».",
    # praise
    "ووصف الرئيس الكيني الاتفاق بأنه «تاريخي وشجاع».",
    "ووصفت الخارجية الأردنية الخطوة بأنها «إيجابية وبناءة».",
    # accusations, charges or reports called false: a denial
    "ووصفت الرئاسة الاتهامات بأنها «باطلة ومسيسة».",
    "ووصف محامي المتهم التهم بأنها «ملفقة».",
    "واصفا القرار بأنه «مبني على تقارير كيدية لا أساس لها».",
    # the condemning word is only the subject of أن
    "واعتبر الوزير أن الانتهاكات تراجعت منذ بداية العام.",
    # a label alone after أن: the police classify, no party condemns
    "وقال مدير الأمن إن الحادث «جريمة جنائية» وليس عملا منظما.",
    # a label further in the phrase names the target of praise
    "ووصف قائد الجيش النيجري العملية بأنها «ضربة موفقة ضد الجماعات الإرهابية».",
    # the present of considering: a general statement
    "ويعتبر القانون الدولي الاستيطان انتهاكا للاتفاقيات.",
]


@pytest.mark.parametrize("text", MUST)
def test_characterisation_is_disapproval(text: str) -> None:
    assert disapprovals(text), text


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_characterisation_of_an_act(text: str) -> None:
    assert not disapprovals(text), text


# --- folds: the characterisation that says more of the clause's first reaction


@pytest.mark.parametrize("text", [
    "رفض المجلس الانتقالي في بماكو عرض الوساطة، معتبرا أن العرض «تدخل سافر في شؤون مالي».",
    "وتوعدت بكين برد حازم على الرسوم الجديدة، معتبرة أنها «ابتزاز اقتصادي».",
    "ونددت نقابة المحامين في بيروت بالحكم، معتبرة إياه «انتهاكا لحق الدفاع».",
])
def test_characterisation_after_a_reaction_is_one_event(text: str) -> None:
    assert len(accusations(text)) + len(facts_of_type(text, "REJECT", PUB)) \
        + len(facts_of_type(text, "THREATEN", PUB)) == 1, text


def test_characterisation_after_a_boycott_stays_apart() -> None:
    text = ("قاطعت النقابات جلسة الحوار الاجتماعي، معتبرة أن العرض الحكومي «لا يرقى إلى "
            "مطالب الشغيلة».")
    assert disapprovals(text)
    assert facts_of_type(text, "PROTEST", PUB)


def test_speaker_is_the_actor() -> None:
    [e] = accusations("ووصفت وزارة الخارجية الفنزويلية العقوبات الأمريكية بأنها «قرصنة».")
    assert e.actor is not None and "الخارجية" in e.actor.span.text


# --- smaller ACCUSE families of the blind bank


@pytest.mark.parametrize("text", [
    "وقالت الشرطة الكينية إن عبوة ناسفة انفجرت قرب الحافلة، مرجحة أن يكون الهجوم من تدبير "
    "حركة الشباب.",
    "وأعلنت الحكومة الكندية أنها تقدمت بشكوى رسمية أمام منظمة التجارة العالمية.",
    "وكانت الشرطة قد أوقفت الناشطين الشهر الماضي، ووجهت إليهما تهمتان.",
])
def test_allegation_families(text: str) -> None:
    assert any(e.mode == "allege" for e in accusations(text)), text


def test_a_fire_probable_cause_is_no_allegation() -> None:
    text = "وقال مدير الدفاع المدني إن الحريق أتى على المستودع، مرجحا أن يكون تماس كهربائي وراءه."
    assert not accusations(text)


def test_comment_hours_after_a_ruling_borrows_no_day() -> None:
    text = ("أيدت محكمة الاستئناف في أنقرة، أمس الثلاثاء، حكم سجن رئيس البلدية. واعتبر المتحدث "
            "باسم الحزب بعد ساعات من صدور الحكم أن القرار «انتقام سياسي».")
    found = [e for e in accusations(text) if e.mode == "disapprove"]
    assert found and all(e.date is None for e in found)


# --- the data


def test_lexicon_rows_and_inflections() -> None:
    forms = {f for h in heads() for f in h.forms}
    assert {"انتهاك", "انتهاكا", "تعسفي", "تعسفية", "تعسفيا", "غير_مبرر"} <= forms
    assert not forms & {"كاذب", "كاذبة", "مفبرك", "تاريخي", "بناء"}  # denial and praise


def test_frames_are_trigger_rows() -> None:
    lemmas = {cols[0] for _, cols in frame_rows()}
    assert {t.lemma for t in triggers()} >= lemmas
    assert all(cols[2:4] == ["ACCUSE", "disapprove"] for _, cols in frame_rows())
