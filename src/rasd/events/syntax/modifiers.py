"""Modifier cues (``data/events/modifiers.tsv``) applied to the trigger matches of a sentence:
negation, denial, foiled acts, future, hypothetical, generic statements, embedded content,
and where the attribution cues are.

The cues are found by :mod:`rasd.events.syntax.cues`; this module gives each match its
:class:`Flags` from the cues in scope (a clause, a window, the sentence) and from the
verb's own shape (the future prefix س, the purpose particle لـ, "every day"). Clause
boundaries are :mod:`rasd.events.syntax.clauses`; their names are re-exported here, where the
other stages have long imported them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.matcher import HARD_PUNCT, Match
from rasd.events.syntax.accusation_nouns import spared_by_denial  # accuse22
from rasd.events.syntax.clauses import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    COMMAS,
    backgrounder_after,
    clause_end,
    clause_start,
    continues,
    past_verb,
    strip_conj,
)
from rasd.events.syntax.coordinated_acts import content_stop
from rasd.events.syntax.cues import Cue, SentenceCues, find_cues
from rasd.events.syntax.second_complements import opens_second_to  # fix57
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

__all__ = [
    "CLAUSE_OPENERS", "Cue", "Flags", "SentenceCues", "backgrounder_after", "clause_end",
    "clause_start", "continues", "find_cues", "flags_for", "past_verb", "strip_conj",
]

@dataclass(slots=True)
class Flags:
    """What the cues of a sentence say about one match."""

    negated: bool = False
    denied: bool = False
    future: bool = False
    hypothetical: bool = False
    content: bool = False  # the content of a request, threat, promise or refusal
    generic: bool = False
    result: bool = False  # the consequence of an act told before it (ما أدى إلى مقتل)


def _future_prefix(m: Match, toks: list[Token]) -> bool:
    """A verb trigger read through the future prefix س (ستعقد، وسيزور), also when a phrase
    tells its verb last (عملية التبادل ستنفذ على مراحل)."""
    if m.trigger.pos not in ("verb", "phrase"):
        return False
    ends = [(m.first, m.trigger.slots[:1])]
    if m.trigger.pos == "phrase" and m.last > m.first:
        ends.append((m.last, m.trigger.slots[-1:]))
    for k, slots in ends:
        word = strip_conj(toks[k].norm)
        if len(word) >= 4 and word[0] == "س" and word[1] in "يتن" \
                and all(word not in alt for slot in slots for alt in slot.alts):
            return True
    return False


#: عاد before لـ + imperfect tells the act done again, not a purpose (عادت المسيرات لتستهدف
#: المسعفين، عاد ليؤكد): normalised, after any و/ف.
RESUMING = frozenset(normalize_key(w) for w in ("عاد", "عادت", "عادوا", "عادا", "عادتا"))


def _purpose_prefix(m: Match, toks: list[Token]) -> bool:
    """A verb trigger read through the particle لـ fused to an imperfect (ليقتل، ليدعو،
    ليقتلوا): 'in order to' or 'let him', a purpose or a command, not an act done. After a
    comma it tells what followed (، لتنسحب القوات): that consequence is reported."""
    if m.trigger.pos != "verb" or (m.first > 0 and toks[m.first - 1].norm in COMMAS):
        return False
    if m.first > 0 and strip_conj(toks[m.first - 1].norm) in RESUMING:
        return False  # عادت المسيرات لتستهدف المسعفين: 'again targeted', done (round 28)
    word = strip_conj(toks[m.first].norm)
    if len(word) < 4 or word[0] != "ل" or word[1] not in "يتن":
        return False
    return all(word not in alt for slot in m.trigger.slots[:1] for alt in slot.alts)


#: Units of "every <unit>" (كل يوم، كل صباح) and the adverb "daily" (normalised): an act told
#: as daily is a habit or a figure of speech (كل صباح يشن التجار هجوما على جيوب المواطنين).
#: Matched in code, not as a modifiers.tsv row, whose cue words (يوم، مساء) would become
#: attributes of the candidate filter.
_DAILY_UNITS = frozenset(["يوم", "صباح", "مساء", "ليله", "اسبوع", "ساعه"])
_DAILY_WORDS = frozenset(["يوميا"])
#: Tokens looked at on either side of the trigger.
_DAILY_REACH = 3


def _daily(m: Match, toks: list[Token]) -> bool:
    """Whether "every day/morning/night" or "daily" stands within a few tokens of a
    trigger told by an imperfect verb (يشن، تقصف), with no punctuation between. A past
    verb tells acts that happened, however often (تعرضت يوميا لاعتداء جسدي)."""
    word = strip_conj(toks[m.first].norm)
    if m.trigger.pos not in ("verb", "phrase") or word[:1] not in ("ي", "ت") \
            or past_verb(word):
        return False
    def habitual(k: int) -> bool:
        word = strip_conj(toks[k].norm)
        return word in _DAILY_WORDS or (
            word in ("كل", "وكل", "فكل") and k + 1 < len(toks) and toks[k + 1].norm in _DAILY_UNITS)
    for k in range(m.first - 1, max(-1, m.first - 2 - _DAILY_REACH), -1):
        if toks[k].norm in HARD_PUNCT:
            break
        if habitual(k):
            return True
    for k in range(m.last + 1, min(len(toks), m.last + 1 + _DAILY_REACH)):
        if toks[k].norm in HARD_PUNCT:
            break
        if habitual(k):
            return True
    return False


#: Prepositions that make a trigger the setting of a speech act, not its content (اتفق
#: الجانبان خلال اتصال هاتفي على …، تعهد في ختام القمة ب…): normalised.
_SETTING_WORDS = frozenset(["خلال", "اثناء", "ختام", "هامش"])


def _setting(m: Match, toks: list[Token]) -> bool:
    """Whether the meeting or call of ``m`` is the occasion of the act before it (خلال
    اتصال هاتفي): only talks are such a setting."""
    return m.trigger.type == "CONSULT" and m.first > 0 \
        and strip_conj(toks[m.first - 1].norm) in _SETTING_WORDS


#: Trigger rows (lemmas of triggers.tsv) that name an agreement by its signing participle or
#: a past relative clause (اتفاق السلام الموقع عام 2018، الاتفاقية التي توصلت إليها بغداد
#: وواشنطن، التفاهم الذي رعته السعودية):
#: the words themselves assert a signing that took place, so the frame or the call the
#: agreement is named in (في إطار مذكرة التفاهم الموقعة، دعت إلى العودة إلى اتفاق السلام
#: الموقع، يهدد اتفاق وقف إطلاق النار الموقع) makes it neither generic nor content. A
#: negation or a denial still applies.
SIGNED_LEMMAS = frozenset({"اتفاق السلام الموقع", "اتفاق توصل إليه", "اتفاق رعته"})
#: Plural agreement nouns (normalised stems): أي مساس بالاتفاقيات الدولية الموقعة بين البلدين
#: names a body of treaties, not one signing, and keeps the flags its frame gives it.
_PLURAL_AGREEMENTS = ("اتفاقيات", "اتفاقات", "معاهدات", "مذكرات")


def _signed(m: Match, toks: list[Token]) -> bool:
    """Whether ``m`` names one agreement by its signing (:data:`SIGNED_LEMMAS`)."""
    return m.trigger.lemma in SIGNED_LEMMAS \
        and not any(stem in toks[m.first].norm for stem in _PLURAL_AGREEMENTS)


def flags_for(matches: list[Match], toks: list[Token], cues: SentenceCues) -> list[Flags]:
    """The flags each match gets from the sentence's cues."""
    flags = _cue_flags(matches, toks, cues)
    for m, f in zip(matches, flags, strict=True):
        if _signed(m, toks):
            f.content = f.generic = False
    return flags


def _cue_flags(matches: list[Match], toks: list[Token], cues: SentenceCues) -> list[Flags]:
    flags = [Flags(future=_future_prefix(m, toks) or _purpose_prefix(m, toks),
                   generic=_daily(m, toks)) for m in matches]
    for cue in cues.cues:
        mod = cue.mod
        if mod.effect in ("none", "attribution"):
            continue
        for k in _in_scope(cue, matches, toks):
            if matches[k].first <= cue.first <= matches[k].last \
                    and not _subject_in_gap(cue, matches[k]) \
                    and not (mod.scope == "sentence" and mod.effect == "not-event"):
                # the cue is part of the trigger itself (لن يترشح، رفض الإفراج); a sentence's
                # non-political frame counts even inside a phrase's gap (فرضت [مفارز المرور]
                # طوقا)
                continue
            if not type_allowed(mod.condition, matches[k].trigger.type):
                continue  # fix48: a cue for some types only (types:PROTEST)
            if spared_by_denial(matches[k].trigger, mod.kind, mod.effect):
                continue  # accuse22: a denied accusation was still made
            f = flags[k]
            if mod.effect.startswith("negated"):
                f.negated = True
                f.denied = f.denied or mod.kind == "denial"
                f.future = f.future or mod.effect.endswith("future")
            elif mod.effect == "future":
                f.future = True
            elif mod.effect == "hypothetical":
                f.hypothetical = True
            elif mod.effect == "content":
                if not _setting(matches[k], toks):
                    f.content = True
            elif mod.effect == "not-event":
                f.generic = True
            elif mod.effect == "result":
                f.result = True
    return flags


#: fix48: most tokens between two acts listed with و (الإضراب المفتوح ومقاطعة التسجيل):
#: a time or a condition told after the list governs each of them.
LISTED_GAP = 4


def type_allowed(condition: str, type_: str) -> bool:
    """fix48: whether a cue whose condition names types (``types:PROTEST|COERCE``; the cue
    finder takes the unknown word as always true) applies to a trigger of ``type_``: a strike
    announced from next Monday has not begun, a ban lifted or a pledge made from next week
    are decisions taken now (ev-1441, ev-1861, fix39's lifted travel ban)."""
    for cond in condition.split(";"):
        if cond.startswith("types:") and type_ not in cond[len("types:"):].split("|"):
            return False
    return True


def joined_before(k: int, matches: list[Match], toks: list[Token]) -> list[int]:
    """fix48: the triggers listed before ``matches[k]``, each joined to the next by a fused و
    within :data:`LISTED_GAP` tokens and no hard punctuation (أعلنت الرابطة الإضراب المفتوح
    ومقاطعة التسجيل اعتبارا من الاثنين المقبل: both acts are the announced future ones)."""
    out: list[int] = []
    while k > 0:
        m, prev = matches[k], matches[k - 1]
        if toks[m.first].clitics[:1] != "و" or prev.last >= m.first \
                or m.first - prev.last - 1 > LISTED_GAP \
                or any(t.norm in HARD_PUNCT for t in toks[prev.last + 1:m.first]):
            break
        out.append(k - 1)
        k -= 1
    return out


def _in_scope(cue: Cue, matches: list[Match], toks: list[Token]) -> list[int]:
    mod = cue.mod
    if mod.scope == "sentence":
        return list(range(len(matches)))
    if mod.scope == "clause":
        end = clause_end(toks, cue.last)
        # a و-fused past verb (واتهم) opens a main clause of its own: no part of the content
        stop = content_stop(toks, matches, cue.last, end) if mod.effect == "content" else end
        found = [k for k, m in enumerate(matches) if cue.last < m.first < stop]
        if mod.effect == "content" or mod.kind == "generic":
            # the content after a long insert (وينص الاتفاق، وفق نسخة اطلعت عليها الجزيرة
            # نت، على انسحاب القوات): a text's terms, like a speech act's complement; the
            # clause before the insert may hold a trigger of its own (الاتفاق)
            found += _content_after_insert(toks, end, matches)
            found += _listed_terms(toks, end, matches)
        if not found and mod.kind == "denial" and _object_after_comma(toks, end):
            # a denial whose clause ends before its object (نفى المتحدث باسم الجماعة، محمد
            # عبد السلام، أمس ما نقل عن زعيمهم بشأن رفضه): the object is in the next clause
            nxt = clause_end(toks, end + 1)
            found = [k for k, m in enumerate(matches) if end < m.first < nxt]
        return found
    out: list[int] = []
    if mod.position in ("before", "around"):
        after = [k for k, m in enumerate(matches)
                 if m.first > cue.last and m.first - cue.last - 1 <= mod.window
                 and not any(t.norm in HARD_PUNCT for t in toks[cue.last + 1:m.first])]
        out.extend(after[:1])
    if mod.position in ("after", "around"):
        before = [k for k, m in enumerate(matches)
                  if m.last < cue.first and cue.first - m.last - 1 <= mod.window]
        out.extend(before[-1:])
        if before and mod.effect in ("future", "hypothetical"):  # fix48
            out.extend(joined_before(before[-1], matches, toks))
        out.extend(k for k, m in enumerate(matches) if _subject_in_gap(cue, m))
    return out


#: Longest insert between an agreement verb and its complement (اتفقت الحكومتان، خلال اجتماع
#: عقد في مدينة جربة أمس الخميس، على إعادة فتح المعبر).
CONTENT_INSERT_WORDS = 12  # fix42: في ختام اجتماع طارئ عقده أمس الاثنين بمقر الاتحاد في أديس أبابا
#: Prepositions that open such a complement (normalised: على is علي).
_COMPLEMENT_PREPS = frozenset({"علي", "الي"})


def _content_after_insert(toks: list[Token], end: int, matches: list[Match]) -> list[int]:
    """The triggers of a complement told after a long insert that ends the cue's clause at
    ``end`` (a comma): the clause after the insert's closing comma, opened by على / إلى."""
    if end >= len(toks) or toks[end].norm not in COMMAS:
        return []
    for k in range(end + 1, min(len(toks) - 1, end + CONTENT_INSERT_WORDS + 2)):
        t = toks[k]
        if t.norm in CLAUSE_PUNCT and t.norm not in COMMAS:
            return []
        if t.norm in COMMAS:
            if k == end + 1:
                return []
            prep = _complement_prep(toks, k + 1, end + 1, matches)  # fix42: a recipient
            if prep is None:
                return []
            stop = clause_end(toks, prep)
            found = [i for i, m in enumerate(matches) if k < m.first < stop]
            return found + _listed_terms(toks, stop, matches)
    return []


#: Most words of a call's recipient between the insert's closing comma and the complement's
#: preposition (دعا المجلس، في ختام اجتماع …، طرفي النزاع في السودان إلى هدنة) (fix42).
RECIPIENT_WORDS = 5


def _complement_prep(toks: list[Token], start: int, insert: int,
                     matches: list[Match]) -> int | None:
    """Where the complement opened by على / إلى starts at or after ``start``: right there,
    or after a recipient of at most :data:`RECIPIENT_WORDS` words with no punctuation, no
    trigger and no و-fused word (which opens a clause of its own) (fix42, round 42). An
    "insert" opened by فيما / بينما / كما or a و-fused word (…، فيما دعا رئيس الوزراء
    المحتجين إلى) is a clause of its own, not an insert."""
    if toks[insert].norm in _OWN_CLAUSE or toks[insert].clitics[:1] == "و":
        return None
    if start < len(toks) and toks[start].norm in _COMPLEMENT_PREPS:
        return start
    if toks[start].norm in _OWN_CLAUSE:
        return None
    firsts = {m.first for m in matches}
    for k in range(start, min(len(toks), start + RECIPIENT_WORDS + 1)):
        t = toks[k]
        if t.norm in _COMPLEMENT_PREPS:
            return k
        if t.norm in CLAUSE_PUNCT or k in firsts or (k > start and t.clitics[:1] == "و"):
            return None
    return None


#: Words that open a clause of their own after a comma (whereas, as also) (fix42).
_OWN_CLAUSE = frozenset({"فيما", "بينما", "كما", "حيث", "ثم"})


#: وعلى after a comma (normalised): a second complement opened by the verb's own على.
AND_ON = "وعلي"


def _listed_terms(toks: list[Token], end: int, matches: list[Match]) -> list[int]:
    """The triggers heading the terms listed after the clause ending at the comma ``end``,
    each a و-joined verbal noun (ينص الاتفاق على انسحاب القوات، وتسليم النقطة، وتبادل المحتجزين):
    more of the same text's terms or of the same call, not acts of their own. A و-fused
    verb, or any other word, opens a clause of its own and ends the list."""
    found: list[int] = []
    starts = {m.first: k for k, m in enumerate(matches)}
    k = end
    while k + 1 < len(toks) and toks[k].norm in COMMAS:
        head = toks[k + 1]
        if head.norm == AND_ON or opens_second_to(head):  # fix57: …، وإلى فتح ممرات
            # …، وعلى استئناف عمليات ترحيل المهاجرين: a second complement of the same verb
            # (اتفقا على عقد الاجتماع …، وعلى استئناف …), its triggers its content (fix38)
            stop = clause_end(toks, k + 1)
            found.extend(i for i, m in enumerate(matches) if k + 1 < m.first < stop)
            k = stop
            continue
        opener = starts.get(k + 1)
        pos = matches[opener].trigger.pos if opener is not None else None
        if head.clitics[:1] != "و" or not (
                pos == "noun" or (pos != "verb" and not past_verb(head.base))
                or (pos == "phrase" and head.clitics.endswith("ال"))):  # fix42: والسماح بمرور
            break  # a phrase row or a word no row starts may be a verb (وأطلق سراح)
        if opener is not None:
            found.append(opener)  # the term's own noun; a verb inside the term (لجنة تعقد
            # أول اجتماعاتها الأحد المقبل) tells another act, with its own flags
        k = clause_end(toks, k + 1)
    return found


#: Words that open a denied object (ما نقل عن، ما نسب إليه، الأنباء، التقارير): normalised.
_DENIED_OBJECT = frozenset(["ما", "الانباء", "التقارير", "الاتهامات", "الادعاءات", "المزاعم",
                            "صحه", "وجود", "ان"])
#: How far into the next clause the denied object may start (an appositive name, a place
#: or a day before it: ، محمد عبد السلام على صفحته أمس ما نقل).
DENIED_OBJECT_WINDOW = 14


def _object_after_comma(toks: list[Token], end: int) -> bool:
    """Whether the clause after the comma at ``end`` holds a denial's object: it is not a
    new clause (no و/ف-fused word opens it) and a word that opens a denied object (ما نقل،
    الأنباء، أن) comes within :data:`DENIED_OBJECT_WINDOW` tokens."""
    if end >= len(toks) - 1 or toks[end].norm not in COMMAS:
        return False
    if toks[end + 1].clitics[:1] in ("و", "ف"):
        return False
    stop = clause_end(toks, end + 1)
    return any(t.norm in _DENIED_OBJECT
               for t in toks[end + 1:min(stop, end + 1 + DENIED_OBJECT_WINDOW)])


def _subject_in_gap(cue: Cue, m: Match) -> bool:
    """Whether a not-event subject cue opens the gap of a phrase trigger (وقعت [الشركة]
    عقدا): the verb's subject, which the cue judges like one right after a verb."""
    return cue.mod.effect == "not-event" and cue.mod.position == "after" \
        and cue.mod.window == 0 and cue.first == m.first + 1 < m.last
