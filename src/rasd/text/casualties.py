"""Casualty counts: people killed, injured, arrested, missing or abducted.

:func:`extract_casualties` ties a count (from :mod:`rasd.text.numbers`, or the grammatical
number of a noun) to a casualty word from ``data/lexicon/casualty_words.tsv``, in either
order, and names the victims from ``victim_groups.tsv``:

* count before a casualty noun: ``5 قتلى``, ``18 قتيلًا و748 مصابا``, ``عشرات الجرحى``;
* casualty verb or verbal noun before the victims: ``مقتل 5``, ``مقتل العشرات``,
  ``اعتقلت الشرطة الفرنسية 200 متظاهر`` (a definite subject or a victim-group word may stand
  between: up to :data:`~rasd.text.casualty_verbs.MAX_SUBJECT_WORDS` words; a longer subject
  when a victim group follows the count, ``قتل مسلحون من «القوات الديمقراطية المتحالفة» 26
  مدنيا``), ``مقتل أحد الجنود`` (one); a second part with its verb left out (``أصيب 37
  مواطنا …، وثلاثة آخرون``) adds;
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
from bisect import bisect_left

from rasd.model import Casualty, CasualtyKind
from rasd.text.casualty_lexicon import Trigger, context_re, toll_re, trigger_re
from rasd.text.casualty_pronouns import pronoun_victims
from rasd.text.casualty_reader import CLAUSE_END, Found
from rasd.text.casualty_verbs import VerbLinker, inherent_count
from rasd.text.normalize import NormalizedText, normalize
from rasd.text.numbers import QuantityMatch

#: A toll (``عدد القتلى``) takes the first count within this many characters of its clause.
TOLL_WINDOW_CHARS = 160
#: How far before a toll ``تجاوز`` ("exceeded") makes its count a lower bound.
EXCEED_WINDOW_CHARS = 20

_TO = re.compile(r"(?:الي|ل)\s*$")
#: How far before a body noun a verb of recovering or receiving bodies may stand (انتشال
#: جثمانين، العثور على جثتي شخصين, casualty_context.tsv ``recovery``): the dead it counts.
RECOVERY_LEAD_CHARS = 24
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


class _Linker(VerbLinker):
    """Links the casualty words of one text to counts and victim groups: the passes over
    them, nouns with their counts, and tolls (verbs: the base class)."""

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
        count = inherent_count(trig.number, definite)
        if count is None or trig.role == "both":
            return []
        joined = m.group("pre").startswith("و") and \
            self.s[:m.start()].rstrip() and len(self.s[:m.start()].rstrip()) in self.noun_ends
        # two bodies recovered (انتشال جثمانين); one body is often a named person's (عثر على
        # جثة الصحفي), no count
        recovered = kind == "killed" and trig.number == "du" and context_re(
            "recovery", at_end=True).search(
            self.s, max(0, m.start() - RECOVERY_LEAD_CHARS), m.start()) is not None
        if not joined and not recovered and not self._after_occurrence(m.start()):
            return []  # جثة فلان, شهيد الواجب, سنظل أسيرين: not a count
        self.noun_ends.add(end)  # سقوط قتيلين مدنيين وجريحين: the noun joined to it counts
        return [self._with_at_least(Found(kind, count, count, False, who, m.start(), end))]

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
