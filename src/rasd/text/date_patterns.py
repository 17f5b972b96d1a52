"""The date and time grammar of :mod:`rasd.text.dates`: word tables and one combined regex.

The word tables live in ``rasd/data/lexicon/`` (``calendar.tsv`` for month and weekday names,
``relative_dates.tsv``, ``time_words.tsv`` and ``date_cues.tsv``); every key is stored in its
normalised form (:func:`rasd.text.normalize.normalize_key`) because the grammar runs on
normalised text. :data:`GRAMMAR` is compiled once, at import: a single alternation of named
groups, one per kind of expression, tried in the order below so that at any position the
longer, more specific reading wins (``عام 2015`` before ``منذ عام``; hh:mm before a bare day).

Group names are ``<kind>`` for the whole expression and ``<kind>_<part>`` for its parts; the
outermost group closes last, so ``match.lastgroup`` names the kind that matched.

Speed: word lists compile to prefix tries (:func:`alternation`), and a lookahead gate of
every word an expression can start with rejects ordinary word starts before the
alternatives are tried, so the scan costs little more than one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rasd.text.calendar import calendar_names
from rasd.text.normalize import normalize_key

_LEXICON_PACKAGE = "rasd.data.lexicon"


@cache
def load_word_table(filename: str) -> Mapping[str, Mapping[str, str]]:
    """``kind → {normalised spelling → value}`` from a ``kind<TAB>value<TAB>a|b|c`` file."""
    table: dict[str, dict[str, str]] = {}
    text = resources.files(_LEXICON_PACKAGE).joinpath(filename).read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value, spellings = line.split("\t")
        words = table.setdefault(kind, {})
        for spelling in spellings.split("|"):
            words[normalize_key(spelling)] = value
    return table


@dataclass(frozen=True, slots=True)
class DateWords:
    """Every word table the grammar and the resolver need, keyed by normalised spelling."""

    gregorian: Mapping[str, int]
    hijri: Mapping[str, int]
    weekdays: Mapping[str, int]
    relday: Mapping[str, int]
    relday_bound: Mapping[str, int]
    daypart: Mapping[str, str]
    ampm: Mapping[str, str]
    modifier: Mapping[str, str]
    period: Mapping[str, str]
    unit: Mapping[str, tuple[str, str]]
    count: Mapping[str, str]
    season: Mapping[str, int]
    hour: Mapping[str, int]
    fraction: Mapping[str, int]
    ordinal: Mapping[str, int]
    this: frozenset[str]
    plural_period: frozenset[str]
    plural_modifier: frozenset[str]
    approx: frozenset[str]
    trigger: frozenset[str]
    future: frozenset[str]
    not_future: frozenset[str]
    counted: frozenset[str]
    today_blocked_before: frozenset[str]
    today_blocked_after: frozenset[str]
    ambiguous_month: frozenset[str]
    needs_year_after_day: frozenset[str]
    recurring: frozenset[str]


def _ints(words: Mapping[str, str]) -> dict[str, int]:
    return {k: int(v) for k, v in words.items()}


@cache
def date_words() -> DateWords:
    """The word tables, loaded once."""
    rel = load_word_table("relative_dates.tsv")
    clock = load_word_table("time_words.tsv")
    cues = load_word_table("date_cues.tsv")
    names = calendar_names()
    units: dict[str, tuple[str, str]] = {}
    for word, value in rel["unit"].items():
        granularity, count = value.split(":")
        units[word] = (granularity, count)
    return DateWords(
        gregorian={k: v.number for k, v in names.items() if v.kind == "gregorian"},
        hijri={k: v.number for k, v in names.items() if v.kind == "hijri"},
        # Only the definite forms stand alone: indefinite أحد is "one (of)", اثنين "two".
        weekdays={k: v.number for k, v in names.items()
                  if v.kind == "weekday" and k.startswith("ال")},
        relday=_ints(rel["relday"]),
        relday_bound=_ints(rel["relday_bound"]),
        daypart=dict(rel["daypart"]),
        ampm={**rel["ampm"], **rel["ampm_letter"]},
        modifier=dict(rel["modifier"]),
        period=dict(rel["period"]),
        unit=units,
        count=dict(rel["count"]),
        season=_ints(rel["season"]),
        hour=_ints(clock["hour"]),
        fraction=_ints(clock["fraction"]),
        ordinal=_ints(clock["ordinal"]),
        this=frozenset(rel["this"]),
        plural_period=frozenset(rel["plural_period"]),
        plural_modifier=frozenset(rel["plural_modifier"]),
        approx=frozenset(rel["approx"]),
        trigger=frozenset(cues["trigger"]),
        future=frozenset(cues["future"]) | frozenset(cues["scheduled"]),
        not_future=frozenset(cues["not_future"]),
        counted=frozenset(cues["counted"]),
        today_blocked_before=frozenset(cues["today_blocked_before"]),
        today_blocked_after=frozenset(cues["today_blocked_after"]),
        ambiguous_month=frozenset(cues["ambiguous_month"]),
        needs_year_after_day=frozenset(cues["needs_year_after_day"]),
        recurring=frozenset(cues["recurring"]),
    )


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of normalised words as a prefix trie, spaces as ``\\s+``.

    ``re`` tries the branches of ``a|b|c`` one by one at every position; factoring common
    prefixes (``ي(?:ناير|و(?:نيو|ليو))``) makes a failing position cost one character test
    per trie level instead of one per word. Greedy optional tails keep longest-first order.
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) > 1 else "(?:" + body + ")") + "?"


# A word starts after a non-word character, or after the proclitics و ف ب ل (والأحد، بالأمس،
# لعام 2015) which the span leaves out. Lookbehinds must be fixed-width, hence three.
#: The proclitics an expression may stand behind (وفي، بالخميس، ولعام، وبعد): one of
#: _CLITICS, or one of _CONJUNCTIONS then one of _PREPOSITIONS (read by the C scan too:
#: rasd.text.dates).
_CLITICS = "وفبل"
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بل"
_START = (rf"(?:(?<!\w)|(?<=(?<!\w)[{_CLITICS}])"
          rf"|(?<=(?<!\w)[{_CONJUNCTIONS}][{_PREPOSITIONS}]))")
_END = r"(?!\w)"
# A number is not the tail of 1.5, 3/4, 10:30 or 2022-01 (a hyphen alone is a range: 2-5 مارس).
_NUM_START = r"(?<!\d[.,:/])"
# A year that is not the head of a Y-M-D date (2022/06/30) or a decimal; 2015-2016 is fine.
_NOT_DATE_HEAD = r"(?!\d|[.,]\d|[/\-]\d{1,2}[/\-]\d)"
_ERA = r"(?:هجريه|هجري|للهجره|ه|ميلاديه|ميلادي|للميلاد|م)(?!\w)"
# Without a year word in front, م is too often "metre" (ارتفاع 2000 م): only the others.
_ERA_ALONE = r"(?:هجريه|هجري|للهجره|ه|ميلاديه|ميلادي|للميلاد)(?!\w)"
_YEAR_WORD = r"(?:ال)?(?:عام|سنه)"
_HIJRI_EPITHET = r"(?:المبارك|الكريم|المعظم|الحرام)"


def _month(words: DateWords, tag: str) -> str:
    """Gregorian month (doubled: مايو/ أيار, أيار (مايو), ديسمبر - كانون الأول, يونيو حزيران)
    or Hijri month."""
    greg = alternation(words.gregorian)
    return (
        rf"(?:(?P<{tag}_g>{greg})(?:\s*[/\-–]\s*{greg}|\s*\(\s*{greg}\s*\)|\s+{greg}{_END})?"
        rf"|(?P<{tag}_h>{alternation(words.hijri)})(?:\s+{_HIJRI_EPITHET})?){_END}"
    )


def _year_tail(tag: str) -> str:
    """An optional year after a month: ``2022``, ``من العام 2022``, ``لعام 1421هـ``."""
    return (
        rf"\s+(?:من\s+|ل(?=(?:ال)?(?:عام|سنه)))?(?:{_YEAR_WORD}\s+)?(?P<{tag}_y>\d{{4}})(?!\d)"
        rf"(?:\s*(?P<{tag}_era>{_ERA}))?"
    )


def build_grammar(words: DateWords, *, gated: bool = True) -> re.Pattern[str]:
    """The combined pattern (see the module docstring for the order); ``gated=False`` leaves
    out the first-word gate, for tests that check the gate hides nothing."""
    mod = alternation(w for w, v in words.modifier.items() if v != "before2")
    mod2 = alternation(w for w, v in words.modifier.items() if v == "before2")
    wd_mod = alternation(w for w, v in words.modifier.items() if v != "current")
    trigger = alternation(words.trigger)
    daypart = alternation(words.daypart)
    ampm_words = alternation(w for w in words.ampm if len(w) > 1)
    ampm_all = alternation(words.ampm)
    weekday = alternation(words.weekdays)
    relday = alternation(words.relday)
    relday_bound = alternation(words.relday_bound)
    season = alternation(words.season)
    ordinal = alternation(words.ordinal)
    alternatives = [
        # 07-01-2022, 2022/01/07, ١٥/٠٨/٢٠٢٢, 1444/03/15هـ
        # (a slash may stand between spaces when a year closes the date: 14 / 3 / 1445هـ)
        rf"(?P<nd>{_NUM_START}(?:(?P<nd_d>\d{{1,2}})(?P<nd_s>[/.\-]| / )(?P<nd_m>\d{{1,2}})"
        rf"(?P=nd_s)(?P<nd_y>\d{{4}})|(?P<nd_y2>\d{{4}})(?P<nd_s2>[/.\-])(?P<nd_m2>\d{{1,2}})(?P=nd_s2)"
        rf"(?P<nd_d2>\d{{1,2}}))(?!\d|[.,/\-]\d)(?:\s*(?P<nd_era>{_ERA}))?)",
        # في 12/3, بتاريخ 5/11: a year-less day/month, only after a time preposition (3/4
        # alone is a fraction or a score)
        rf"(?P<dn>(?P<dn_t>{trigger}|بتاريخ)\s+{_NUM_START}(?P<dn_d>\d{{1,2}})/(?P<dn_m>\d{{1,2}})"
        rf"(?![\d/.,:%]))",
        # 5 جمادى الأولى 1443 هـ, الثالث من كانون الثاني 2020, 25 ديسمبر المقبل, 7 إلى 8 أكتوبر,
        # الأول والثاني من نوفمبر, غرة رمضان, 24 من الشهر الجاري
        # (a list of days, أيام 3 و4 و5 فبراير, reads as its first and last days)
        rf"(?P<dm>(?:{_NUM_START}(?:(?P<dm_r>\d{{1,2}})(?:\s*و\s*\d{{1,2}}(?!\d))*"
        rf"\s*(?:[-–]|الي|حتي|و)\s*)?"
        rf"(?:ال)?(?P<dm_n>\d{{1,2}})(?!\d)"
        # (the lookahead keeps الثاني والعشرين من, one ordinal, from reading as a range)
        rf"|(?:(?!{ordinal}\s+من)(?P<dm_ro>{ordinal})\s+(?:(?:الي|حتي)\s+|و\s*))?"
        rf"(?P<dm_o>{ordinal})\s+من"
        rf"|(?P<dm_f>اول|غره))"
        rf"\s+(?:من\s+)?(?P<dm_sh>شهر\s+)?(?:{_month(words, 'dm')}|(?P<dm_p>الشهر\s+{mod}){_END})"
        rf"(?:\s+(?P<dm_mod>{mod}){_END}|{_year_tail('dm')})?)",
        # 06:28 م, الساعة 14:30, 6:08 مساء
        rf"(?P<ta>(?:الساعه\s+)?{_NUM_START}(?P<ta_h>\d{{1,2}}):(?P<ta_m>\d{{2}})(?::\d{{2}})?"
        rf"(?![\d:])(?:\s*(?P<ta_ap>{ampm_all}){_END})?)",
        # الساعة 10, الساعة 10 صباحا
        rf"(?P<tb>الساعه\s+(?P<tb_h>\d{{1,2}})(?![\d:.,])(?:\s*(?P<tb_ap>{ampm_all}){_END})?)",
        # 10 صباحا
        rf"(?P<tc>{_NUM_START}(?P<tc_h>\d{{1,2}})(?![\d:.,])\s+(?P<tc_ap>{ampm_words}){_END})",
        # بين عامي 2011 و2014
        r"(?P<yd>(?:ال)?(?:عامي|سنتي)\s+(?P<yd_a>\d{4})(?!\d)\s+و\s*(?P<yd_b>\d{4})(?!\d))",
        # عام 2015, العام 2022, سنة 1120 هـ, لعام 2015
        rf"(?P<yr>{_YEAR_WORD}\s+(?P<yr_y>\d{{4}}){_NOT_DATE_HEAD}(?:\s*(?P<yr_era>{_ERA}))?)",
        # 1443هـ, 2015 ميلادي
        rf"(?P<ye>{_NUM_START}(?P<ye_y>\d{{3,4}})(?!\d)\s*(?P<ye_era>{_ERA_ALONE}))",
        # خريف عام 2015, صيف 2019, خريف العام الماضي, الصيف الماضي
        rf"(?P<se>(?P<se_s>(?:ال)?{season})\s+(?:(?:من|في)\s+)?"
        rf"(?:(?:{_YEAR_WORD}\s+)?(?P<se_y>\d{{4}})(?!\d)(?:\s*{_ERA})?"
        rf"|(?P<se_p>(?:العام|السنه)\s+{mod}){_END}"
        rf"|(?P<se_this>هذا\s+العام|هذه\s+السنه){_END}|(?P<se_mod>{mod}){_END}))",
        # في 2015, منذ 2019, بحلول 2030
        rf"(?P<yt>(?P<yt_t>{trigger})\s+(?P<yt_c>(?P<yt_y>\d{{4}}){_NOT_DATE_HEAD}"
        rf"(?:\s*(?P<yt_era>{_ERA}))?))",
        # يناير 2022, نوفمبر الماضي, في مارس, شهر رمضان, يونيو من العام الماضي
        rf"(?P<mo>(?:(?P<mo_t>{trigger})\s+)?(?P<mo_c>(?P<mo_sh>شهر\s+)?{_month(words, 'mo')}"
        rf"(?:\s+(?P<mo_mod>{mod}){_END}|{_year_tail('mo')})?)"
        rf"(?=(?P<mo_la>\s+من\s+{_YEAR_WORD}{_END})?))",
        # منذ 3 أيام, قبل نحو 8 سنوات, منذ أيام (not منذ عام 2011: the year reading wins;
        # not منذ يوم الجمعة, where يوم introduces the weekday: "since Friday")
        rf"(?P<ago>(?P<ago_w>منذ|قبل)\s+(?:{alternation(words.approx)}\s+)?"
        rf"(?:(?P<ago_n>\d{{1,4}}|{alternation(words.count)})\s+)?"
        rf"(?P<ago_u>{alternation(words.unit)}){_END}(?!\s*\d)(?!\s+{weekday}{_END}))",
        # الساعة العاشرة صباحا, التاسعة والربع مساء, العاشرة (من صباح اليوم)
        rf"(?P<td>(?P<td_pre>الساعه\s+)?(?P<td_h>{alternation(words.hour)})"
        rf"(?:\s+(?P<td_f>{alternation(words.fraction)}))?{_END}"
        rf"(?:\s+(?P<td_ap>{ampm_words}){_END})?"
        rf"(?=(?P<td_la>\s+(?:من\s+)?{daypart}{_END})?))",
        # الخميس, يوم الاثنين, مساء الخميس, الأحد الماضي, ليل الأحد-الاثنين
        rf"(?P<wd>(?:يوم\s+)?(?P<wd_c>(?:(?P<wd_dp>{daypart})\s+(?:من\s+)?(?:يوم\s+)?)?"
        # (not سوق الجمعة، سوق الأربعاء: a market town or district named by its day)
        rf"(?<!سوق\s)(?P<wd_n>{weekday}){_END}(?:\s*[-/]\s*{weekday}{_END})?"
        rf"(?:\s+(?P<wd_mod>{wd_mod}){_END})?))",
        # أمس, صباح اليوم, مساء أمس, بعد غد, يوم أمس, صباح الغد
        rf"(?P<rd>(?P<rd_y>يوم\s+)?(?P<rd_c>(?:(?P<rd_dp>{daypart})\s+(?:من\s+)?(?:يوم\s+)?)?"
        rf"(?:(?P<rd_w>{relday})|(?P<rd_b>{relday_bound})){_END}))",
        # الأسبوع الماضي, هذا العام, الأسبوع قبل الماضي, خلال الأيام الماضية
        rf"(?P<pe>(?:(?P<pe_this>{alternation(words.this)})\s+(?P<pe_u1>{alternation(words.period)})"
        rf"|(?P<pe_u>{alternation(words.period)})\s+(?P<pe_mod>{mod2}|{mod})"
        rf"|(?P<pe_pl>{alternation(words.plural_period)})\s+"
        rf"(?P<pe_pm>{alternation(words.plural_modifier)})){_END})",
    ]
    # The gate goes first: one trie test rejects most positions before the boundary checks.
    gate = _first_word_gate(words) if gated else ""
    return re.compile(gate + _START + "(?:" + "|".join(alternatives) + ")")


def _first_word_gate(words: DateWords) -> str:
    """A lookahead for the words an expression can start with (or a digit).

    Most word starts in news text begin no date; one trie test rejects them before the
    alternatives are tried one by one. Every alternative above must start with a word listed
    here (``tests/text/test_dates.py`` checks the grammar finds nothing this gate hides).
    """
    return rf"(?=\d|{_ARTICLE}\d|{alternation(gate_heads(words))}{_END})"


#: The article before a digit that may start an expression (ال25 من ديسمبر).
_ARTICLE = "ال"


def gate_heads(words: DateWords) -> frozenset[str]:
    """The first words of the words an expression can start with (:func:`_first_word_gate`)."""
    first = {
        *words.gregorian, *words.hijri, *words.weekdays, *words.relday, *words.relday_bound,
        *words.daypart, *words.season, *(f"ال{w}" for w in words.season), *words.hour,
        *words.ordinal, *words.trigger, *words.this, *words.period, *words.plural_period,
        "يوم", "الساعه", "شهر", "عام", "العام", "سنه", "السنه", "عامي", "العامي", "سنتي",
        "منذ", "قبل", "اول", "غره", "بتاريخ",
    }
    # Only each word's first token matters.
    return frozenset(w.split(" ")[0] for w in first)


WORDS = date_words()
GRAMMAR = build_grammar(WORDS)
#: :func:`gate_heads` of :data:`GRAMMAR`'s words (the C scan of rasd.text.dates reads them).
GATE_HEADS = gate_heads(WORDS)

#: Whitespace and connectives allowed between two pieces of one expression (الجمعة، 07-01-2022
#: 06:28 م; الساعة العاشرة من صباح يوم الخميس; الأحد الموافق 2 يناير). No newline: a date at
#: the end of one line and a time at the start of the next are two expressions.
JOINER = re.compile(
    r"[^\S\n]*(?:[,\-–—][^\S\n]*)?"
    r"(?:(?:من|في|عند|نحو|حوالي|تمام|الموافق|يوم)[^\S\n]+)*"
    r"(?P<open>[(«\"“])?"
)
#: The bracket or quote that closes an opening one in a joiner: اليوم (الاثنين), اليوم «الأحد».
CLOSERS = {"(": ")", "«": "»", '"': '"', "“": "”"}
#: منذ right before a weekday or date: "since", so it lies in the past whatever the tense.
SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?منذ\s+(?:يوم\s+)?\Z")
#: The سـ future prefix on an imperfect verb: سيعقد، ستجري، سنعمل (checked against not_future).
FUTURE_VERB = re.compile(r"(?<!\w)[وف]?(س[يتن]\w{2,})")
FUTURE_WORDS = re.compile(r"(?<!\w)[وف]?" + alternation(WORDS.future) + _END)
#: Where a clause ends, for the tense look-back.
CLAUSE_END = re.compile(r"[.!?;:\n]")
NEXT_WORD = re.compile(r"\s*(%|[^\W\d_]+)")
TODAY_BLOCKED_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?" + alternation(WORDS.today_blocked_before) + r"\s+\Z"
)
RECURRING_AFTER = re.compile(r"\s*,?\s*" + alternation(WORDS.recurring) + _END)
#: قبل أسبوع من الانتخابات: "before" another event, not before publication. Not when من opens
#: the place an act started from (اعتقل قبل أسبوع من منزله، من مقر عمله، من بيتها): a home,
#: office or seat is no event to count back from (dates pass 2, 2026-12-04 (14)).
AGO_FROM_PLACE = ("منزل", "بيت", "مقر", "مكتب", "مكان", "شقت", "مسكن", "محل")
AGO_ANCHORED_ELSEWHERE = re.compile(
    r"\s+من\s+(?!(?:ال)?(?:" + "|".join(AGO_FROM_PLACE) + r"))")
DIGITS = re.compile(r"\d+")
