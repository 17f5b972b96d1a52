"""Casualty counts: people killed, injured, arrested, missing or abducted.

:func:`extract_casualties` ties a count (from :mod:`rasd.text.numbers`, or the grammatical
number of a noun) to a casualty word from ``data/lexicon/casualty_words.tsv``, in either
order, and names the victims from ``victim_groups.tsv``:

* count before a casualty noun: ``5 قتلى``, ``18 قتيلًا و748 مصابا``, ``عشرات الجرحى``;
* casualty verb or verbal noun before the victims: ``مقتل 5``, ``مقتل العشرات``,
  ``اعتقلت الشرطة الفرنسية 200 متظاهر`` (a definite subject or a victim-group word may stand
  between: up to :data:`MAX_SUBJECT_WORDS` words; a longer subject when a victim group follows
  the count, ``قتل مسلحون من «القوات الديمقراطية المتحالفة» 26 مدنيا``), ``مقتل أحد الجنود``
  (one); a second part with its verb left out (``أصيب 37 مواطنا …، وثلاثة آخرون``) adds;
* verb after the victims: ``5 جنود قتلوا``, ``لقي 4 أشخاص حتفهم``, ``لقي جنديان مصرعهما``;
* tolls: ``ارتفع عدد الضحايا إلى 40``, ``بلغ عدد المفقودين 57`` (the number after ``إلى``
  wins: ``من 12 إلى 19`` is 19; ``تجاوز عدد القتلى 500 ألف`` is more than 500,000);
* a noun's own number when no count is given: dual ``قتيلان``, ``أسر جنديين`` → 2, an
  indefinite singular victim ``قتل شخص``, ``أسر جندي`` → 1, and an indefinite singular
  casualty noun after a verb of occurrence (``سقوط قتيل``, ``أرداه قتيلا``) → 1. Plurals
  without a count (``سقوط ضحايا``, ``مقتل مدنيين``) and definite singulars (``اعتقال
  المعارض``) give no casualty;
* ``30 بين قتيل وجريح`` / ``مقتل وإصابة 20``: both kinds, min 1, max N-1, approx (both
  happened, the split is unknown).

Counts whose context is a year, date, time, percentage, amount of money, duration, measure
or label are never casualty counts. A verb or noun right after ``محاولة``, ``تهمة``,
``جريمة``... (``محاولة قتل``) is not an event; arrests and abductions shortly after a release
word (``الإفراج عن 50 معتقلا``) are releases; injury and death counts near a disease word
(``إصابة 300 شخص بفيروس كورونا``) are illness, not violence, and are left out. Sub-counts
after ``بينهم``/``منهم`` (``32 شهيدا بينهم 8 أطفال``) are not separate casualties: they
would be counted twice.
``who`` is the first victim group named right after the count or noun (``من المدنيين``,
``200 متظاهر``) or after the toll noun (``عدد ضحايا قوات الأمن``); generic words
(``أشخاص``) name no group.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from rasd.model import Casualty, CasualtyKind
from rasd.text.casualty_lexicon import (
    Trigger,
    context_re,
    group_at_re,
    group_before_re,
    group_re,
    toll_re,
    trigger_re,
)
from rasd.text.casualty_pronouns import pronoun_victims
from rasd.text.casualty_reader import (
    AT_LEAST,
    CLAUSE_END,
    COMMA_INSERT,
    INSERT_TIME,
    CountReader,
    Found,
)
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.numbers import QuantityMatch

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
#: A toll (``عدد القتلى``) takes the first count within this many characters of its clause.
TOLL_WINDOW_CHARS = 160
#: How far before a toll ``تجاوز`` ("exceeded") makes its count a lower bound.
EXCEED_WINDOW_CHARS = 20

_WORD = re.compile(r"\s+(?P<w>[^\W\d]+)")
#: A partitive phrase (من القوات الجنوبية) right before a verb that follows its victims, up
#: to three words after من: normalised text.
_PARTITIVE_BEFORE = re.compile(r"\sمن(?:\s+[^\W\d]+){1,3}\s+$")
#: A sub-count's lead (، بينهم / من بينهم / منهم) right before it: normalised text.
_AMONG = re.compile(r"[،,]?\s*(?:من\s+)?(?:بينهم|بينهن|منهم|منهن)\s*$")
_ONE_OF = re.compile(r"\s+(?:احد|احدي)(?=\s)")
_TO = re.compile(r"(?:الي|ل)\s*$")
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
#: Verbal nouns (event role) that also count as nouns when a count stands right before them
#: (أكثر من 40 إصابة، سجلت 12 إصابة): normalised keys.
_COUNTED_VERBAL_NOUNS = frozenset({"اصابه"})
#: "one" after a singular casualty noun (قتيل واحد، جريح واحد): normalised text.
_ONE_WORD = re.compile(r"واحد[ةه]?")


def extract_casualties(text: str) -> list[Casualty]:
    """Every casualty count stated in ``text``, in text order (see the module doc)."""
    return casualties_in(normalize(text))


def casualties_in(
    nt: NormalizedText, quantities: list[QuantityMatch] | None = None
) -> list[Casualty]:
    """:func:`extract_casualties` over normalised text; pass the text's
    :func:`~rasd.text.numbers.quantities_in` if you have them, to scan numbers once."""
    matches = list(trigger_re().finditer(nt.text))
    found = _Linker(nt, matches, quantities).run() if matches else []
    for kind, count, start, end in pronoun_victims(nt.text):
        if not any(f.start < end and start < f.end for f in found):
            found.append(Found(kind, count, count, False, None, start, end))
    found.sort(key=lambda f: (f.start, f.end))
    return [Casualty(nt.span(f.start, f.end), f.kind, f.low, f.high, f.approx, f.who)
            for f in found]


class _Linker(CountReader):
    """Links the casualty words of one text to counts and victim groups."""

    def run(self) -> list[Found]:
        matches = [(m, self.lex.triggers[m.group("t")]) for m in self.matches]
        found: list[Found] = []
        passes = (("split_after", "split_before"), ("noun", "both"), ("after",),
                  ("event", "event_strict", "both"))
        for roles in passes:
            for m, trig in matches:
                if trig.role in roles:
                    found.extend(self._link(m, trig, roles))
                elif "noun" in roles and m.group("t") in _COUNTED_VERBAL_NOUNS \
                        and not m.group("pre") and self._quantity_at(m.end()) is None \
                        and self._count_before(m.start()) is not None:
                    # أكثر من 40 إصابة: a verbal noun counted like a noun (singular after 11+)
                    found.extend(self._noun(m, Trigger(trig.kind, "noun", "sg")))
        found.extend(self._tolls(found))
        return [f for f in found if self._really_happened(f)]

    # --- one trigger ----------------------------------------------------------------------

    def _link(self, m: re.Match[str], trig: Trigger, roles: tuple[str, ...]) -> list[Found]:
        if trig.role in ("split_after", "split_before"):
            return self._split(m, trig)
        if trig.role == "after":
            return self._backward_verb(m, trig)
        if "noun" in roles:
            return self._noun(m, trig)
        if self._not_an_event(m.start()):
            return []
        return self._forward(m, trig)

    def _split(self, m: re.Match[str], trig: Trigger) -> list[Found]:
        qi = self._count_before(m.start()) if trig.role == "split_after" \
            else self._count_at(m.end())
        if qi is None or (trig.role == "split_before" and self._not_an_event(m.start())):
            return []
        q = self.quantities[qi]
        self.claimed.add(qi)
        total = q.quantity.max if q.quantity.max is not None else q.quantity.min
        high = int(total) - 1 if total is not None and total >= 2 else None
        start, end = min(m.start(), q.start), max(m.end(), q.end)
        group = self._group_after(end)
        who = group[0].label if group else None
        end = group[1] if group else end
        both: tuple[CasualtyKind, ...] = ("killed", "injured")
        return [Found(kind, 1, high, True, who, start, end) for kind in both]

    def _noun(self, m: re.Match[str], trig: Trigger) -> list[Found]:
        kind: CasualtyKind = trig.kind  # type: ignore[assignment]
        qi = self._count_before(m.start())
        end = m.end()
        group = self._group_after(end)
        who = group[0].label if group else None
        end = group[1] if group else end
        one = self._count_at(end) if trig.number == "sg1" else None
        if qi is None and one is not None and _ONE_WORD.fullmatch(
                self.s, self.quantities[one].start, self.quantities[one].end):
            # قتيل واحد وجريحين: the numeral is the noun's adjective, not the next noun's count
            self.claimed.add(one)
            self.noun_ends.add(self.quantities[one].end)
            return [Found(kind, 1, 1, False, who, m.start(), self.quantities[one].end)]
        if qi is None:  # طفلين مفقودين, 3 جنود مصابين: the noun is an adjective
            victims = self._victims_before(m.start(), kind, m.end())
            if victims is not None:
                return [victims]
        if qi is not None and m.group("art") is not None \
                and self._event_kind_before(self.quantities[qi].start) not in (None, kind) \
                and "من" in self.s[self.quantities[qi].end:m.start()].split():
            # بعد وفاة خمسة من المصابين: the wounded who died, already in the toll they
            # raise; neither a count of wounded nor more dead
            self.claimed.add(qi)
            return []
        if qi is not None:
            self.claimed.add(qi)
            q = self.quantities[qi]
            f = self._from_quantity(kind, qi, who, q.start, end)
            if context_re("exceed", at_end=True).search(
                    self.s, max(0, q.start - EXCEED_WINDOW_CHARS), q.start):
                # تتجاوز 50 قتيلا: more than 50
                f.low = f.low + 1 if f.low is not None and f.low == f.high else f.low
                f.high, f.approx = None, True
            self.noun_ends.add(f.end)  # 5 قتلى وجريحان: the dual after it counts
            return [self._with_at_least(f)]
        definite = m.group("art") is not None or m.group("pre").endswith("لل")
        count = _inherent_count(trig.number, definite)
        if count is None or trig.role == "both":
            return []
        joined = m.group("pre").startswith("و") and \
            self.s[:m.start()].rstrip() and len(self.s[:m.start()].rstrip()) in self.noun_ends
        if not joined and not self._after_occurrence(m.start()):
            return []  # جثة فلان, شهيد الواجب, سنظل أسيرين: not a count
        self.noun_ends.add(end)  # سقوط قتيلين مدنيين وجريحين: the noun joined to it counts
        return [self._with_at_least(Found(kind, count, count, False, who, m.start(), end))]

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
        count = None if before is None else _inherent_count(
            self.lex.groups[before.group("g")].number, before.group("art") is not None)
        if count is None:
            # لقي جنديان من القوات الجنوبية مصرعهما: the victims' partitive before the verb
            partitive = _PARTITIVE_BEFORE.search(s, max(0, ts - 60), ts)
            if partitive is not None and not CLAUSE_END.search(partitive.group(0)):
                victims = group_before_re().search(s, max(0, partitive.start() - 40),
                                                   partitive.start() + 1)
                if victims is not None:
                    before, count = victims, _inherent_count(
                        self.lex.groups[victims.group("g")].number,
                        victims.group("art") is not None)
        if before is None:
            return self._verb_then_victims(m, kind)
        if count is None:
            return []
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
            return []
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
        count = _inherent_count(info.number, before.group("art") is not None)
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
                count = _inherent_count(info.number, group.group("art") is not None)
                if count is not None:
                    who, end = self._name_generic(info.label, group.end())
                    f = Found(kind, count, count, False, who, m.start(), end)
                    # قتل ضابط برتبة ملازم أول وثلاثة جنود، قتلت امرأة وطفلاها: one toll
                    return [self._and_more(self._with_at_least(f), inherent=True)]
                pos = group.end()  # a plural or definite group: the subject, or no count
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
            count = _inherent_count(info.number, group.group("art") is not None) \
                if inherent or info.number == "du" else None
            group_end = group.end()
        if count is None:
            return f
        f.low, f.high = f.low + count, f.high + count
        f.who = f.who if f.who == info.label else None
        f.end = group_end
        return self._and_more(self._with_at_least(f), inherent=own)

    # --- tolls ----------------------------------------------------------------------------

    def _tolls(self, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        s = self.s
        if "عدد" not in s and "حصيله" not in s:
            return out  # every toll names one of them (toll_re); a substring test is cheap
        for m in toll_re().finditer(s):
            kind: CasualtyKind = self.lex.tolls[m.group("n")]  # type: ignore[assignment]
            group = self._group_after(m.end())
            who = group[0].label if group else None
            clause = CLAUSE_END.search(s, m.end())
            stop = min(clause.start() if clause else len(s), m.end() + TOLL_WINDOW_CHARS)
            lo, hi = bisect_left(self.starts, m.end()), bisect_left(self.starts, stop)
            counts = [i for i in range(lo, hi) if self.quantities[i].quantity.is_count]
            if who is not None:
                for f in found:
                    if f.who is None and m.end() <= f.start < stop:
                        f.who = who
            if not counts:
                continue
            after_to = [i for i in counts if _TO.search(s, 0, self.quantities[i].start)]
            qi = after_to[0] if after_to else counts[0]
            if qi in self.claimed:
                continue
            self.claimed.add(qi)
            f = self._from_quantity(kind, qi, who, m.start(), self.quantities[qi].end)
            if context_re("exceed").search(s, max(0, m.start() - EXCEED_WINDOW_CHARS),
                                            m.start()):
                f.low = f.low + 1 if f.low is not None and f.low == f.high else f.low
                f.high, f.approx = None, True
            out.append(f)
        return out


def _inherent_count(number: str, definite: bool) -> int | None:
    """The count a noun's own grammatical number gives (``قتيلان`` 2, ``قتيل`` 1)."""
    if definite:
        return None
    return {"sg1": 1, "du": 2}.get(number)
