"""quotes17: the general causes of the quote failures of blind rounds 36-39, as must and
must-not facts on the team's own sentences (no gold passage copied)."""

from __future__ import annotations

import rasd
from rasd.model import Document, Quote
from rasd.text.normalize import normalize_key


def analyzed(text: str) -> Document:
    return rasd.analyze(text)


def starting(doc: Document, words: str) -> list[Quote]:
    key = normalize_key(words)
    return [q for q in doc.quotes if normalize_key(q.span.text).startswith(key)]


def one(doc: Document, words: str) -> Quote:
    found = starting(doc, words)
    assert len(found) == 1, [(q.span.text, q.direct) for q in doc.quotes]
    return found[0]


def speaker(q: Quote) -> str:
    assert q.speaker is not None
    return q.speaker.span.text


# --- frames: an outlet in guillemets, long titles, a far إن -----------------------------

def test_outlet_in_guillemets_does_not_hide_the_reported_clause() -> None:
    doc = analyzed("وقال مسؤول في بلدية صور لـ«النهار» إن المياه غمرت ثلاثة أحياء ساحلية.")
    q = one(doc, "المياه غمرت")
    assert not q.direct
    assert speaker(q).startswith("مسؤول")


def test_outlet_after_a_verb_in_the_frame() -> None:
    doc = analyzed("وقالت النقابة في بيان تلقت «الأيام» نسخة منه إن الإضراب سيستمر أسبوعا.")
    assert not one(doc, "الإضراب سيستمر").direct


def test_long_titles_closed_by_a_comma_reach_the_complementizer() -> None:
    doc = analyzed("قال الدكتور سالم بن راشد العبري، مستشار رئيس مجلس الوزراء المتحدث الرسمي "
                   "باسم وزارة الخارجية، في الإحاطة الأسبوعية، إن مسقط ستستضيف جولة جديدة.")
    assert not one(doc, "مسقط ستستضيف").direct


def test_a_far_terms_clause_is_no_statement() -> None:
    doc = analyzed("وأعلن قائد الشرطة في المحافظة التوصل إلى هدنة بين العشيرتين بوساطة من "
                   "وجهاء المنطقة وشيوخها، على أن تعود المجموعتان إلى قراهما.")
    assert starting(doc, "تعود المجموعتان") == []


# --- second statements --------------------------------------------------------------

def test_second_reported_clause_is_a_quote_of_its_own() -> None:
    doc = analyzed("وقال المتحدث باسم الدفاع المدني إن السيول أغلقت الطريق الساحلي، "
                   "وإن فرق الإنقاذ أجلت 40 عائلة من الوادي.")
    first, second = one(doc, "السيول أغلقت"), one(doc, "فرق الإنقاذ أجلت")
    assert not first.direct and not second.direct
    assert "فرق الإنقاذ" not in first.span.text


def test_second_clause_after_a_quotation() -> None:
    doc = analyzed("وقالت الوزيرة إن المحادثات «كانت صعبة» وإن الاتفاق بات قريبا من التوقيع.")
    assert one(doc, "كانت صعبة").direct
    assert not one(doc, "الاتفاق بات قريبا").direct


def test_glued_waw_quotation_continues_the_statement() -> None:
    doc = analyzed("وقال الجيش إن وحداته «صدت هجوما واسعا» قرب الحدود و«كبدت المهاجمين "
                   "خسائر فادحة».")
    assert one(doc, "كبدت المهاجمين").direct


# --- names, chants, charges ---------------------------------------------------------

def test_name_with_a_nisba_after_it_is_no_quote() -> None:
    doc = analyzed("وأعلن الجيش أن مسلحين من «جبهة الخلاص الوطني» المعارضة هاجموا موقعا "
                   "عسكريا قرب الحدود.")
    assert starting(doc, "جبهة الخلاص") == []
    assert not one(doc, "مسلحين من").direct


def test_agreement_named_with_its_participle_is_no_quote() -> None:
    doc = analyzed("وصرح المتحدث بأن الوزير شدد على أهمية البناء على «اتفاق الدوحة» الموقع "
                   "العام الماضي.")
    assert starting(doc, "اتفاق الدوحة") == []
    assert not one(doc, "الوزير شدد").direct


def test_chants_and_banners_are_no_quotes() -> None:
    doc = analyzed("وتجمع مئات المزارعين أمام الولاية مرددين شعارات تطالب بـ«رحيل الحكومة "
                   "الفاسدة»، ورفعوا لافتات كتب عليها «لا للغلاء في الأسواق».")
    assert doc.quotes == ()


def test_chant_condemning_is_no_quote() -> None:
    doc = analyzed("وردد المعتصمون هتافات تندد بـ«إهمال الوزارة» قبل أن يغلقوا الطريق.")
    assert doc.quotes == ()


def test_charges_after_their_noun_are_no_quotes() -> None:
    doc = analyzed("وادعى المدعي العام على أربعة موظفين بجرائم «التزوير والاحتيال» "
                   "وأحالهم إلى المحكمة.")
    assert starting(doc, "التزوير") == []


def test_verbal_noun_after_baad_is_no_verb() -> None:
    doc = analyzed("حكمت المحكمة على الناشط بالسجن عامين بعد إدانته بـ«الإضرار بالمال "
                   "العام».")
    assert doc.quotes == ()


def test_outlet_spoken_to_is_no_quote() -> None:
    doc = analyzed("وقالت مصادر محلية تحدثت إلى «إذاعة المربد» إن القصف استمر حتى الفجر.")
    assert starting(doc, "إذاعة المربد") == []


# --- prepositions after an object or an aside ---------------------------------------

def test_demand_after_a_long_frame_and_an_object() -> None:
    doc = analyzed("وطالب نقيب المحامين، في مؤتمر صحفي عقده أمس في عمان، الحكومة بـ«وقف "
                   "الملاحقات» فورا.")
    q = one(doc, "وقف الملاحقات")
    assert q.direct
    assert speaker(q).startswith("نقيب المحامين")


def test_call_after_an_aside_and_an_object() -> None:
    doc = analyzed("ودعت الخارجية الأردنية، في بيان على منصة «إكس»، جميع الأطراف إلى "
                   "«التهدئة الفورية».")
    q = one(doc, "التهدئة الفورية")
    assert q.direct
    assert starting(doc, "إكس") == []


def test_concern_after_an_aside() -> None:
    doc = analyzed("وأعرب مكتب المنسق الأممي، في تصريح لمتحدثه في نيويورك، عن «قلق عميق».")
    assert one(doc, "قلق عميق").direct


def test_two_words_closing_a_demand() -> None:
    doc = analyzed("واتهم رئيس الحزب السلطات بالتلاعب بالنتائج، مطالبا بفتح تحقيق "
                   "«شفاف ومستقل».")
    assert one(doc, "شفاف ومستقل").direct


def test_two_words_labelling_a_definite_noun_are_no_quote() -> None:
    doc = analyzed("وانتقد الحزب في بيان القرار «المتسرع الجائر» الذي أصدرته البلدية.")
    assert starting(doc, "المتسرع") == []


def test_characterising_verb_inside_a_reported_clause() -> None:
    doc = analyzed("وقال وزير الدفاع إن بلاده «لن تسكت» على ما وصفه بـ«العدوان السافر» "
                   "على حدودها.")
    assert one(doc, "العدوان السافر").direct


# --- speakers -----------------------------------------------------------------------

def test_subject_between_contrastive_opener_and_verb() -> None:
    doc = analyzed("وتداول ناشطون اتهامات للبلدية، غير أن رئيس البلدية نفى ذلك، مؤكدا أن "
                   "«الأشغال تسير وفق الجدول».")
    assert speaker(one(doc, "الأشغال تسير")).startswith("رئيس البلدية")


def test_pronoun_opener_keeps_the_earlier_party() -> None:
    doc = analyzed("ورحبت وزيرة العمل بالقرار، لكنها دعت الحكومة إلى «مراجعة شاملة للأجور».")
    who = speaker(one(doc, "مراجعة شاملة"))
    assert "الحكومة" not in who
    assert who.startswith("وزيرة")


def test_live_page_subject_before_present_verb() -> None:
    doc = analyzed("14:20 — وزارة الصحة تعلن أن عدد المصابين ارتفع إلى 30 شخصا.")
    assert speaker(one(doc, "عدد المصابين")).startswith("وزارة الصحة")


def test_present_verb_object_is_no_speaker() -> None:
    doc = analyzed("16:05 — محافظ البصرة يتهم شركة الكهرباء بـ«تضليل المواطنين بالأرقام».")
    assert speaker(one(doc, "تضليل المواطنين")).startswith("محافظ")


def test_ma_wasafahu_takes_the_condemning_party() -> None:
    doc = analyzed("وأدان الحزب الحاكم الهجوم، فيما ندد الاتحاد العام للشغل بما وصفه "
                   "بـ«القمع الممنهج».")
    assert speaker(one(doc, "القمع الممنهج")).startswith("الاتحاد العام")


def test_partitive_subject_runs_through_min() -> None:
    doc = analyzed("وتظاهر مئات من أنصار الحزب أمام البرلمان رفضا لما وصفوه بـ«التزوير "
                   "الفاضح».")
    assert "أنصار الحزب" in speaker(one(doc, "التزوير الفاضح"))


def test_statement_with_adjective_speaks_without_its_object() -> None:
    doc = analyzed("وطالب البيان الختامي طرفي النزاع بـ«وقف فوري لإطلاق النار».")
    who = speaker(one(doc, "وقف فوري"))
    assert who.startswith("البيان الختامي")
    assert "طرفي" not in who


def test_coordinated_demand_shares_the_first_subject() -> None:
    doc = analyzed("وأدان رئيس الإقليم القصف، وطالب الحكومة الاتحادية بـ«محاسبة المسؤولين "
                   "عنه».")
    who = speaker(one(doc, "محاسبة المسؤولين"))
    assert "الحكومة الاتحادية" not in who


def test_negated_relative_verb_governs_nothing() -> None:
    doc = analyzed("ودعا وزير الخارجية الدول التي لم تعترف بعد بدولة فلسطين إلى «اتخاذ هذه "
                   "الخطوة دون تأخير».")
    q = one(doc, "اتخاذ هذه الخطوة")
    assert q.verb is not None and q.verb.text == "ودعا"
