"""Characterisations (task charac19): a party calls another's act, decision, statement or
conduct something condemnable — ACCUSE/disapprove by the gold README's "standalone
characterisation in condemning words".

The older triggers.tsv rows each listed their own few condemning words after one evaluating
verb, added round by round, so a fresh wording failed (``ووصف زعيم المعارضة القرار بأنه «سرقة
لأصوات الناخبين»``). Here one lexicon of condemning words (``data/events/condemning.tsv``:
nouns, adjectives, verbs and set phrases with their families) meets a few general frames:

* the describing verb with ``بأنه``/``بأنها`` or ``بـ`` (``ووصفت النقابة الإجراء بأنه «تصعيد
  خطير»``, ``وصف الحكم بالجائر``);
* the considering verb with ``أن`` (``ورأى الوزير أن التصريحات «تدخل سافر»``) or with the
  accusative predicate (``واعتبرت النقابة الاعتقال انتهاكا``);
* a verb of saying with ``إن``/``أن`` and an act noun as its subject (``وقال رئيس الكتلة إن
  المرسوم «يكرس الاستبداد»``): only an act's characterisation, not a situation's (``قال إن
  الوضع خطير`` is no event);
* a relative after the act it judges with its own speaker (``وهو ما وصفته أثينا
  بـ«الاستفزاز»``، ``في خطوة اعتبرتها كيسمايو «استفزازا»``، ``العقوبات التي وصفتها موسكو
  بأنها «غير شرعية»``).

The frames are compiled into ordinary trigger rows (:func:`frame_rows`, read with
triggers.tsv by :func:`rasd.events.lexicon.triggers`), so the speaker, the date and the folds
of a characterisation into its speaker's condemnation (:mod:`rasd.events.folds.reaction_folds`)
work as for every row. :func:`idle_characterisation` then drops a frame match that is no
characterisation of an act: accusations or reports called false (a denial, README), a
situation judged, a condemning word that is the subject of ``أن`` rather than its predicate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.datafiles import tsv_rows
from rasd.events.readings import plain_readings
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

DATA_PACKAGE = "rasd.data.events"
LEXICON = "condemning.tsv"
#: Lemma prefix of the frame rows: :func:`idle_characterisation` tests only these.
LEMMA_PREFIX = "charac19 "
#: Weight of a frame row: as the older characterisation rows (0.8): the frame's verb, its
#: link word and a condemning head together leave little ambiguity, but a named party must
#: say it (the sentence builder finds it).
FRAME_WEIGHT = "0.8"
#: Gap between the evaluating verb and its link word: the speaker with his title and name,
#: where it was said (في بيان، في منشور على منصة إكس) and the object judged; comma inserts
#: are crossed without using it up. The older rows used 6 to 8.
SPEAKER_GAP = 8
#: A verb of saying has longer speakers before إن (قال وزير الخارجية الأمريكي ماركو روبيو في
#: مؤتمر صحفي إن): its act-noun subject anchors the frame, so a longer gap is safe.
SAY_GAP = 10
#: Gap between the link word (or the act noun) and the condemning head: the head opens the
#: quoted label or follows one or two words (بأنها «عمل من أعمال القرصنة»، أن الخطوة «تمثل
#: خرقا صريحا»).
HEAD_GAP = 3
#: A label (إرهابي، جريمة، خطير) counts only at the head of the phrase or after its first word.
LABEL_GAP = 1

_DESCRIBE = ("وصف|وصفت|وصفوا|وصفا|وصفتا|واصفا|واصفة|واصفين|واصفتين|واصفان|يصف|تصف|يصفون|"
             "يصفان")  # no object pronoun: ووصفه continues the speaker's earlier act (README)
_LABEL_LINK = "بأنه|بأنها|بأنهم|بأنهما|بأنهن"
#: Past and participle forms only: يعتبر / يرى with an analyst (يرى مراقبون) is commentary.
_CONSIDER = "اعتبر|اعتبرت|اعتبروا|اعتبرا|اعتبرتا|معتبرا|معتبرة|معتبرين|معتبرتين|رأى|رأت|رأوا"
_CONSIDER_ACC = "اعتبر|اعتبرت|اعتبروا|اعتبرا|اعتبرتا|معتبرا|معتبرة|معتبرين|معتبرتين"
_THAT = "أن|بأن|إن"
#: A warning that a step to come "will be considered" an aggression (من أن أي سد تقيمه
#: طالبان «سيعد عملا عدائيا», README round 43: a characterisation, no threat of action): the
#: future passive only; the present يعتبر / يعد انتهاكا is a general statement.
_WILL_BE_DEEMED = "سيعد|ستعد|سيعتبر|ستعتبر|سيعدان|سيعتبران"  # not سيكون: a plan judged
_SAY = ("قال|قالت|قالوا|قالا|أكد|أكدت|أكدوا|مؤكدا|مؤكدة|أوضح|أوضحت|أضاف|أضافت|رد|ردت|ردوا|"
        "علق|علقت|معلقا|معلقة|شدد|شددت|مشددا|مشددة|صرح|صرحت|ذكر|ذكرت|"
        "حذر|حذرت|حذروا|محذرا|محذرة")  # fix57: حذرت من أن إغلاق الطريق «يهدد …»
#: The acts, decisions, texts and statements a party judges: the subject of إن after a verb
#: of saying (بقال إن القرار «…»). A situation (الوضع، الأوضاع) or a party is not listed.
_ACTS = ("القرار|قرار|القرارات|قرارات|الحكم|حكم|الأحكام|أحكام|القانون|قانون|مشروع|المشروع|"
         "المرسوم|مرسوم|الخطوة|خطوة|الخطوات|الإجراء|إجراء|الإجراءات|إجراءات|التصريحات|تصريحات|"
         "التصريح|تصريح|البيان|بيان|الهجوم|الاعتداء|الاعتداءات|العملية|عملية|الاعتقال|اعتقال|"
         "الاعتقالات|التوقيف|توقيف|العقوبات|عقوبات|الحظر|حظر|الصفقة|صفقة|المحاكمة|محاكمة|"
         "الفيتو|الاقتراع|التصويت|التعديل|التعديلات|تعديلات|القصف|قصف|الغارة|الغارات|الضربة|"
         "الضربات|التحركات|تحركات|التحرك|تحرك|الممارسات|ممارسات|السياسات|سياسة|سياسات|الحملة|"
         "حملة|المداهمة|الاقتحام|اقتحام|الإغلاق|إغلاق|التعليق|تعليق|الإقالة|إقالة|الطرد|طرد|"
         "الترحيل|ترحيل|الحصار|المناورات|مناورات|النتائج|الاتفاق|اتفاق|الاتفاقية|اتفاقية|"
         "الموازنة|الميزانية|التقرير|تقرير|التقارير|تقارير|الرسالة|رسالة|الزيارة|زيارة|"
         "الاستفتاء|الانتخابات|التعيين|تعيين|العرض|عرض|المقترح|مقترح|الخطة|خطة|الاعتراض|"
         "الإعدام|إعدام|الحادثة|الحادث|التدخل|تدخل|المرسومان|الأمر|التعميم|الإعلان|إعلان|"
         "التجميد|تجميد|الخطاب|خطاب|الحشد|حشد|الزيادة|زيادة")  # fix57: إن التجميد «لا يكفي»
#: Heads of a relative that tells a judged act before its speaker (وهو ما وصفته أثينا،
#: في خطوة اعتبرتها كيسمايو، العقوبات التي وصفتها موسكو). ما alone is left out: رفض ما
#: وصفه، احتجاجا على ما وصفوه are that refusal's or protest's content (README).
_RELATIVE = ("وهو_ما|وهي_ما|في_ما|فيما|وهذا_ما|وذلك_ما|الأمر_الذي|التي|الذي|خطوة|قرار|"
             "إجراء|إجراءات|تحرك|تحركات|خطوات|قرارات")
_RELATIVE_VERB = ("وصفه|وصفته|وصفها|وصفتها|وصفوه|وصفوها|وصفهم|وصفتهم|اعتبره|اعتبرته|اعتبرها|"
                  "اعتبرتها|اعتبروه|اعتبروها|سماه|سمته|سمتها|سماها|تصفه|يصفه|تصفها|يصفها|"
                  "تعتبره|يعتبره|تعتبرها|يعتبرها")


@dataclass(frozen=True, slots=True)
class Head:
    """One condemning word or phrase of the lexicon, in its spellings."""

    forms: tuple[str, ...]
    strong: bool  # False: a label (إرهابي، جريمة) that condemns only when pinned with بأنه
    pos: str  # noun | adj | verb | phrase


def _inflect(form: str, pos: str) -> list[str]:
    """``form`` with the inflections the lexicon header promises for ``pos``."""
    if "_" in form or pos in ("verb", "phrase"):
        return [form]
    if pos == "noun":
        # the accusative alif after a consonant (انتهاك → انتهاكا); none after ة, ء, ا, ى
        return [form] if form[-1] in "ةءاىئؤ" else [form, form + "ا"]
    # adj: masculine, feminine, and the accusatives (عدائي، عدائية، عدائيا)
    return [form, form + "ة", form + "ا"]


@cache
def heads() -> tuple[Head, ...]:
    """Every row of the condemning-words lexicon."""
    out: list[Head] = []
    for _, cols in tsv_rows(DATA_PACKAGE, LEXICON):
        spelled, pos, klass = cols[0], cols[1], cols[2]
        forms = tuple(f for raw in spelled.split("|") if raw for f in _inflect(raw, pos))
        out.append(Head(forms, klass == "strong", pos))
    return tuple(out)


def _alts(*, strong_only: bool, accusative: bool = False, prefix: str = "",
          labels_only: bool = False) -> str:
    """The lexicon as one slot of alternatives: every head, or the strong ones; only the
    forms an accusative predicate takes (ending in alif, adjectives, غير_/لا_ phrases); each
    joined to ``prefix`` (ب, بال: ``وصف الحكم بالجائر``)."""
    forms: list[str] = []
    for h in heads():
        if (strong_only and not h.strong) or (labels_only and h.strong):
            continue
        for f in h.forms:
            first = f.split("_")[0]
            if accusative and not (first.endswith(("ا", "ة", "ي")) or first in ("غير", "لا")):
                continue
            if prefix:
                if "_" in f or h.pos not in ("noun", "adj"):
                    continue  # a phrase, a negation or a verb takes no ب
                forms.extend((prefix + f, prefix + "ال" + f))
            else:
                forms.append(f)
    return "|".join(dict.fromkeys(forms))


def _row(name: str, spec: str, roles: str = "subj=actor") -> list[str]:
    return [LEMMA_PREFIX + name, "phrase", "ACCUSE", "disapprove", FRAME_WEIGHT, roles, spec,
            "charac19: " + name]


@cache
def frame_rows() -> tuple[tuple[int, list[str]], ...]:
    """The characterisation frames as triggers.tsv rows (line numbers past any file's)."""
    every, strong = _alts(strong_only=False), _alts(strong_only=True)
    labels = _alts(strong_only=False, labels_only=True)
    acc = _alts(strong_only=True, accusative=True)
    with_b = _alts(strong_only=False, prefix="ب")
    rows = [
        _row("وصف بأنه", f"{_DESCRIBE} *{SPEAKER_GAP} {_LABEL_LINK} *{HEAD_GAP} {strong}"),
        # a label (إرهابي، جريمة) heads the phrase or follows its first word (بأنه «عمل
        # إرهابي»): further in, it names the target of praise (بأنها «ضربة قوية للتنظيم
        # الإرهابي»)
        _row("وصف بأنه «", f"{_DESCRIBE} *{SPEAKER_GAP} {_LABEL_LINK} *{LABEL_GAP} {labels}"),
        _row("وصف بـ", f"{_DESCRIBE} *{SPEAKER_GAP} {with_b}"),
        # بـ written apart before a quote (بـ«الاستفزاز»): the quote mark is a token of its
        # own, crossed by a one-word gap
        _row("وصف بـ«", f"{_DESCRIBE} *{SPEAKER_GAP} ب *1 {every}"),
        _row("اعتبر أن", f"{_CONSIDER} *{SPEAKER_GAP} {_THAT} *{HEAD_GAP + 1} {strong}"),
        _row("اعتبر الفعل", f"{_CONSIDER_ACC} *{SPEAKER_GAP} {acc}"),
        _row("سيعد", f"{_WILL_BE_DEEMED} {acc}"),
        _row("قال إن الفعل", f"{_SAY} *{SAY_GAP} {_THAT} {_ACTS} *{HEAD_GAP} {strong}"),
        _row("ما وصفه بأنه", f"{_RELATIVE} {_RELATIVE_VERB} *{SPEAKER_GAP} {_LABEL_LINK} "
                             f"*{HEAD_GAP} {strong}", "after=actor"),
        _row("ما وصفه بأنه «", f"{_RELATIVE} {_RELATIVE_VERB} *{SPEAKER_GAP} {_LABEL_LINK} "
                               f"*{LABEL_GAP} {labels}", "after=actor"),
        _row("ما وصفه بـ", f"{_RELATIVE} {_RELATIVE_VERB} *{SPEAKER_GAP} {with_b}",
             "after=actor"),
        _row("ما وصفه بـ«", f"{_RELATIVE} {_RELATIVE_VERB} *{SPEAKER_GAP} ب *1 {every}",
             "after=actor"),
        _row("ما اعتبره", f"{_RELATIVE} {_RELATIVE_VERB} *{SPEAKER_GAP} {acc}", "after=actor"),
    ]
    return tuple((100_000 + i, cols) for i, cols in enumerate(rows))


def word_keys(words: str) -> frozenset[str]:
    """The normalised forms of ``|``-joined words (a lexicon cell)."""
    return frozenset(normalize_key(w) for w in words.split("|"))


#: Objects whose condemnation is a denial: accusations or reports called false or vexatious
#: (README "accusations called false = denial"), also inside the label (واصفا القرار بأنه «مبني
#: على تقارير كيدية»). Normalised.
_DENIED = word_keys("اتهام|اتهامات|الاتهام|الاتهامات|مزاعم|المزاعم|ادعاءات|الادعاءات|ادعاء|"
                "الادعاء|شائعات|الشائعات|أنباء|الأنباء|رواية|الرواية|روايات|الروايات|افتراءات|"
                "الافتراءات|أكاذيب|الأكاذيب|تهم|التهم|تهمة|التهمة")
#: Inside the label, reports too: a decision "built on vexatious reports" is denied (ev-1722),
#: while reports judged as the object (أن تقارير الوكالة «مسيسة», ev-1294) are condemned.
_DENIED_IN_LABEL = _DENIED | word_keys("تقارير|التقارير")
#: Objects that are no act: a situation judged (قال إن الوضع خطير is no event).
_SITUATIONS = word_keys("الوضع|الأوضاع|وضع|أوضاع|الحالة|الظروف|الوضعية")
#: Link words after which the next word is the subject of أن, not its predicate.
_BARE_THAT = word_keys("أن|بأن|إن|وأن|وإن|وبأن")
_LINKS = _BARE_THAT | word_keys("بأنه|بأنها|بأنهم|بأنهما|بأنهن")


def idle_characterisation(toks: Sequence[Token], first: int, last: int, lemma: str) -> bool:
    """Whether a frame match on tokens ``[first, last]`` (its row's lemma ``lemma``) is no
    characterisation of an act: its object is an accusation or a report (a denial) or a
    situation, or its condemning head stands right after a bare أن (the subject of أن: اعتبر
    أن الانتهاكات مستمرة judges nothing by the word)."""
    if not lemma.startswith(LEMMA_PREFIX):
        return False
    link = next((k for k in range(first + 1, last + 1) if toks[k].norm in _LINKS), None)
    end = link if link is not None else last
    # the relative's antecedent (الاتهامات التي وصفها) stands just before the frame
    start = first - 1 if first and lemma.startswith(LEMMA_PREFIX + "ما ") else first
    # after a bare أن its subject (the word after it) is still the object judged
    label = end + 2 if link is not None and toks[link].norm in _BARE_THAT else end
    if any(_object_word(toks[k].norm) in _SITUATIONS | _DENIED
           for k in range(max(start, 0), min(label, last + 1))):
        return True
    if any(_object_word(toks[k].norm) in _DENIED_IN_LABEL for k in range(label, last + 1)):
        return True
    # the head right after a bare أن is that أن's subject, not what the act is called
    return link is not None and toks[link].norm in _BARE_THAT \
        and not lemma.startswith(LEMMA_PREFIX + "قال") and _is_head(toks[link + 1:last + 1])


def _is_head(toks: Sequence[Token]) -> bool:
    """Whether ``toks`` read as one form of the lexicon, word by word."""
    forms = _head_tuples().get(len(toks))
    if not forms:
        return False
    readings = [plain_readings(t.norm) for t in toks]
    return any(all(w in r for w, r in zip(form, readings, strict=True)) for form in forms)


@cache
def _head_tuples() -> dict[int, frozenset[tuple[str, ...]]]:
    """The lexicon's forms as normalised word tuples, by length."""
    by_len: dict[int, set[tuple[str, ...]]] = {}
    for h in heads():
        for f in h.forms:
            words = tuple(normalize_key(w) for w in f.split("_"))
            by_len.setdefault(len(words), set()).add(words)
    return {n: frozenset(v) for n, v in by_len.items()}


def _object_word(norm: str) -> str:
    """``norm`` without a leading و or ب (والاتهامات، بالأوضاع)."""
    return norm[1:] if norm[:1] in ("و", "ب") and len(norm) > 4 else norm


__all__ = ["LEMMA_PREFIX", "frame_rows", "heads", "idle_characterisation", "word_keys"]
