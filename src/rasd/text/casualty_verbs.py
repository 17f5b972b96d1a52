"""Casualty verbs and their victims, for :mod:`rasd.text.casualties`.

:class:`VerbLinker` reads the victims of a casualty verb or verbal noun on either side of it:

* after it, past a short subject, a time insert or a resumptive ``فيها`` (``مقتل 5``,
  ``قتلت القوات الحكومية 9 مسلحين``, ``مقتل أحد الجنود``), or past a long subject when a
  victim group follows the count;
* before it (``5 جنود قتلوا``, ``لقي جنديان مصرعهما``), the head of a sub-count
  (``17 مدنيا، بينهم خمسة أطفال، قتلوا``) taking the verb;
* a toll told in parts joined by و (``مقتل 22 مهاجما وسبعة جنود``, ``قتلت امرأة وطفلاها``)
  or with its verb left out (``…، وثلاثة آخرون``), summed.

:func:`inherent_count` is the count a noun's own grammatical number gives. The passes over
a text's casualty words, nouns and tolls are :class:`rasd.text.casualties._Linker`, a
subclass. Split out of ``casualties.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rasd.model import CasualtyKind
from rasd.text.casualty_lexicon import (
    Trigger,
    group_at_re,
    group_before_re,
    group_re,
)
from rasd.text.casualty_reader import (
    AT_LEAST,
    CLAUSE_END,
    COMMA_INSERT,
    INSERT_TIME,
    CountReader,
    Found,
)

#: Words that may stand between a casualty verb and its victims: the subject of an active
#: verb (``قتلت القوات الحكومية 9 مسلحين``, ``اعتقلت قوات الأمن المصرية ناشطا``), a time
#: word (``أمس``) or a linking verb (``حملة اعتقالات طالت 25 فلسطينيا``).
MAX_SUBJECT_WORDS = 3
#: A relative clause on the victims before their verb (اثنين من عناصر التنظيم الذين نفذوا
#: الهجوم قتلا): a people relative pronoun and up to three words, normalised text.
_RELATIVE_CLAUSE = re.compile(
    r"\s(?:الذين|اللذين|اللذان|اللتين|اللتان|اللواتي)(?:\s+[^\W\d]+){1,3}\s*$")
#: Words between a count and a verb that follows it (``3 جنود فرنسيين قتلوا``,
#: ``3 من موظفيها قتلوا``), besides a victim group.
MAX_WORDS_BEFORE_VERB = 2
_WORD = re.compile(r"\s+(?P<w>[^\W\d]+)")
#: A partitive phrase (من القوات الجنوبية) right before a verb that follows its victims, up
#: to three words after من: normalised text.
_PARTITIVE_BEFORE = re.compile(r"\sمن(?:\s+[^\W\d]+){1,3}\s+$")
#: A sub-count's lead (، بينهم / من بينهم / منهم) right before it: normalised text.
_AMONG = re.compile(r"[،,]?\s*(?:من\s+)?(?:بينهم|بينهن|منهم|منهن)\s*$")
_ONE_OF = re.compile(r"\s+(?:احد|احدي)(?=\s)")
#: "One of" a definite plural group right before a verb of its harm (أحد العسكريين أصيب).
_ONE_OF_BEFORE = re.compile(
    r"(?<!\w)(?P<one>احد|احدي)\s+ال(?P<g>[^\W\d]+)\s+$")
#: The numeral two after a plural noun (معلمين اثنين، مدنيتين اثنتين): normalised text.
_TWO = re.compile(r"\s+(?:اثنين|اثنان|اثنتين|اثنتان)(?!\w)")
#: An opening quotation mark between a casualty verb and a quoted count (مقتل «عشرات
#: المسلحين»).
_OPEN_QUOTE = re.compile(r"\s*[«\"“]")
#: A second count joined to a first by و, with up to three words of the first group's phrase
#: between (مقتل 22 مهاجما وسبعة جنود، مقتل العشرات من مسلحي الجماعة وسبعة من جنود الجيش،
#: قتل ضابط برتبة ملازم أول وثلاثة جنود): one act's victims counted in two parts, summed.
_AND_COUNT = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+و\s*(?=\S)")
#: Prepositions that may stand, with a definite noun after them, between a casualty verb and
#: its count (قتلت خلال العملية أربعة، وأصيب في الاقتحام 14 مواطنا).
_SKIPPABLE_PREP = frozenset({"في", "خلال", "اثناء", "جراء"})
#: A preposition with a pronoun back to the act, between a casualty verb and its count in a
#: relative clause (بغارات جوية قتل فيها عشرات، هجوم أصيب فيه 19 آخرون): normalised text.
_RESUMPTIVE = frozenset({"فيه", "فيها", "فيهما"})
#: The same with خلال (مواجهات أصيب خلالها 3، عملية قتل خلالها أكثر من عشرين), unless its
#: clause then names a period with منذ: the pronoun points back to a series, whose tally is
#: no act's toll (سلسلة من التفجيرات … التي قتل خلالها أكثر من 600 شخص منذ تنصيب الرئيس).
_RESUMPTIVE_DURING = frozenset({"خلاله", "خلالها"})
_SINCE = re.compile(r"(?<!\w)منذ(?!\w)")


class VerbLinker(CountReader):
    """Links casualty verbs of one text to the counts and victim groups around them."""

    def _own_count(self, group: re.Match[str]) -> tuple[int | None, int]:
        """The count a victim noun gives by its own number (حارسا 1، شابين 2), or by the
        numeral two after its indefinite plural (معلمين اثنين، راعيين اثنين: 2), and where it
        ends."""
        info = self.lex.groups[group.group("g")]
        definite = group.group("art") is not None
        count = inherent_count(info.number, definite)
        if count is None and not definite and info.number in ("pl", "du"):
            two = _two_after(self.s, group.end())
            if two is not None:
                return 2, two
        return count, group.end()

    def _backward_verb(self, m: re.Match[str], trig: Trigger) -> list[Found]:
        kind: CasualtyKind = trig.kind  # type: ignore[assignment]
        s, ts = self.s, m.start()
        if m.group("pre")[:1] in ("و", "ف"):
            # قتل مسلحون نحو 30 قرويا واختطفوا عشرات النساء: a verb fused to و opens a new
            # clause whose subject is the actors; the count before it is not its victims
            return self._verb_then_victims(m, kind)
        k = bisect_right(self.ends, ts) - 1
        if k >= 0 and k not in self.claimed and self.quantities[k].quantity.is_count:
            q = self.quantities[k]
            gap = s[q.end:ts]
            group = group_re(True).match(gap)
            rest = gap[group.end():] if group else gap
            at_least = AT_LEAST.search(rest) is not None
            rest = _RELATIVE_CLAUSE.sub(" ", AT_LEAST.sub("", rest))
            # a partitive group takes its construct chain (اثنين من عناصر خلايا تنظيم الدولة)
            limit = MAX_WORDS_BEFORE_VERB + (1 if group and group.group(0).lstrip().startswith(
                "من") else 0)
            if len(rest.split()) <= limit and not CLAUSE_END.search(gap):
                self.claimed.add(k)
                head = self._head_of_subcount(k)
                if head is not None:  # 17 مدنيا على الأقل، بينهم خمسة أطفال، قتلوا: the 17
                    k, group, at_least = head
                    q = self.quantities[k]
                who = self._label(group)
                f = self._from_quantity(kind, k, who, q.start, m.end())
                if at_least:
                    f.high, f.approx = None, True
                first = self._first_part(k) if head is None else None
                if first is not None:  # 11 متظاهرا وأربعة من عناصر الأمن أصيبوا: 15
                    part = self._from_quantity(kind, first, None, f.start, f.end)
                    f.low = None if f.low is None or part.low is None else f.low + part.low
                    f.high = None if f.high is None or part.high is None else f.high + part.high
                    f.approx, f.who, f.start = f.approx or part.approx, None, part.start
                return [f]
        before = group_before_re().search(s, max(0, ts - 40), ts)
        count = None if before is None else inherent_count(
            self.lex.groups[before.group("g")].number, before.group("art") is not None)
        if count is None:
            # لقي جنديان من القوات الجنوبية مصرعهما: the victims' partitive before the verb
            partitive = _PARTITIVE_BEFORE.search(s, max(0, ts - 60), ts)
            if partitive is not None and not CLAUSE_END.search(partitive.group(0)):
                victims = group_before_re().search(s, max(0, partitive.start() - 40),
                                                   partitive.start() + 1)
                if victims is not None:
                    before, count = victims, inherent_count(
                        self.lex.groups[victims.group("g")].number,
                        victims.group("art") is not None)
        if before is None or count is None:
            # المسلحين قتلوا راعيا سابعا: a definite or plural group before the verb is its
            # subject (the killers), the victims follow it
            return self._verb_then_victims(m, kind)
        return [Found(kind, count, count, False, self._label(before), before.start(), m.end())]

    def _first_part(self, k: int) -> int | None:
        """When count ``k`` is joined by و to a count told just before it with its victim
        group (``11 متظاهرا وأربعة من عناصر الأمن أصيبوا``), that count (claimed): the
        first part of the toll the verb after them tells."""
        if k == 0 or k - 1 in self.claimed:
            return None
        prev, q = self.quantities[k - 1], self.quantities[k]
        if not prev.quantity.is_count:
            return None
        gap = self.s[prev.end:q.start]
        group = group_re(True).match(gap)
        if group is None or CLAUSE_END.search(gap) or gap[group.end():].strip() != "و":
            return None
        self.claimed.add(k - 1)
        return k - 1

    def _head_of_subcount(self, k: int) -> tuple[int, re.Match[str] | None, bool] | None:
        """When count ``k`` is a sub-count (``، بينهم خمسة أطفال،``) of the count told just
        before it, that count (claimed), its victim group and whether it is open."""
        q = self.quantities[k]
        among = _AMONG.search(self.s, max(0, q.start - 16), q.start)
        if among is None or k == 0 or k - 1 in self.claimed:
            return None
        head = self.quantities[k - 1]
        if not head.quantity.is_count:
            return None
        gap = self.s[head.end:among.start()]
        group = group_re(True).match(gap)
        rest = gap[group.end():] if group else gap
        at_least = AT_LEAST.search(rest) is not None
        if AT_LEAST.sub("", rest).strip(" ،,") or CLAUSE_END.search(gap):
            return None
        self.claimed.add(k - 1)
        return k - 1, group, at_least

    def _verb_then_victims(self, m: re.Match[str], kind: CasualtyKind) -> list[Found]:
        """A plural verb whose victims follow it (هاجموا قرية وقتلوا 19 مدنيا): the count
        right after it, when a victim group follows the count."""
        qi = self._count_at(m.end())
        if qi is None:
            # قتلوا حارسا، وأصابوا معلمين اثنين: one or two victims counted by their noun
            group = group_re(False).match(self.s, m.end())
            if group is None or CLAUSE_END.search(self.s, m.end(), group.start() + 1):
                return []
            count, end = self._own_count(group)
            if count is None:
                return []
            return [Found(kind, count, count, False, self._label(group), m.start(), end)]
        victims = self._group_after(self.quantities[qi].end)
        if victims is None:
            return []
        self.claimed.add(qi)
        f = self._from_quantity(kind, qi, victims[0].label, m.start(), victims[1])
        return [self._with_at_least(f)]

    def _victims_before(self, start: int, kind: CasualtyKind, end: int) -> Found | None:
        """Victims named right before a casualty word at ``start``: a group noun with its
        count before it (3 جنود) or its own dual/singular count (طفلين)."""
        before = group_before_re().search(self.s, max(0, start - 40), start)
        if before is None:
            return None
        info = self.lex.groups[before.group("g")]
        qi = self._count_before(before.start())
        if qi is not None:
            self.claimed.add(qi)
            return self._from_quantity(kind, qi, info.label, self.quantities[qi].start, end)
        count = inherent_count(info.number, before.group("art") is not None)
        if count is None:
            return None
        return Found(kind, count, count, False, info.label, before.start(), end)

    def _forward(self, m: re.Match[str], trig: Trigger) -> list[Found]:
        kind: CasualtyKind = trig.kind  # type: ignore[assignment]
        if m.group("pre").endswith("ل"):  # تعرض 4 صحفيين للاعتقال: the victims came first
            earlier = self._victims_before(m.start(), kind, m.end())
            return [earlier] if earlier is not None else []
        found = self._forward_from(m, trig, m.end())
        if not found:
            far = self._after_long_subject(m.end())
            if far is not None:  # قتل مسلحون من «القوات …» 26 مدنيا: a long subject
                found = self._forward_from(m, trig, far)
        if not found and trig.role == "event" and not m.group("pre"):
            # أن أحد العسكريين أصيب بجروح: one of a group, told before its verb
            one = _ONE_OF_BEFORE.search(self.s, max(0, m.start() - 40), m.start())
            if one is not None and one.group("g") in self.lex.groups:
                label = self.lex.groups[one.group("g")].label
                return [Found(kind, 1, 1, False, label, one.start("one"), m.end())]
        return found

    def _forward_from(self, m: re.Match[str], trig: Trigger, pos: int) -> list[Found]:
        """The victims of the casualty verb ``m`` counted from ``pos`` on (see
        :meth:`_forward`)."""
        kind: CasualtyKind = trig.kind  # type: ignore[assignment]
        s = self.s
        for _ in range(MAX_SUBJECT_WORDS + 1):
            qi = self._count_at(pos)
            if qi is not None:
                q = self.quantities[qi]
                victims = self._group_after(q.end)
                if trig.role == "event_strict" and victims is None and not self._noun_at(q.end):
                    return []
                self.claimed.add(qi)
                end = victims[1] if victims else q.end
                who = victims[0].label if victims else None
                f = self._and_more(self._with_at_least(
                    self._from_quantity(kind, qi, who, m.start(), end)))
                gapped = self._gapped_part(f.end)
                if gapped is not None:  # …، وثلاثة آخرون بالرصاص: the same verb's victims
                    more = self._from_quantity(kind, gapped, None, f.start, f.end)
                    f.low = None if f.low is None or more.low is None else f.low + more.low
                    f.high = None if f.high is None or more.high is None else f.high + more.high
                    f.approx, f.who = f.approx or more.approx, None
                return [f]
            if self._quantity_at(pos) is not None:
                return []  # a year, a duration...: not a count of victims
            one = _ONE_OF.match(s, pos)
            if one is not None:
                group = group_re(False).match(s, one.end())
                if group is not None:
                    return [Found(kind, 1, 1, False, self._label(group), m.start(), group.end())]
            group = group_re(False).match(s, pos)
            if group is not None:
                info = self.lex.groups[group.group("g")]
                count, end = self._own_count(group)
                if count is not None:
                    who, end = self._name_generic(info.label, end)
                    f = Found(kind, count, count, False, who, m.start(), end)
                    # قتل ضابط برتبة ملازم أول وثلاثة جنود، قتلت امرأة وطفلاها: one toll
                    return [self._and_more(self._with_at_least(f), inherent=True)]
                pos = group.end()  # a plural or definite group: the subject, or no count
                continue
            quote = _OPEN_QUOTE.match(s, pos)
            if quote is not None:
                pos = quote.end()  # مقتل «عشرات المسلحين»: a quoted figure is still the count
                continue
            insert = COMMA_INSERT.match(s, pos)
            if insert is not None and all(w in INSERT_TIME
                                          for w in insert.group("words").split()):
                pos = insert.end()  # a time between commas: not whom
                continue
            word = _WORD.match(s, pos)
            if word is None:
                return []
            if word.group("w") in _RESUMPTIVE or (
                    word.group("w") in _RESUMPTIVE_DURING and not self._since_after(word.end())):
                pos = word.end()  # غارات قتل فيها عشرات، هجوم أصيب فيه 19: where, not whom
                continue
            if word.group("w") in _SKIPPABLE_PREP:
                noun = _WORD.match(s, word.end())
                if noun is None or not noun.group("w").startswith("ال") \
                        or noun.group("w") in self.lex.triggers:
                    return []
                pos = noun.end()  # في الاقتحام، خلال العملية: where, not whom
                continue
            if not self._skippable(word.group("w")):
                return []
            pos = word.end()
        return []

    def _since_after(self, pos: int) -> bool:
        """Whether the clause after ``pos`` names a period with منذ."""
        clause = CLAUSE_END.search(self.s, pos)
        return _SINCE.search(self.s, pos, clause.start() if clause else len(self.s)) is not None

    def _and_more(self, f: Found, inherent: bool = False) -> Found:
        """``f`` with a second count joined to it by و and naming victims (مقتل 22 مهاجما
        وسبعة جنود): the two parts of one toll, summed. When ``f`` is counted by its noun's
        own number (``inherent``), so is a victim right after the و (امرأة وطفلاها); after a
        numeral, a bare noun is the counted noun's other half (12 ضابطا وضابط صف)."""
        m = _AND_COUNT.match(self.s, f.end)
        if m is None or CLAUSE_END.search(self.s, f.end, m.end()) \
                or any(w in self.lex.triggers for w in self.s[f.end:m.end()].split()):
            return f
        qi = self._count_at(m.end())
        if qi is None:
            return self._and_one_more(f, m.end(), inherent)
        q = self.quantities[qi]
        victims = self._group_after(q.end)
        if victims is None:
            return f
        self.claimed.add(qi)
        more = self._from_quantity(f.kind, qi, None, q.start, victims[1])
        f.low = None if f.low is None or more.low is None else f.low + more.low
        f.high = None if f.high is None or more.high is None else f.high + more.high
        f.approx = f.approx or more.approx
        f.who = f.who if f.who == victims[0].label else None
        f.end = more.end
        # a third part (أربعة أطفال وثلاث نساء ورجلان): each part ends where the next may start
        return self._and_more(self._with_at_least(f))

    def _and_one_more(self, f: Found, pos: int, inherent: bool) -> Found:
        """``f`` with victims joined to it by و and counted by a numeral after their noun
        (مقتل ثلاثة من عناصر الأمن ومدنيين اثنين → 5) or, when ``f`` is counted by its own
        noun (``inherent``), by the noun's own number (قتلت امرأة وطفلاها → 3، مقتل جندي
        وشرطي → 2): a group right after the و."""
        group = group_at_re().match(self.s, pos)
        if group is None or f.low is None or f.high is None:
            return f
        info = self.lex.groups[group.group("g")]
        after = self._count_at(group.end())
        top = self.quantities[after].quantity.max if after is not None else None
        count: int | None
        own = True  # counted by its own number (وامرأتان ورجل), not by a numeral after it
        if after is not None and top is not None:
            own = False
            self.claimed.add(after)
            count = int(top)
            group_end = self.quantities[after].end
        else:
            # a dual counts two after a numeral too (أربعة أطفال ورجلان); a bare singular
            # there is the counted noun's other half (12 ضابطا وضابط صف)
            count = inherent_count(info.number, group.group("art") is not None) \
                if inherent or info.number == "du" else None
            group_end = group.end()
        if count is None:
            return f
        f.low, f.high = f.low + count, f.high + count
        f.who = f.who if f.who == info.label else None
        f.end = group_end
        return self._and_more(self._with_at_least(f), inherent=own)


def _two_after(s: str, pos: int) -> int | None:
    """Where the numeral two right after a plural noun ends (معلمين اثنين), or None."""
    m = _TWO.match(s, pos)
    return m.end() if m is not None else None


def inherent_count(number: str, definite: bool) -> int | None:
    """The count a noun's own grammatical number gives (``قتيلان`` 2, ``قتيل`` 1)."""
    if definite:
        return None
    return {"sg1": 1, "du": 2}.get(number)
