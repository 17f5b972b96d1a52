"""One (or two) persons an arrest, an execution or an assassination is done to, told
without a number.

An arrest of one person names no count (ألقت القبض على رسام الكاريكاتير أشرف عمر، القبض
عليه، بحبسه، واعتقلت ثالثا، واعتقلت أحدهم، بطاقة إيداع بالسجن في حق الصحفي مراد الزغيدي),
nor does an execution of one or two (حكم القتل بحق الجاني، الإعدام بحق شابين). The gold's
casualty conventions (``tests/gold/events/README.md``) count them: a pronoun object
(ه/ها one, هما two), a singular people noun (``victim_groups.tsv`` sg1 or
``data/events/object_person.tsv``), ``أحدهم`` or an accusative ordinal, one PERSON name from
the entity layer, one person committed by أودع or told by a singular passive after كان قد;
a dual noun and two persons joined by و two. A longer list (``الزعيمة … والرئيس … وعددا
من …``), a plural and a warrant stay uncounted; :func:`attempted` tells an assassination
only attempted, plotted or called for, which kills no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from rasd.datafiles import tsv_rows
from rasd.events.syntax.clauses import SENTENCE_OR_SEMICOLON_END, strip_conj, strip_prefix
from rasd.model import Casualty, CasualtyKind, Span
from rasd.text.casualty_lexicon import casualty_lexicon
from rasd.text.normalize import normalize_key
from rasd.text.numbers import extract_numbers

#: How far after the trigger the one-person object may lie: a verb, its subject, a time
#: adverbial and a ruling's name before بحق (تنفيذ حكم القتل تعزيرا يوم الاثنين 8 / 12 /
#: 1447هـ بحق الجاني) fit in 70 characters, as for counted objects (counts.py).
ONE_WINDOW_CHARS: Final = 70
#: How many words (role nouns, adjectives) may stand between the object's start and the
#: PERSON name it introduces (على الباحث الاقتصادي أحمد سعيد، بحبس الصحفي ورسام
#: الكاريكاتير كريم عادل).
NAME_LEAD_WORDS: Final = 4
#: Where a clause ends: a sentence end or a comma.
_CLAUSE_END = re.compile(r"[.!?؟;؛\n،,]")
#: Where an object's phrase ends: a comma, a number, a bracket or a quote.
_PHRASE_STOP = re.compile(r"[،,\d(«\"]")
#: A force as the verb's subject (قوات الدرك، قوات الاحتلال الإسرائيلي: a genitive and a nisba)
#: and then, between commas, a time (، فجر اليوم الثلاثاء،): where the object of an arrest
#: starts (tolls pass 2026-12-04 (14)).
_FORCE_SUBJECT = r"\s*(?:قوات|عناصر|وحدات|دورية|دوريات|أجهزة|اجهزة|رجال|السلطات|الشرطة|الأمن)" \
    r"(?:\s+ال[^\W\d]+(?:\s+ال[^\W\d]+(?:ي|ية|يه))?)?"
_TIME_WORDS = (r"(?:فجر|صباح|مساء|ليلة|ليل|ظهر|عصر|اليوم|أمس|امس|الأحد|الاثنين|الإثنين|"
               r"الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الماضي|الماضية|الفائت)")
_SUBJECT_THEN_TIME = re.compile(
    _FORCE_SUBJECT + rf"(?:\s*[،,]\s*{_TIME_WORDS}(?:\s+{_TIME_WORDS}){{0,3}}\s*[،,])?\s+")
_WORD = re.compile(r"[^\W\d_]+")
_TANWIN = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
#: Where a prepositional object starts: ألقت القبض على …، بطاقة إيداع في حق …، الإعدام بحق …
_OBJECT_PREP = re.compile(r"(?<!\w)(?:على|علي|بحق|في\s+حق)\s+")
#: One of a group told before (واعتقلت أحدهم، اغتيال أحد وجهائها), normalised.
_ONE_OF: Final = frozenset({"احدهم", "احدهما", "احداهن", "احداهما", "احد", "احدي"})
#: An accusative ordinal as the object: the next one of a group (قتلت مسلحين اثنين
#: واعتقلت ثالثا), normalised.
_ORDINALS: Final = frozenset({"ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا"})
#: A count after a pronoun object that is no person count: the detention's length
#: (حبسه 15 يوما), normalised without the article.
_DURATIONS: Final = frozenset({"يوما", "يوم", "ايام", "اسبوعا", "اسبوع", "اسابيع", "شهرا",
                               "شهر", "اشهر", "شهور", "سنه", "سنوات", "سنين", "عاما", "عام",
                               "اعوام", "ساعه", "ساعات", "ساعة"})
#: A warrant is no arrest (مذكرة توقيف، مذكرات اعتقال): the word before the trigger.
_WARRANT = re.compile(r"(?<!\w)(?:مذكرة|مذكرات|مذكره)\s*$")
#: An attempt, a plot or a call (محاولة اغتيال، نجا من اغتيال، التحريض على اغتيال) kills
#: no one.
_ATTEMPT = re.compile(r"(?<!\w)(?:[وفبل]|لل)?(?:محاولة|محاولات|محاوله|نجا|ينجو|نجاة|إحباط|احباط|"
                      r"[تي]?ستهدف|[تي]هدف|خطة|مخطط|مؤامرة|[تي]?خطط|"
                      r"التحريض|تحريض|[تي]?حرض|الدعوة|دعوة|دعوات|دعا|دعت|[تي]دعو)\s+"
                      r"(?:من\s+|إلى\s+)?(?:\w+\s+){0,2}$")
#: How far before a pronoun object the person it stands for may be told (the sentence
#: before: قضت المحكمة بحبس رسام كاريكاتير … عقب القبض عليه).
ANTECEDENT_CHARS: Final = 200
#: How far before a detention noun its verb أودع may stand (أودع قاضي التحقيق لدى محكمة
#: سيدي امحمد بالعاصمة، أمس الأحد، الناشط في الحراك الشعبي محمد تجاديت الحبس).
COMMITTED_CHARS: Final = 130
_COMMIT = re.compile(r"(?<!\w)[وف]?(?:أودع|أودعت|اودع|اودعت)(?!\w)")
#: How far before an assassination an attempt cue is looked for.
ATTEMPT_CHARS: Final = 30


def _key(word: str) -> str:
    return normalize_key(word.translate(_TANWIN))


def _bare(word: str) -> str:
    """``word`` normalised, without و/ف, a preposition ب/ل and the article."""
    return strip_prefix(strip_conj(_key(word)), ("بال", "لل", "ال"), 3)


@cache
def singular_people() -> frozenset[str]:
    """One-word singular people nouns: ``victim_groups.tsv`` sg1 forms and
    ``object_person.tsv``, normalised, without tanwin."""
    groups = casualty_lexicon().groups
    out = {_key(k) for k, g in groups.items() if g.number == "sg1" and " " not in k}
    out.update(_key(cols[0]) for _, cols in tsv_rows("rasd.data.events", "object_person.tsv"))
    return frozenset(out)


@cache
def dual_people() -> frozenset[str]:
    """One-word dual people nouns of ``victim_groups.tsv`` (شابين، رجلين)."""
    groups = casualty_lexicon().groups
    return frozenset(_key(k) for k, g in groups.items() if g.number == "du" and " " not in k)


@cache
def plural_people() -> frozenset[str]:
    """One-word plural people nouns of ``victim_groups.tsv``: a list's second member."""
    groups = casualty_lexicon().groups
    return frozenset(_key(k) for k, g in groups.items() if g.number == "pl" and " " not in k)


def _plural(word: str) -> bool:
    """Whether ``word`` is a plural people noun or an institution (الشرطة، الجيش)."""
    return _bare(word) in plural_people() or _key(word) in plural_people()


def _people_word(word: str) -> bool:
    b = _bare(word)
    return b in singular_people() or b in dual_people() or b in plural_people()


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalpha() or "\u064b" <= text[pos] <= "\u0652"):
        pos += 1
    return pos


def _pronoun(text: str, trigger: Span, limit: int,
             names: Sequence[Span]) -> tuple[int, int, int] | None:
    """The count of a pronoun object fused to the trigger's last word (القبض عليه،
    بحبسه → 1, اعتقالهما → 2) and the word's span, unless an explicit object follows it
    (اعتقالها ثلاثة صرب: the pronoun is the agent)."""
    end = _word_end(text, trigger.end)
    start = text.rfind(" ", 0, end) + 1
    raw = text[start:end].translate(_TANWIN)
    if len(raw) < 4:
        return None
    if raw.endswith("هما"):
        n = 2
    elif raw.endswith(("ه", "ها")) and not raw.endswith("اه"):
        n = 1
    else:
        return None
    after = text[end:limit]
    skipped = len(after) - len(after.lstrip())
    counts = [q for q in extract_numbers(after) if q.is_count]
    if counts and counts[0].span.start == skipped:
        # a count right after: the detention's length (حبسه 15 يوما) or the act's own
        # object (اعتقالها ثلاثة صرب: the pronoun is the act's agent)
        unit = _WORD.match(after, counts[0].span.end + 1)
        if unit is None or _bare(unit.group()) not in _DURATIONS:
            return None
    first = _WORD.match(after, skipped)
    if first is not None and _people_word(first.group()):
        return None  # an explicit object: the pronoun is the act's agent
    if n == 1 and not _person_before(text, start, names):
        return None  # احتجزتها after a tanker: the pronoun is a thing
    return n, start, end


def _person_before(text: str, pos: int, names: Sequence[Span]) -> bool:
    """Whether a person the pronoun at ``pos`` may stand for is told in the
    :data:`ANTECEDENT_CHARS` before it: a PERSON name or a singular people noun."""
    lo = max(0, pos - ANTECEDENT_CHARS)
    if any(lo <= s.start < pos for s in names):
        return True
    return any(_bare(m.group()) in singular_people() for m in _WORD.finditer(text, lo, pos))


def _committed(text: str, trigger: Span,
               names: Sequence[Span]) -> tuple[int, int, int] | None:
    """One person committed to detention by أودع before the trigger's noun: a passive
    with nothing between (المتهم … وأودع التوقيف) or one PERSON name as the object
    (أودع قاضي التحقيق … الناشط محمد تجاديت الحبس المؤقت)."""
    lo = max(0, trigger.start - COMMITTED_CHARS)
    verb = None
    for m in _COMMIT.finditer(text, lo, trigger.start):
        verb = m
    if verb is None or SENTENCE_OR_SEMICOLON_END.search(text, verb.end(), trigger.start):
        return None
    between = text[verb.end():trigger.start]
    if not between.strip():
        return (1, verb.start(), trigger.end) if _person_before(text, verb.start(), names) \
            else None
    inside = [s for s in names if verb.end() <= s.start and s.end <= trigger.start]
    words = [_bare(m.group()) for m in _WORD.finditer(between)]
    if len(inside) != 1 or any(w in plural_people() or w in dual_people() for w in words) \
            or _listed_after(text, inside[0].end, trigger.start, names):
        return None
    return 1, inside[0].start, inside[0].end


def _passive(text: str, trigger: Span,
             names: Sequence[Span]) -> tuple[int, int, int] | None:
    """One person arrested told by a bare singular verb right after كان قد with no object
    but a place or a time (مواطنا إسبانيا … كان قد اعتقل في طنجة): the passive of the person
    told before."""
    end = _word_end(text, trigger.end)
    if _KANA_QAD.search(text, max(0, trigger.start - 12), trigger.start) is None \
            or " " in text[trigger.start:end].strip() \
            or not _AFTER_PASSIVE.match(text, end) \
            or text[trigger.start:end].endswith(("ه", "ها", "هم", "هما", "وا", "ت", "تا")):
        return None
    if not _person_before(text, trigger.start, names):
        return None
    return 1, trigger.start, end


#: كان قد right before a verb (وكان قد، كان قد): its subject is a pronoun.
_KANA_QAD = re.compile(r"(?<!\w)[وف]?كان\s+قد\s+$")
#: What follows a passive with no object: a place or a time.
_AFTER_PASSIVE = re.compile(r"\s+(?:في|ب\w+|خلال|منذ|قبل|بعد|عام|يوم|على\s+يد|إثر|اثر|عقب)"
                            r"(?!\w)")


def _names_at(pos: int, names: Sequence[Span], limit: int) -> list[Span]:
    return [s for s in names if pos <= s.start < limit]


def _one_person_at(text: str, pos: int, limit: int,
                   names: Sequence[Span]) -> tuple[int, int, int] | None:
    """The count (1, or 2 for a dual) of the object starting at ``pos``, and its span."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, pos, limit)]
    if not words:
        return None
    # the object's phrase ends at a comma, a number or a clause break
    stop = _PHRASE_STOP.search(text, pos, limit)
    phrase_end = stop.start() if stop is not None else limit
    a, b = words[0]
    if len(words) > 1 and text[a:b].startswith("ال") and _plural(text[a:b]):
        # the verb's subject, an institution (واعتقلت الشرطة المهاجم وشقيقه): the object
        # follows it
        a, b = words[1]
        words = words[1:]
        pos = a
    if a >= phrase_end:
        return None
    first = _key(text[a:b])
    if first.lstrip("و") in _ONE_OF or first in _ONE_OF:
        return 1, a, b
    if first in _ORDINALS:
        return 1, a, b
    # a PERSON name within a few words: one person unless another follows (a list)
    lead = words[:NAME_LEAD_WORDS + 1]
    inside = [s for s in _names_at(pos, names, phrase_end)
              if s.start <= lead[-1][0] and text[pos:s.start].count("،") == 0]
    if inside:
        name = inside[0]
        between = [text[x:y] for x, y in words if x < name.start]
        if any(_bare(w) in plural_people() or _bare(w) in dual_people() for w in between):
            return None  # صحفيين بينهم فلان: a group
        if _listed_after(text, name.end, phrase_end, names):
            return _pair(text, name.end, phrase_end, names, a)
        return 1, a, name.end
    word = _bare(text[a:b])
    if word in dual_people():
        return 2, a, b
    if word in singular_people():
        if _listed_after(text, b, phrase_end, names, words_ahead=3):
            return _pair(text, b, phrase_end, names, a)
        return 1, a, b
    return None


def _pair(text: str, end: int, limit: int, names: Sequence[Span],
          start: int) -> tuple[int, int, int] | None:
    """Two persons when the one told before ``end`` is joined by و to one more singular
    person and no one else (اعتقلت الشرطة المهاجم وشقيقه → 2); a longer list (والرئيس وين
    مينت وعددا من قادة الحزب) stays uncounted."""
    words = list(_WORD.finditer(text, end, limit))
    if not words or not words[0].group().startswith("و"):
        return None
    second = words[0]
    member = _bare(second.group())
    kin = re.sub(r"(?:ه|ها|هما|هم)$", "", member)
    named = [s for s in names if second.start() <= s.start <= second.start() + 1]
    if not (named or member in singular_people() or kin in singular_people()):
        return None
    member_end = named[0].end if named else second.end()
    # a role noun before the second one's name (والرئيس وين مينت)
    later = [s for s in names if second.end() <= s.start < limit
             and not text[second.end():s.start].strip(" ")]
    if later:
        member_end = later[0].end
    if _listed_after(text, member_end, limit, names, words_ahead=2) or re.match(
            r"\s+و", text[member_end:limit]):
        return None
    return 2, start, member_end


def _listed_after(text: str, end: int, limit: int, names: Sequence[Span],
                  words_ahead: int = 1) -> bool:
    """Whether a second person is joined by و within ``words_ahead`` words after ``end``
    (والرئيس وين مينت، ورسام الكاريكاتير with no name for the first)."""
    for k, m in enumerate(_WORD.finditer(text, end, limit)):
        if k >= words_ahead:
            return False
        w = m.group()
        if w.startswith("و") and len(w) > 2 and (
                _people_word(w) or any(s.start == m.start() + 1 or s.start == m.start()
                                       for s in names)):
            return True
    return False


def one_person_count(text: str, trigger: Span, kind: CasualtyKind,
                     names: Sequence[Span]) -> Casualty | None:
    """The count of the one (or two) persons the act at ``trigger`` is done to, told
    without a number, or None. ``names`` are the page's PERSON name mentions."""
    if _WARRANT.search(text, max(0, trigger.start - 12), trigger.start):
        return None  # مذكرة توقيف: a warrant, no arrest
    limit = min(len(text), trigger.start + ONE_WINDOW_CHARS)
    end = SENTENCE_OR_SEMICOLON_END.search(text, trigger.start, limit)
    if end is not None:
        limit = end.start()
    found = _pronoun(text, trigger, limit, names) or _committed(text, trigger, names) \
        or _passive(text, trigger, names)
    if found is None:
        starts = [trigger.end]
        after = _SUBJECT_THEN_TIME.match(text, trigger.end, limit)
        if after is not None:
            # اعتقلت قوات الاحتلال، فجر اليوم الثلاثاء، الشاب …: the object after the verb's
            # subject and a time between commas; أوقفت قوات الدرك الأمين العام للحزب
            starts.append(after.end())
        prep = _OBJECT_PREP.search(text, trigger.start, limit)
        if prep is not None:
            # the trigger holds its preposition (القبض على), or the object follows one
            # after the verb's subject or the ruling's name (ألقت القبض، فجر الاثنين، على)
            starts = [prep.end()] if prep.start() < trigger.end else [trigger.end, prep.end()]
        for pos in starts:
            found = _one_person_at(text, pos, limit, names)
            if found is not None:
                break
    if found is None:
        return None
    n, a, b = found
    return Casualty(Span(a, b, text[a:b]), kind, n, n, False)


def attempted(text: str, trigger: Span) -> bool:
    """Whether the act at ``trigger`` is only attempted, plotted or called for (محاولة
    اغتيال، نجا من اغتيال، التحريض على اغتيال), or told as a purpose (لاغتيال)."""
    start = text.rfind(" ", 0, trigger.start) + 1
    if text[start:trigger.start + 1].startswith("ل") and text[start + 1:start + 2] in "اإ":
        return True  # لاغتيال: the aim of a plot or a trip
    return _ATTEMPT.search(text, max(0, trigger.start - ATTEMPT_CHARS),
                           trigger.start) is not None


def named_after(text: str, trigger: Span, names: Sequence[Span]) -> int:
    """How many PERSON names the clause after ``trigger`` tells (its objects: اغتيال الرئيس
    فلان وفلان وفلان)."""
    end = _CLAUSE_END.search(text, trigger.end)
    limit = end.start() if end is not None else len(text)
    return sum(1 for s in names if trigger.end <= s.start < limit)
