"""Fresh-rounds pass a (2026-12-04 (16)): the team's own probe sentences for the general causes
the recent blind rounds (ev-1201 … ev-1460) showed for ASSAULT, COERCE, PROTEST, MOBILIZE,
RETREAT, THREATEN, SANCTION and AID. Each probe is a near copy of a failing passage's
construction in other words (another country, actor and wording); each near miss is the
competing sense the fix must leave alone.

:data:`HELD_OUT` and :data:`HELD_OUT_NEAR_MISSES` were written before the fixes they probe
were made (in two batches) and were not run until the pass was measured (the pass reports
how many the rules get right).
"""

from __future__ import annotations

#: (sentence, type rasd must report as fact).
HELD_OUT: list[tuple[str, str]] = [
    ("وقال وزير الدفاع إن الجيش «لن يقف متفرجا» أمام الاعتداءات المتكررة على حدوده.",
     "THREATEN"),
    ("وأكدت الخارجية الصينية أن بكين سترد على القرار الياباني بما يناسبه من إجراءات.",
     "THREATEN"),
    ("ولوح رئيس الحكومة الانتقالية في بوركينا فاسو إبراهيم تراوري بطرد البعثة الأممية من البلاد.",
     "THREATEN"),
    ("ووجهت الهيئة العليا للاتصال السمعي البصري إعذارا إلى إذاعة خاصة بسبب بث محتوى مسيء.",
     "THREATEN"),
    ("وكان الناشط قد أوقف بمدينة فاس الشهر الماضي على خلفية تدوينات.", "COERCE"),
    ("أفرجت السلطات الليبية عن 20 صيادا مصريا كانوا قد أوقفوا قبالة سواحل طبرق.", "COERCE"),
    ("وأوضح محافظ بيلغورود أن حطام طائرة مسيرة سقط على مبنى سكني في المدينة.", "ASSAULT"),
    ("وأوقفت مفارز الدرك الوطني خمسة مهربين في ولاية تمنراست.", "COERCE"),
    # second batch (written before the crowd-control, release, stoning, reinforcement, visa
    # and warrant rows were added)
    ("وتمكن الجيش من «تحييد» خمسة من المهاجمين في كمين قرب الحدود.", "ASSAULT"),
    ("واعتقلت الشرطة ناشطين اثنين قبل أن تطلق سراحهما مساء اليوم نفسه.", "RETREAT"),
    ("وأصيب شرطيان جراء رشقهما بالحجارة خلال مواجهات في المخيم.", "ASSAULT"),
    ("ودفعت رئاسة أركان الجيش الليبي، صباح السبت، بتعزيزات عسكرية إلى مدينة غريان.",
     "MOBILIZE"),
    ("وأعلنت السلطات البحرينية وقف إصدار التأشيرات لمواطني دولة مجاورة.", "SANCTION"),
    ("وأصدر قاضي التحقيق مذكرتي توقيف بحق رجلي أعمال متهمين بالفساد.", "COERCE"),
]

#: (sentence, type rasd must NOT report as fact).
HELD_OUT_NEAR_MISSES: list[tuple[str, str]] = [
    ("وحذرت مديرية الأرصاد الجوية المواطنين من الخروج إلى البحر بسبب الأمواج العالية.",
     "THREATEN"),
    ("وقال الوزير إن شبكات التهريب تهدد أمن الحدود واستقرار المنطقة.", "THREATEN"),
    ("وقتل أكثر من مئة مدني منذ سريان الهدنة في الشهر الماضي، بحسب الأمم المتحدة.", "RETREAT"),
    ("وناقش الوزيران جهود وقف إطلاق النار في السودان.", "RETREAT"),
    ("ووقعت الشركتان عقدا لإنتاج صواريخ قصيرة المدى في المغرب.", "ASSAULT"),
    ("وقالت مصادر إن طهران تواصل تصنيع مسيرات للجيش الروسي.", "PROTEST"),
    # second batch
    ("وقال المدرب إن المدافع قاطعه خلال المؤتمر الصحفي.", "PROTEST"),
    ("وأصدرت الوزارة تأشيرات دخول لخمسين صحفيا لتغطية القمة.", "SANCTION"),
    ("ودفعت الشركة بتعزيزات من الفنيين إلى المحطة لإصلاح العطل.", "MOBILIZE"),
]
