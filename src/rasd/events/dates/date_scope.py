"""What a date may reach: which times of a text date an act, and which acts a sentence's
date does not date, for :func:`rasd.events.dates.context.event_date`.

* times that date no act: an occasion's (بمناسبة ذكرى …), a historic event's name (ثورة 23
  يوليو), how long a measure in force has stood (المفروض … منذ خمسة أيام), read once per
  document (:func:`act_times`);
* a time inside a relative clause, with a pronoun or without one after an indefinite noun
  (اتفاق أمني وقعه … في يوليو), dates that clause's verb (:func:`in_foreign_relative`),
  and a clause set off between commas ends at its closing comma
  (:func:`parenthetical_end`);
* acts a sentence's date does not reach: a background act after عقب/بعد
  (:func:`after_prior_cue`) and an accused act after المتهم ب (:func:`accused_after`).

Split out of ``context.py``.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from rasd.events.dates.date_rules import ACCUSING, read_times
from rasd.events.dates.date_shifts import DATING_PARTICIPLES
from rasd.events.folds.reaction_scope import issued_statement  # fix45
from rasd.events.matcher import Match
from rasd.events.syntax.clauses import (
    HARD_STOPS,
    HOLDING_VERBS,
    RELATIVE_PRONOUNS,
    clause_end,
    past_verb,
    strip_conj,
)
from rasd.model import TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Words that put the act after them before the main act (عقب، إثر، بعد، في أعقاب، على
#: خلفية).
PRIOR_CUES = frozenset(normalize_key(w) for w in ("عقب", "إثر", "بعد", "أعقاب", "وعقب",
                                                   "وإثر", "وبعد", "خلفية"))
#: Words that may stand between such a cue and the act (بعد أسابيع من احتجاجات).
PRIOR_FILLERS = frozenset(normalize_key(w) for w in (
    "من", "ساعات", "ساعة", "أيام", "يوم", "يومين", "أسبوع", "أسبوعين", "أسابيع", "شهر",
    "شهرين", "أشهر", "شهور", "سنوات", "عام", "أعوام", "قليل", "وقت", "فترة", "قصير", "قصيرة",
    # a counted interval (بعد ثلاثة أيام من إضراب): the count word before its unit (dates
    # pass 3, 2026-12-04 (15)); digits are fillers too (:func:`_follows_cue`)
    "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشر",
    # a hedged interval counted to the act with على (بعد أكثر من عام على إغلاقه، بعد نحو
    # عشر سنوات على توقيفه)
    "أكثر", "نحو", "على"))
#: How many filler words may stand between the cue and the trigger.
PRIOR_GAP = 4


def after_prior_cue(toks: list[Token], first: int) -> bool:
    """Whether the trigger at token ``first`` follows a word that makes its act an earlier
    one (عقب اشتباكات، بعد أسابيع من احتجاجات), or is the object of an announcement that
    does (بعد أيام من إعلان وزير الداخلية تعليق العمل بالاتفاقية), or is a second act noun
    joined by و to such an act (بعد ساعات من توغلها وتجريفها أراضي: both earlier; not a past
    verb, which opens an act of its own: … من الهجوم وقتل خمسة)."""
    if _follows_cue(toks, first):
        return True
    if first > 0 and toks[first].norm[:1] == "و" and not past_verb(strip_conj(toks[first].norm)) \
            and toks[first - 1].norm not in CLAUSE_MARKS and _follows_cue(toks, first - 1):
        return True
    for k in range(first - 1, max(-1, first - 2 - ANNOUNCED_REACH), -1):
        if toks[k].norm in CLAUSE_MARKS:
            return False
        if toks[k].norm in ANNOUNCING_NOUNS:
            return k > 0 and after_prior_cue(toks, k)
    return False


def _follows_cue(toks: list[Token], first: int) -> bool:
    """Whether the token at ``first`` comes right after a prior cue, fillers aside."""
    for k in range(first - 1, max(-1, first - 2 - PRIOR_GAP), -1):
        norm = toks[k].norm
        if norm in PRIOR_CUES:
            return True
        if norm not in PRIOR_FILLERS and not norm.isdigit():
            return False
    return False


#: Nouns of an announcement or decision whose object is the act (إعلان ... تعليق، قرار ...
#: إغلاق), normalised, and how many tokens (the announcer's name) may stand between.
ANNOUNCING_NOUNS = frozenset(normalize_key(w) for w in ("إعلان", "قرار"))
ANNOUNCED_REACH = 6
#: Punctuation that ends the search for such a noun.
CLAUSE_MARKS = frozenset(".،,؛;:!?؟")


#: Words shortly before a date that make it an occasion's (بمناسبة ذكرى العاشر من رمضان),
#: not the act's.
OCCASION = ("بمناسبة", "ذكرى", "الذكرى")
#: Words right before a date that make it the name of a historic event (ثورة 23 يوليو،
#: حرب 6 أكتوبر، انتفاضة 17 تشرين), not the date of the act told: normalised.
NAMED_DAY_WORDS = frozenset(normalize_key(w) for w in (
    "ثورة", "لثورة", "بثورة", "وثورة", "حرب", "لحرب", "بحرب", "انتفاضة", "لانتفاضة",
    "بانتفاضة", "مجزرة", "لمجزرة", "أحداث", "لأحداث",
    # an agreement named by its date (بموجب اتفاق العاشر من مارس، التزامات اتفاق 26 دجنبر):
    # the date names a background agreement, it dates no act told with it (dates pass,
    # 2026-12-04 (14); the dev gold codes no such named agreement as an event)
    "اتفاق", "لاتفاق", "باتفاق", "واتفاق", "اتفاقية", "لاتفاقية", "باتفاقية"))
#: Characters looked at on either side of a time expression for those words.
_NEAR = 24


#: Participles of a measure in force: "since" after one (حظر التجول المفروض على المدينة منذ
#: خمسة أيام) tells how long the measure has stood, not when the act told (its lifting) was.
IN_FORCE = ("المفروض", "المفروضة", "الساري", "السارية", "المطبق", "المطبقة")


#: The participle "accused (of)" with or without the article (المتهم بتنفيذ، المتهمين بقتل):
#: base forms, an accusation only with a ب complement right after it.
ACCUSED = frozenset(normalize_key(w) for w in ("متهم", "متهمة", "متهمين", "متهمون", "متهما"))


def accused_after(toks: list[Token], first: int, last: int, end: int) -> int:
    """Index of the token after which the sentence tells an accused act, else ``end``: an
    accusing word after the trigger (هدمت منزلين لعائلة الأسير، المتهم بتنفيذ عملية … في
    أغسطس الماضي), or, for an accusing trigger, the ب of its complement (متهمة السلطات
    بمصادرة شحنة … في يونيو الماضي). The time that follows is the accused act's, older than
    the trigger's."""
    accusing = toks[first].norm in ACCUSING
    for j in range(last + 1, end):
        if toks[j].norm in ACCUSING or (
                toks[j].base in ACCUSED and j + 1 < end and toks[j + 1].clitics.startswith("ب")):
            return j
        if accusing and toks[j].clitics.startswith("ب"):
            return j
    return end


def _no_act_date(text: str, t: TimeRef) -> bool:
    """Whether a time expression dates no act: an occasion's (بمناسبة ذكرى ...), or how long
    a measure in force has stood (المفروض على المدينة منذ خمسة أيام)."""
    before = text[max(0, t.span.start - _NEAR):t.span.start]
    if any(w in before for w in OCCASION):
        return True
    if normalize_key(before.split()[-1] if before.split() else "") in NAMED_DAY_WORDS:
        return True
    return starts_period(text, t) and any(w in before.split() for w in IN_FORCE)


def starts_period(text: str, t: TimeRef) -> bool:
    """Whether a time expression starts a period (منذ يونيو: since June) rather than dating
    an act."""
    if t.span.text.startswith("منذ"):
        return True
    # منذ يونيو، منذ انقطاع المفاوضات في يونيو الماضي: منذ a few words before
    before = text[max(0, t.span.start - _NEAR - 8):t.span.start].split()[-4:]
    return "منذ" in before and "،" not in "".join(before[before.index("منذ"):])


#: How far back from a time its relative pronoun may stand (clauses.HARD_STOPS end the search).
RELATIVE_REACH = 10
_START = itemgetter(0)  # Token.start
#: How far before the pronoun the antecedent's trigger may end (the noun and one adjective:
#: التفجير الانتحاري الذي); a participle three words back (رافضا خريطة الطريق التي) is not it.
ANTECEDENT_REACH = 2


#: Past verbs that open a relative clause with no pronoun after an indefinite noun (اتفاق أمني
#: وقعه الوزيران في يوليو، جسر جوي أعلنت عنه في يناير، محضر اتفاق أمضاه الطرفان في مارس):
#: the verb carries the pronoun of its antecedent (or عنه after it). Normalised.
_ASYNDETIC_VERBS = ("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "ابرم", "ابرمت", "ابرما", "امضي",
                    "امضت", "امضا", "اعلن", "اعلنت", "اطلق", "اطلقت", "اقر", "اقرت", "اعتمد",
                    "اعتمدت", "اصدر", "اصدرت")
ASYNDETIC_OPENERS = frozenset(v + p for v in _ASYNDETIC_VERBS for p in ("ه", "ها", "هما"))
_ABOUT_IT = frozenset(normalize_key(w) for w in ("عنه", "عنها", "عليه", "عليها"))


def _asyndetic_relative(toks: list[Token], r: int, m: Match) -> bool:
    """Whether token ``r`` opens a relative clause with no pronoun (اتفاق أمني وقعه …) whose
    antecedent, the indefinite word before it, is not the trigger."""
    if r < 1 or r - 1 <= m.last or toks[r - 1].kind != "word" \
            or toks[r - 1].clitics.endswith("ال") or toks[r - 1].norm in RELATIVE_PRONOUNS:
        return False  # after الذي/التي the pronoun's clause is read below
    if issued_statement(toks[r - 1].norm):
        return False  # fix45: في بلاغ أصدرته مساء أمس: the time the act was told
    norm = toks[r].norm
    return norm in ASYNDETIC_OPENERS or (
        norm in _ASYNDETIC_VERBS and r + 1 < len(toks) and toks[r + 1].norm in _ABOUT_IT)


def in_foreign_relative(toks: list[Token], t: TimeRef, m: Match) -> bool:
    """Whether time ``t`` lies in a relative clause (التي عرضتها البعثة … مطلع الشهر) that
    trigger ``m`` is neither inside nor the antecedent of (الهجوم الذي وقع أمس keeps it)."""
    # the first token at or after the time (the tokens are in text order): bisected in C,
    # as the date rule asks this for every time of every candidate's sentence
    k = bisect_left(toks, t.span.start, key=_START)
    if k == len(toks):
        return False
    # back over a time set between commas (الذي اعتمد، مساء الجمعة الماضي، مخطط)
    for r in range(k - 1, max(-1, k - 1 - RELATIVE_REACH), -1):
        if toks[r].norm in HARD_STOPS:
            return False
        if m.first < r and _asyndetic_relative(toks, r, m):
            return True  # اتفاق أمني وقعه الوزيران في يوليو: the agreement's month
        if toks[r].norm in RELATIVE_PRONOUNS or toks[r].norm in DATING_PARTICIPLES:
            end = clause_end(toks, r)
            if end <= k or r < m.first < end or m.first <= r <= m.last or (
                    r + 1 < len(toks) and toks[r + 1].norm in HOLDING_VERBS):
                # the time is past the clause, or the trigger is in it or holds its opener
                # (اتفاق السلام الموقع في الرياض في 5 نوفمبر 2019: the signing's own date),
                # or the clause tells the session the acts were done at (HOLDING_VERBS)
                return False
            # only a noun names an act a relative clause can describe (الهجوم الذي وقع أمس)
            return not (m.trigger.pos != "verb" and r - ANTECEDENT_REACH <= m.last < r)
    return False


#: Commas: a relative clause opened right after one is set off between two.
_PAREN_COMMAS = frozenset("،,")


def parenthetical_end(toks: list[Token], cut: int) -> int:
    """Where the sentence resumes after the relative clause at ``cut``: a clause set off
    between commas (اختتمت قمة دول الساحل، التي تضم مالي وبوركينا فاسو والنيجر، أعمالها …،
    مساء الثلاثاء) ends at its closing comma, so a time after it dates the main act; any
    other relative clause runs to its clause's end."""
    end = clause_end(toks, cut)
    if cut > 0 and toks[cut - 1].norm in _PAREN_COMMAS:
        close = next((j for j in range(cut + 1, end) if toks[j].norm in _PAREN_COMMAS), None)
        if close is not None:
            return close
    return end


#: The last document's :func:`act_times`: (text, its times, the result). Every event of a
#: page reads the same times, and the page's text and time list are held here, so the
#: identity tests cannot meet a newer object at the same address.
_LAST_ACT_TIMES: list[tuple[str, list[TimeRef], list[TimeRef]]] = []


def act_times(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """:func:`read_times` of the times that may date an act (not :func:`_no_act_date`),
    worked out once per document (its events call this with the same text and list; the
    result is only read)."""
    if _LAST_ACT_TIMES:
        seen_text, seen_times, found = _LAST_ACT_TIMES[0]
        if seen_text is text and seen_times is times:
            return found
    found = read_times(text, [t for t in times if not _no_act_date(text, t)])
    _LAST_ACT_TIMES[:] = [(text, times, found)]
    return found
