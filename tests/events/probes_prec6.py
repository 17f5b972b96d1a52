"""Precision pass 6 (2026-12-04 (15)): the team's own probe sentences for courtesies between
officials of one state (a governor receiving his own officials, a minister praising his own
staff, a ruler's support for his security men) and for the true senses next to them (a state
visit, a minister meeting a foreign envoy, a president receiving an opposition leader, an
official meeting strikers' representatives).

Data only. ``MUST_NOT`` pairs a text with a type rasd must NOT report as fact in it;
``MUST`` pairs a text with a type it must report. The ``HELD_OUT_*`` lists were written with
the others, after the rule was designed, and were run only once, at the end.
"""

from __future__ import annotations

#: The rule needs page context (the page's state): every probe is read after this lead line
#: of a Saudi agency page (:func:`page`), which names Saudi places but no state (a state
#: named in the sentence before makes the meeting's topic foreign).
PAGE = "جدة - واس: أعلنت إمارة منطقة مكة المكرمة أمس برنامج الأمير خلال الأسبوع. "


def page(text: str) -> str:
    return PAGE + text

MUST_NOT: list[tuple[str, str]] = [
    ("استقبل أمير منطقة الباحة في مكتبه أمس مدير شرطة المنطقة.", "CONSULT"),
    ("التقى أمير منطقة حائل أمس مدير جامعة حائل وعددا من أعضاء هيئة التدريس.", "CONSULT"),
    ("واستقبل محافظ جدة رئيس بلدية المحافظة ومديري الإدارات الحكومية.", "CONSULT"),
    ("وأشاد مدير الأمن العام بجهود رجال الأمن في موسم الحج.", "SUPPORT"),
    ("وثمن أمير المنطقة دور رجال الدفاع المدني في مواجهة السيول.", "SUPPORT"),
    ("اجتمع مدير الشرطة أمس بقادة الوحدات الأمنية في المنطقة.", "CONSULT"),
]

MUST: list[tuple[str, str]] = [
    ("استقبل أمير منطقة الرياض أمس سفير فرنسا لدى المملكة.", "CONSULT"),
    ("التقى وزير الخارجية أمس المبعوث الأممي إلى اليمن.", "CONSULT"),
    ("استقبل الرئيس اللبناني أمس رئيس الحكومة في قصر بعبدا.", "CONSULT"),
    ("وأشاد وزير الخارجية الأمريكي بجهود المملكة في مكافحة الإرهاب.", "SUPPORT"),
    ("والتقى وزير الصحة ممثلين عن نقابة الأطباء المضربين.", "CONSULT"),
    ("وأعلن الرئيس تأييده لمطالب المتظاهرين في المحافظات.", "SUPPORT"),
]

HELD_OUT_MUST_NOT: list[tuple[str, str]] = [
    ("واستقبل أمير منطقة جازان مدير التعليم بالمنطقة وقيادات الإدارة.", "CONSULT"),
    ("وأثنى مدير عام الجوازات على جهود منسوبي المديرية خلال الموسم.", "SUPPORT"),
    ("والتقى محافظ الطائف أمس رؤساء المراكز التابعة للمحافظة.", "CONSULT"),
    ("وأشاد أمير منطقة عسير بجهود أمانة المنطقة في مشروعات الطرق.", "SUPPORT"),
    ("واجتمع مدير الدفاع المدني بمديري الإدارات في المنطقة لمناقشة خطة الصيف.", "CONSULT"),
]

HELD_OUT_MUST: list[tuple[str, str]] = [
    ("استقبل أمير منطقة مكة المكرمة أمس القنصل العام البريطاني في جدة.", "CONSULT"),
    ("وزار الرئيس المصري العاصمة الإماراتية أبوظبي أمس والتقى ولي عهدها.", "CONSULT"),
    ("واستقبل الرئيس التونسي أمس زعيم المعارضة في قصر قرطاج.", "CONSULT"),
    ("والتقى محافظ البصرة أمس ممثلين عن المعتصمين أمام مبنى المحافظة.", "CONSULT"),
    ("وأشاد الأمين العام للأمم المتحدة بدور المملكة في دعم اليمن.", "SUPPORT"),
]

# A second held-out batch, written after the first was run and before its own one run.
HELD_OUT_MUST_NOT += [
    ("واستقبل محافظ الخرج أمس مدير فرع وزارة الزراعة بالمحافظة.", "CONSULT"),
    ("والتقى أمير منطقة القصيم مدير شرطة المنطقة وقادة القطاعات الأمنية.", "CONSULT"),
    ("وأشاد مدير عام الدفاع المدني بسرعة استجابة الفرق الميدانية للبلاغات.", "SUPPORT"),
    ("وثمن محافظ الأحساء جهود منسوبي البلدية في تنظيف الشوارع بعد العيد.", "SUPPORT"),
    ("واجتمع مدير شرطة منطقة تبوك بمديري الأقسام لمتابعة الخطة الأمنية للعيد.", "CONSULT"),
    ("وأثنى أمير منطقة نجران على ما يبذله رجال حرس الحدود من جهود.", "SUPPORT"),
    ("واستقبل أمير منطقة الجوف في مكتبه رئيس المحكمة العامة بالمنطقة.", "CONSULT"),
    ("والتقى وكيل إمارة المنطقة أمس مديري الإدارات الحكومية بالمحافظة.", "CONSULT"),
    ("وأشاد أمير منطقة المدينة المنورة بجهود الجهات الأمنية خلال شهر رمضان.", "SUPPORT"),
    ("واستقبل مدير الأمن العام قائد قوات الطوارئ الخاصة بالمنطقة.", "CONSULT"),
]

HELD_OUT_MUST += [
    ("واستقبل أمير منطقة الرياض أمس وفدا من الكونغرس الأمريكي.", "CONSULT"),
    ("وتلقى وزير الخارجية اتصالا هاتفيا من نظيره الفرنسي بحثا خلاله الأوضاع في اليمن.",
     "CONSULT"),
    ("والتقى ولي العهد في جدة أمس المبعوث الأممي الخاص إلى سوريا.", "CONSULT"),
    ("واستقبل الرئيس العراقي أمس زعيم التيار الصدري في بغداد.", "CONSULT"),
    ("وأشاد وزير الخارجية البريطاني بدور المملكة في دعم الاستقرار في المنطقة.", "SUPPORT"),
    ("وزار وزير الدفاع العاصمة المصرية القاهرة أمس والتقى الرئيس المصري.", "CONSULT"),
    ("واستقبل أمير منطقة الشرقية أمس السفير الياباني لدى المملكة.", "CONSULT"),
    ("والتقى رئيس الوزراء التونسي ممثلين عن الاتحاد العام التونسي للشغل لبحث مطالب العمال.",
     "CONSULT"),
    ("وأعلن وزير الخارجية دعم المملكة للحكومة اليمنية الشرعية.", "SUPPORT"),
    ("وأجرى خادم الحرمين الشريفين اتصالا هاتفيا بأمير دولة الكويت.", "CONSULT"),
]
