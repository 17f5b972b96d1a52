"""Reading around a casualty word: counts, victim groups and the context that cancels a
casualty (a release, a disease), for :mod:`rasd.text.casualties`.

:class:`CountReader` holds one normalised text with its numbers and the casualty lexicon,
and answers the questions the linker asks at a position (is a count right here or right
before, which victim group follows, does a release word precede); the linking itself is
:class:`rasd.text.casualty_verbs.VerbLinker` and
:class:`rasd.text.casualties._Linker`, subclasses. Split out of ``casualties.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rasd.model import CasualtyKind
from rasd.text.casualty_lexicon import (
    VictimGroup,
    casualty_lexicon,
    context_re,
    group_re,
    trigger_re,
)
from rasd.text.normalize import NormalizedText
from rasd.text.numbers import QuantityMatch, quantities_in

#: How far before a casualty a release word (``الإفراج عن``) or after it a disease word may be.
RELEASE_WINDOW_CHARS = 40
DISEASE_WINDOW_CHARS = 50
#: How far after an arrest or abduction count ``محررا`` ("freed") may follow (one or two words:
#: ``54 أسيرا فلسطينيا محررا``).
RELEASED_AFTER_CHARS = 24

CLAUSE_END = re.compile(r"[.!?؟;؛\n]")
_NOUN_GAP = re.compile(r"\s+(?:من\s+)?")
AT_LEAST = re.compile(r"\s+علي\s+الاقل(?!\w)")
#: The same after one or two nisba adjectives of the counted noun (11 جنديا صوماليا على
#: الأقل): normalised text, so ة is ه.
_AT_LEAST_AFTER_NISBA = re.compile(r"(?:\s+[^\W\d]+ي(?:ا|ين|ون|ه)?){1,2}\s+علي\s+الاقل(?!\w)")
_BEFORE_WORD = re.compile(r"(?P<w>[^\W\d]+)\s+$")
#: Right before a count, the figure is one a correction sets aside (وليس أربعة قتلى، بدلا من
#: 12 قتيلا): normalised text.
_CORRECTED_BEFORE = re.compile(r"(?<!\w)(?:و?ليس[ت]?|بدلا\s+من|عوضا\s+عن)\s+$")
#: A toll noun and then إلى right before a bare casualty noun (ارتفعت الحصيلة إلى قتيلين،
#: وعدلت الوزارة الحصيلة اليوم إلى قتيلين), within :data:`TOLL_TO_CHARS`: normalised text.
TOLL_TO_CHARS = 40
_TOLL_TO = re.compile(r"(?<!\w)[وفبل]*(?:ال)?(?:حصيله|عدد)(?:\s+[^\W\d]+){0,3}\s+الي\s+$")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?؟;؛:\n\"«“(])\s*$")
_SKIPPABLE_TIME = frozenset({"امس", "مساء", "صباح", "فجر", "ظهر", "ليل", "ليله", "صباحا",
                             "مساءا", "ليلا", "فجرا", "ظهرا"})

#: A time insert between commas (أوقفت الوحدات الأمنية، ليلة الثلاثاء، 12 شخصا، أوقفت
#: المصالح، خلال الأسبوع الماضي، 14 مشتبها): normalised text, its words checked against
#: :data:`INSERT_TIME`.
COMMA_INSERT = re.compile(r"\s*[،,]\s*(?P<words>[^\W\d]+(?:\s+[^\W\d]+){0,3})\s*[،,]")
INSERT_TIME = frozenset({"اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                         "الجمعه", "السبت", "الماضي", "الماضيه", "ليله", "ليل", "مساء", "صباح",
                         "فجر", "ظهر", "امس", "يوم", "خلال", "الاسبوع", "الشهر", "الايام",
                         "الساعات", "الاخيره", "الاخير", "نفسه", "نفسها",
                         # a counted span (خلال الأيام الثلاثة الماضية، خلال اليومين الماضيين)
                         "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "العشره",
                         "اليومين", "الاسبوعين", "الشهرين", "الماضيين", "المنصرم",
                         "المنصرمه", "القليله", "الساعه"})
#: A casualty verb's subject may run long (قتل مسلحون من «القوات الديمقراطية المتحالفة» 26
#: مدنيا، قتلت غارة جوية شنها الجيش على سوق مزدحمة، صباح الأحد، إحدى عشرة امرأة، اعتقلت
#: قوات الاحتلال شابين): up to this many words, and only when a victim group names whom the
#: count counts, since a bare number that far from its verb may count anything.
LONG_SUBJECT_WORDS = 15
#: One word of a long subject, with quotation marks around it (no comma, no line break).
_LONG_WORD = re.compile(r"[ \t«»\"“”]*(?P<w>[^\W\d]+)[»\"”]*")
#: Words that end a long subject: a relative clause (its own verb's objects follow: اعتقلت
#: الشرطة الرجل الذي هاجم 5 جنود), a period or background (منذ، بعد، قبل), a sub-count, "any"
#: (عدم إصابة أي مدني), a resumptive pronoun the near reading has judged already (التي قتل
#: خلالها أكثر من 600 شخص منذ تنصيب الرئيس: a series' tally).
_LONG_SUBJECT_STOP = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
                                "اللتان", "منذ", "بعد", "قبل", "بينهم", "منهم", "عندما", "اي",
                                "فيه", "فيها", "فيهما", "خلاله", "خلالها"})
_PREPOSITIONS = frozenset({"في", "علي", "الي", "من", "عن", "مع", "لدي", "عند", "داخل", "قرب",
                           "امام"})

#: A toll's second part told with its verb left out, after a comma: و, a count and آخرون
#: (أصيب 37 مواطنا بحالات اختناق …، وثلاثة آخرون بالرصاص المعدني), within this many
#: characters of the first part's end and with no casualty word between.
GAPPED_PART_CHARS = 90
_GAPPED_LEAD = re.compile(r"[،,]\s*و\s*$")
_OTHERS = re.compile(r"\s+(?:اخرون|اخرين)(?!\w)")


@dataclass(slots=True)
class Found:
    """A casualty count being built: its kind, bounds, victims and span (normalised text)."""

    kind: CasualtyKind
    low: int | None
    high: int | None
    approx: bool
    who: str | None
    start: int
    end: int


class CountReader:
    """One text's numbers and casualty lexicon, read at given positions."""

    def __init__(self, nt: NormalizedText, matches: list[re.Match[str]],
                 quantities: list[QuantityMatch] | None) -> None:
        self.s = nt.text
        self.matches = matches
        self.quantities = quantities if quantities is not None else quantities_in(nt)
        self.starts = [q.start for q in self.quantities]
        self.ends = [q.end for q in self.quantities]
        self.by_start = {q.start: i for i, q in enumerate(self.quantities)}
        self.claimed: set[int] = set()
        #: Ends of casualty nouns counted as one (قتيل واحد): a dual or singular noun joined
        #: to one by و (وجريحين) counts by its own number.
        self.noun_ends: set[int] = set()
        self.lex = casualty_lexicon()

    def _quantity_at(self, pos: int) -> int | None:
        p = pos
        while p < len(self.s) and self.s[p].isspace():
            p += 1
        return self.by_start.get(p)

    def _count_at(self, pos: int) -> int | None:
        qi = self._quantity_at(pos)
        if qi is None or qi in self.claimed or not self.quantities[qi].quantity.is_count:
            return None
        return qi

    def _count_before(self, pos: int) -> int | None:
        k = bisect_right(self.ends, pos) - 1
        if k < 0 or k in self.claimed or not self.quantities[k].quantity.is_count:
            return None
        if _NOUN_GAP.fullmatch(self.s, self.quantities[k].end, pos) is None:
            return None
        return k

    def _group_after(self, pos: int) -> tuple[VictimGroup, int] | None:
        m = group_re(True).match(self.s, pos)
        if m is None:
            return None
        info = self.lex.groups[m.group("g")]
        who, end = self._name_generic(info.label, m.end())
        return (info if who == info.label else VictimGroup(who, info.number)), end

    def _name_generic(self, label: str | None, end: int) -> tuple[str | None, int]:
        """A generic word's group from what follows it (أشخاص من المدنيين, عنصران من
        الشرطة); a labelled group stays as it is."""
        if label is not None:
            return label, end
        more = group_re(True).match(self.s, end)
        if more is not None and self.lex.groups[more.group("g")].label is not None:
            return self.lex.groups[more.group("g")].label, more.end()
        return None, end

    def _label(self, m: re.Match[str] | None) -> str | None:
        return None if m is None else self.lex.groups[m.group("g")].label

    def _noun_at(self, pos: int) -> bool:
        m = trigger_re().match(self.s, pos + len(self.s[pos:]) - len(self.s[pos:].lstrip()))
        return m is not None and self.lex.triggers[m.group("t")].role in ("noun", "both")

    def _after_long_subject(self, pos: int) -> int | None:
        """Where the victims of a casualty verb at ``pos`` start after a long subject
        (:data:`LONG_SUBJECT_WORDS`): at a count a victim group follows, or at an indefinite
        dual or singular victim (شابين); ``None`` when no such victims follow in the clause."""
        s, crossed_prep = self.s, False
        for _ in range(LONG_SUBJECT_WORDS + 1):
            insert = COMMA_INSERT.match(s, pos)
            if insert is not None and all(w in INSERT_TIME
                                          for w in insert.group("words").split()):
                pos = insert.end()
            qi = self._quantity_at(pos)
            if qi is not None:
                q = self.quantities[qi]
                ok = qi not in self.claimed and q.quantity.is_count \
                    and self._group_after(q.end) is not None
                return q.start if ok else None
            group = group_re(False).match(s, pos)
            if group is not None and group.group("art") is None:
                number = self.lex.groups[group.group("g")].number
                # after a preposition a singular is where, not whom (في منزل رجل أعمال)
                if number == "du" or (number == "sg1" and not crossed_prep):
                    return pos
            word = _LONG_WORD.match(s, pos)
            if word is None or word.group("w") in _LONG_SUBJECT_STOP \
                    or trigger_re().match(s, word.start("w")) is not None:
                return None
            crossed_prep = crossed_prep or word.group("w") in _PREPOSITIONS
            pos = word.end()
        return None

    def _event_kind_before(self, pos: int) -> CasualtyKind | None:
        """The kind of a casualty verb or verbal noun right before ``pos`` (``وفاة`` before
        ``خمسة من المصابين``), if one stands there."""
        for m in self.matches:
            if m.end() <= pos and not self.s[m.end():pos].strip():
                trig = self.lex.triggers[m.group("t")]
                if trig.role in ("event", "event_strict"):
                    return trig.kind  # type: ignore[return-value]
        return None

    def _gapped_part(self, end: int) -> int | None:
        """The count of a toll's second part told after ``end`` with its verb left out
        (:data:`GAPPED_PART_CHARS`), claimed; ``None`` when there is none."""
        s = self.s
        clause = CLAUSE_END.search(s, end)
        stop = min(end + GAPPED_PART_CHARS, clause.start() if clause else len(s))
        for k in range(bisect_right(self.starts, end), len(self.quantities)):
            q = self.quantities[k]
            if q.start >= stop:
                return None
            if k in self.claimed or not q.quantity.is_count:
                continue
            if _GAPPED_LEAD.search(s, max(end, q.start - 8), q.start) is None \
                    or _OTHERS.match(s, q.end) is None:
                continue
            if any(end <= m.start() < q.start for m in self.matches):
                return None
            self.claimed.add(k)
            return k
        return None

    def _skippable(self, word: str) -> bool:
        if word in _SKIPPABLE_TIME or word in self.lex.context.get("link", ()):
            return True
        return word.startswith("ال") and word not in self.lex.triggers

    def _from_quantity(self, kind: CasualtyKind, qi: int, who: str | None,
                       start: int, end: int) -> Found:
        q = self.quantities[qi].quantity
        low = int(q.min) if q.min is not None else None
        high = int(q.max) if q.max is not None else None
        return Found(kind, low, high, q.approx, who, min(start, self.quantities[qi].start), end)

    def _with_at_least(self, f: Found) -> Found:
        m = AT_LEAST.match(self.s, f.end) or _AT_LEAST_AFTER_NISBA.match(self.s, f.end)
        if m is not None:
            f.high, f.approx, f.end = None, True, m.end()
        return f

    def _after_occurrence(self, start: int) -> bool:
        """Whether ``start`` follows a verb of occurrence or opens a clause (a headline)."""
        head = self.s[max(0, start - 24):start]
        if not head.strip() or _CLAUSE_OPEN.search(head):
            return True
        if _TOLL_TO.search(self.s, max(0, start - TOLL_TO_CHARS), start):
            return True  # عدلت الوزارة الحصيلة اليوم إلى قتيلين: the toll's new figure
        return context_re("occurrence", at_end=True).search(
            self.s, max(0, start - 24), start) is not None

    def _not_an_event(self, start: int) -> bool:
        m = _BEFORE_WORD.search(self.s, max(0, start - 24), start)
        if m is None:
            return False
        word = m.group("w")
        not_event = self.lex.context.get("not_event", frozenset())
        return word in not_event or word.lstrip("وفبل") in not_event

    def _really_happened(self, f: Found) -> bool:
        s = self.s
        if _CORRECTED_BEFORE.search(s, max(0, f.start - 16), f.start):
            return False  # وليس أربعة قتلى كما ورد سابقا: the figure a correction replaces
        clause_start = max(0, f.start - RELEASE_WINDOW_CHARS)
        for m in CLAUSE_END.finditer(s, clause_start, f.start):
            clause_start = m.end()
        if f.kind in ("arrested", "abducted", "missing") and (
                context_re("release").search(s, clause_start, f.start)
                or context_re("released_after").search(s, f.end, f.end + RELEASED_AFTER_CHARS)):
            return False
        if f.kind in ("injured", "killed"):
            window_end = f.end + DISEASE_WINDOW_CHARS
            clause = CLAUSE_END.search(s, f.end)
            if clause is not None:
                window_end = min(window_end, clause.start())
            if context_re("disease").search(s, clause_start, window_end):
                return False
        return True
