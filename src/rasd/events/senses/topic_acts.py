"""Cooperation, sanctions and talks named, not done: no COOPERATE, SANCTION, CONSULT
(retreat22).

PLOVER's COOPERATE is one party's material help to another carried out (intelligence
shared, a wanted man handed over, a joint operation) and SANCTION a penalty one party lays
on another. News Arabic names both words far more often than it reports the acts: as the
manner of some other step, as a charge, as the field of a visit or a memorandum, as what a
statement condemns or talks discuss. Read from the blind bank's spurious COOPERATE and
SANCTION candidates of the rounds up to ev-1760 and the gold README's conventions
(`بالتعاون مع`/`بالتنسيق مع` inserted before an act of one state's forces is its manner;
coordination with one's own agencies is none):

* **Coordination as a manner** (:func:`coordination_manner`): a coordination phrase
  (بالتنسيق مع، بتنسيق مع، بالتعاون مع، التنسيق مع) is a COOPERATE only as the way a
  security step of one state's forces was done with another's — an arrest, a dismantled
  cell, a deployment (تمكنت المصالح المغربية، بتنسيق مع الشرطة الإسبانية، من تفكيك خلية).
  Beside an aid delivery or an extradition it is that act's manner, already coded (سيرت
  الهيئة قافلة … بالتعاون مع برنامج الأغذية؛ سلمت … مطلوبا، وذلك بالتنسيق مع الإنتربول);
  with no act beside it and no security step named in its sentence (عملية، حملة، توقيف),
  it qualifies a step that is no event (تواصل رصد الأسراب بالتعاون مع البحارة؛ سلمتا
  مقترحا بالتنسيق مع الولايات المتحدة؛ كانت تنفذ مهمة روتينية بالتنسيق مع الجيش).
* **Cooperation as a charge or denied** (:func:`charged_cooperation`): the cooperation is
  what someone is accused or suspected of (اتهمت … المسؤولين بـ«التنسيق مع الميليشيا»؛
  تهم تتعلق بالتعاون مع؛ يشتبه في تعاونهم مع) or what was done without (دون أي تنسيق مع).
* **Cooperation as a field** (:func:`cooperation_field`): the cooperation noun is the topic
  of a visit, a memorandum or a partnership (في زيارة لبحث تعزيز التعاون الأمني؛ مذكرة
  تفاهم في مجال التعاون الأمني وتبادل المعلومات؛ شراكة تشمل التدريب وتبادل المعلومات).
* **Talks as a topic** (:func:`talks_topic`): a bare talks noun linked to something,
  bargained in, made room for, returned to in a call or ruled out (لن تقبل بأي ربط بين
  أموال الإعمار والتفاوض؛ ورقة مساومة في مفاوضاتها؛ لإفساح المجال أمام الحوار؛ والعودة إلى
  اجتماعات اللجنة؛ «لا حوار مع الإرهابيين»).
* **Sanctions as a topic** (:func:`sanctions_topic`): the sanctions noun is what is evaded,
  condemned, discussed or blocked (للالتفاف على العقوبات الغربية؛ ندد بالعقوبات الجديدة؛
  عطلت المجر اعتماد الحزمة العشرين من العقوبات), or a mechanism to bring them back
  (آلية إعادة فرض العقوبات): the penalty itself, if any, is told by its own verb elsewhere.
"""

from __future__ import annotations

from typing import Final

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Marks stripped from a word before it is keyed, wherever they stand (بـ«التنسيق).
MARKS: Final = str.maketrans("", "", "«»\"'()[]ـ")
#: Punctuation that closes a clause: the look back stops there.
CLAUSE_ENDS: Final = ("،", ",", ".", "؛", ":", "؟", "!")
#: A conjunction, a preposition and the article fused to a word (longest first).
PREFIXES: Final = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "ب", "ل", "و")


def _bare(word: str) -> str:
    k = normalize_key(word.translate(MARKS).strip("،,.؛:؟!-—"))
    for p in PREFIXES:
        pk = normalize_key(p)
        if k.startswith(pk) and len(k) - len(pk) >= 3:
            return k[len(pk):]
    return k


def _bares(*words: str) -> frozenset[str]:
    return frozenset(_bare(w) for w in words)


#: Coordination nouns heading a manner phrase (bare: تنسيق، تعاون).
COORDINATION: Final = _bares("تنسيق", "تعاون")
#: The preposition of a manner phrase, maybe after و (بالتنسيق، بتنسيق، وبالتعاون): the
#: bare noun (أعلنت التنسيق مع الجانب الإسباني) is the act itself.
MANNER_PREPOSITIONS: Final = (normalize_key("ب"), normalize_key("وب"))
#: Event types whose act a coordination phrase beside it is the manner of, already coded:
#: the aid delivered, the extradition or the handing over.
CODED_MANNER_TYPES: Final = frozenset({"AID", "COOPERATE"})
#: Event types of a security step that two states' forces carry out together: the
#: coordination beside them is the README's "police of two states working together".
JOINT_STEP_TYPES: Final = frozenset({"COERCE", "MOBILIZE"})
#: Nouns of a security step whose sentence keeps the coordination beside it as a joint
#: act even when the step itself is coded as no event (عملية أمنية، حملة مداهمات).
SECURITY_STEPS: Final = _bares("عملية", "عمليات", "حملة", "حملات", "مداهمة", "مداهمات",
                               "دوريات", "انتشار", "تفكيك", "توقيف", "ضبط")
#: Reach, in words, of the look back from a cooperation word to a charge, a denial or a
#: field word (a short noun phrase: «تهم تتعلق بالتعاون»، «لبحث تعزيز التعاون الأمني»).
BACK_REACH: Final = 4
#: Reach, in words, of the look back to a condemning verb over a speaker's long name.
CLAUSE_REACH: Final = 10
#: Words of a charge or a suspicion before the cooperation charged (bare).
CHARGE_WORDS: Final = _bares(
    "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "متهما", "متهمة", "اتهام", "باتهام", "تهمة",
    "بتهمة", "تهم", "بتهم", "التهم", "تتعلق", "يتعلق", "يشتبه", "بشبهة",
    "شبهة", "شبهات", "المشتبه", "للاشتباه", "الاشتباه")
#: Words of absence before a coordination (دون أي تنسيق).
WITHOUT: Final = _bares("دون", "بدون", "بلا")
#: Words naming a field or a topic before the cooperation noun (bare): a visit to discuss
#: it, a memorandum in its field, a partnership that includes it.
FIELD_WORDS: Final = _bares(
    "لبحث", "بحث", "مجال", "مجالات", "تشمل", "يشمل", "تتضمن", "يتضمن", "تعزيز",
    "لتعزيز", "تطوير", "لتطوير", "آفاق", "سبل", "أوجه", "حول", "بشأن", "ملف", "ملفات",
    "تفاهم", "مذكرة", "اتفاقية", "اتفاقيات")
#: Cooperation nouns that a field word may name (bare): the bare noun, an exchange of
#: information, training and extradition as listed fields.
FIELD_NOUNS: Final = _bares("تعاون", "تبادل", "تدريب", "تسليم", "تنسيق", "صفقة", "صفقات")
#: The sanctions noun (bare) and its plural and singular forms.
SANCTION_NOUNS: Final = _bares("عقوبات", "عقوبة")
#: Words of evasion, condemnation, discussion, blocking or a mechanism that make the
#: sanctions after them a topic (bare).
SANCTION_TOPIC_WORDS: Final = _bares(
    "الالتفاف", "للالتفاف", "التحايل", "للتحايل", "التهرب", "للتهرب", "خرق", "انتهاك",
    "ندد", "نددت", "انتقد", "انتقدت", "استنكر", "استنكرت", "يندد", "تندد",
    "ملف", "ملفات", "بحث", "ناقش", "نناقش", "يناقش", "مناقشة", "بشأن", "حول",
    "آلية", "محاولات", "محاولة")
#: Words before «اعتماد/إقرار … العقوبات» that tell the adoption was blocked or failed.
BLOCK_WORDS: Final = _bares(
    "عطلت", "عطل", "تعطيل", "عرقلت", "عرقل", "عرقلة", "فشل", "فشلت", "أخفق", "أخفقت",
    "منعت", "منع")
#: The verbal noun of imposing, read as the sanctions noun after a «إعادة» of a mechanism
#: or an attempt (آلية إعادة فرض العقوبات؛ محاولات لإعادة فرض العقوبات).
IMPOSING: Final = _bares("فرض")
RESTORING: Final = _bares("إعادة", "لإعادة")
#: Verbs of condemnation whose بـ-object is the sanctions, however long the speaker's name
#: between (وندد المتحدث باسم الكرملين دميتري بيسكوف بالعقوبات الجديدة).
CONDEMNING: Final = _bares("ندد", "نددت", "يندد", "تندد", "منددا", "منددة", "استنكر",
                           "استنكرت", "مستنكرا")
#: Stems (bare) of a talks noun named alone as the CONSULT trigger.
TALKS_STEMS: Final = tuple(_bare(w) for w in ("حوار", "تفاوض", "مفاوضات", "محادثات",
                                               "اجتماعات"))
#: Words before a talks noun that make it a topic: linked to something (ربط بين … والتفاوض),
#: a bargaining chip in it (ورقة مساومة في مفاوضاتها), room made for it (لإفساح المجال أمام
#: الحوار), a return to it asked (والعودة إلى اجتماعات اللجنة).
TALKS_TOPIC_WORDS: Final = _bares("ربط", "الربط", "مساومة", "ورقة", "أوراق", "المجال",
                                  "العودة")
#: Reach of that look back: «ربط بين أموال إعادة الإعمار والتفاوض» has four words between.
TALKS_REACH: Final = 5
#: «لا» right before the noun: talks ruled out (لا حوار مع الإرهابيين).
NO: Final = normalize_key("لا")
#: The adoption nouns between a blocking word and the sanctions (bare).
ADOPTION: Final = _bares("اعتماد", "إقرار", "التوافق", "تبني", "الحزمة")


def _words_before(e: Event, reach: int) -> list[str]:
    """The bare words before the trigger in its clause, nearest first, at most ``reach``."""
    sent = e.trigger_sentence() or e.evidence[0]
    text = sent.text[:max(0, e.trigger.start - sent.start)]
    out: list[str] = []
    for w in reversed(text.split()):
        if w in CLAUSE_ENDS:
            break
        out.append(_bare(w))
        if w.rstrip("»\"").endswith(CLAUSE_ENDS) and len(out) > 1:
            out.pop()
            break
        if len(out) >= reach:
            break
    return out


def _trigger_words(e: Event) -> list[str]:
    return [_bare(w) for w in e.trigger.text.split()]


def _coordination_phrase(e: Event) -> bool:
    words = _trigger_words(e)
    if not words or words[0] not in COORDINATION:
        return False
    sent = e.trigger_sentence() or e.evidence[0]
    raw = normalize_key(e.trigger.text.split()[0].translate(MARKS))
    prev = sent.text[:max(0, e.trigger.start - sent.start)].split()[-1:]
    detached = bool(prev) and normalize_key(prev[0].translate(MARKS)) in MANNER_PREPOSITIONS
    if not raw.startswith(MANNER_PREPOSITIONS) and not detached:
        return False  # وأعلنت الوزارة التنسيق مع الجانب الإسباني: the coordination is the act
    after = sent.text[e.trigger.end - sent.start:].split()[:2]
    return "مع" in words or any(_bare(w) == "مع" for w in after[:1]) \
        or (len(after) > 1 and _bare(after[0]) in _bares("الكامل", "التام", "الوثيق")
            and _bare(after[1]) == "مع")


def coordination_manner(e: Event, siblings: list[Event]) -> bool:
    """Whether ``e`` is a coordination phrase that is the manner of an act coded beside it
    or of a step that is no event (``siblings``: the events of its sentence, ``e`` among
    them or not)."""
    if e.type != "COOPERATE" or not _coordination_phrase(e):
        return False
    sent = e.trigger_sentence()
    near = [o for o in siblings if o is not e and o.trigger_sentence() == sent]
    if any(o.type in CODED_MANNER_TYPES for o in near):
        return True
    if any(o.type in JOINT_STEP_TYPES for o in near):
        return False
    # ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية أمنية: a joint operation the
    # rules code no event for is still the step two parties' forces carried out together
    words = (sent or e.evidence[0]).text.split()
    return not any(_bare(w) in SECURITY_STEPS for w in words)


def charged_cooperation(e: Event) -> bool:
    """Whether ``e`` is cooperation charged, suspected or denied (دون أي تنسيق)."""
    if e.type != "COOPERATE":
        return False
    words = _trigger_words(e)
    if not words or (words[0] not in COORDINATION and not words[0].startswith(
            normalize_key("تعاون"))):
        return False
    before = _words_before(e, BACK_REACH)
    return any(w in CHARGE_WORDS for w in before) or any(w in WITHOUT for w in before[:2])


def cooperation_field(e: Event) -> bool:
    """Whether ``e`` is a cooperation noun named as a field or a topic."""
    if e.type != "COOPERATE":
        return False
    words = _trigger_words(e)
    if not words or words[0] not in FIELD_NOUNS:
        return False
    return any(w in FIELD_WORDS for w in _words_before(e, BACK_REACH))


def sanctions_topic(e: Event) -> bool:
    """Whether ``e`` is sanctions named as what is evaded, condemned, discussed, blocked or
    brought back by a mechanism."""
    if e.type != "SANCTION":
        return False
    words = _trigger_words(e)
    before = _words_before(e, BACK_REACH + 2)
    if len(words) > 1 and words[0] in IMPOSING and words[1] in SANCTION_NOUNS \
            and before and before[0] in RESTORING:
        before = before[1:]  # آلية إعادة فرض العقوبات: the mechanism's word before إعادة
    elif not words or words[0] not in SANCTION_NOUNS:
        return False
    else:
        raw = e.trigger.text.split()[0].translate(MARKS)
        if normalize_key(raw).startswith(normalize_key("بال")) \
                and any(w in CONDEMNING for w in _words_before(e, CLAUSE_REACH)):
            return True
    before = before[:BACK_REACH]
    if any(w in SANCTION_TOPIC_WORDS for w in before):
        return True
    if any(w in ADOPTION for w in before):
        sent = e.trigger_sentence() or e.evidence[0]
        head = sent.text[:max(0, e.trigger.start - sent.start)].split()
        return any(_bare(w) in BLOCK_WORDS for w in head)
    return False


def talks_topic(e: Event) -> bool:
    """Whether ``e`` is talks named as what is linked, bargained over, made room for,
    returned to in a call or ruled out (لا حوار مع الإرهابيين)."""
    if e.type != "CONSULT":
        return False
    words = _trigger_words(e)
    if len(words) != 1 or not words[0].startswith(TALKS_STEMS):
        return False
    before = _words_before(e, TALKS_REACH)
    return any(w in TALKS_TOPIC_WORDS for w in before) or (bool(before) and before[0] == NO)


def drop_topic_acts(events: list[Event]) -> list[Event]:
    """One sentence's events without cooperation, sanctions and talks named, not done."""
    return [e for e in events
            if not coordination_manner(e, events)
            and not charged_cooperation(e) and not cooperation_field(e)
            and not sanctions_topic(e) and not talks_topic(e)]
