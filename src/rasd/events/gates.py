"""Page and sentence gates: trigger matches that report no event whatever their words.

A page's closing tag line, vowelled verse or scripture, a list of kinds of violence in an
op-ed or a sermon, a call addressed to the public or the faithful, and an opinion column's
undated argument all carry trigger words (تفجير، القتل، دعا) without telling an act. The
extractor (:mod:`rasd.events.extractor`) asks these gates before it builds events.
"""

from __future__ import annotations

import re

from rasd.events.lexicon import trigger_index
from rasd.events.matcher import Match
from rasd.events.senses.called_content import content_inside  # fix47
from rasd.events.senses.restraint_calls import CIVIC_TYPES, asks_restraint  # fix48
from rasd.events.syntax.bare_verbs import lemma_is_noun, names_persons  # fix57
from rasd.model import Document, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: A run of this many act nouns joined by و (موجة خطف وقتل وتفجير وتهجير، مشاهد من الخطف،
#: والتفجيرات الانتحارية، والقتل، والتعذيب) names kinds of acts, not acts: an op-ed's, a sermon's
#: or a biography's generic language, unless the sentence gives a time or a toll.
GENERIC_RUN = 3
#: Words (no number) allowed between two nouns of a run: an adjective or a complement
#: (والتفجيرات الانتحارية).
RUN_GAP = 2
#: Harakat (short vowels, tanwin, sukun; not the shadda): news prose is written without
#: them, so a sentence where many words carry them is verse or scripture (a poem on a
#: culture page, a vowelled Quranic verse), which reports no event.
HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")
#: Any one of :data:`HARAKAT`: a sentence without one is no vowelled text (one regex scan of
#: its text before the per-word count of :func:`vowelled`).
HARAKA = re.compile("[" + "".join(sorted(HARAKAT)) + "]")
#: A sentence is vowelled text when at least this many of its words, and this share of
#: them, carry harakat (the team-written passages have at most 5 of 26 in one sentence).
VOWELLED_WORDS = 4
VOWELLED_SHARE = 0.3
#: A page's closing tag line (سمات العراق حيدر العبادي مناصب; several outlets print their
#: keywords after the article under سمات "tags"): the word opening a line or a sentence,
#: with no sentence punctuation after it to the end of the text. Its words name the topics
#: (تفجير، قصف), not acts.
TAG_LINE = re.compile(r"(?:^|[.!؟?\n])\s*(سمات)\s[^.!؟?:]*$")

#: An opinion column: the outlets that print one close it with a link line to the writer's
#: other columns (مقالات أخرى للكاتب). There, in a sentence that names no dated time, only
#: unambiguous triggers make events (an act the column dates, قتل … في عام 1995, stays).
OPINION_PAGE = re.compile(r"مقالات\s+[أا]خرى\s+للكاتب")
OPINION_WEIGHT = 0.8
#: Whom a call addressed to the public or the faithful names (دعا المفتي المسلمين إلى …،
#: حث الآباء والأمهات على …، مطالبا الجميع ب…), without the article: such a call asks no
#: party for anything. Sound plurals in ين are never the caller (the subject would end in
#: ون); the other words are read as the addressee only with the article (الجميع, not
#: جميع الأطراف) and after another word (ودعا فضيلته الشباب), not right after a verb, where
#: they are its subject (طالب الأهالي). فضيلته, the title of a cleric, marks a preacher's
#: call.
PUBLIC_ADDRESSEES = frozenset(normalize_key(w) for w in (
    "مسلمين", "مؤمنين", "مواطنين", "مواطنات", "مقيمين", "مبتعثين", "مبتعثات", "مصلين",
    "معتمرين", "صائمين", "باحثين", "باحثات", "مكرمين", "مكرمات", "خريجين", "مستهلكين",
    "متقدمين", "متقدمات", "قادمين"))
#: A singular after كل "every" (داعيا كل مواطن ومقيم إلى …): the public one by one.
PUBLIC_EACH = frozenset(normalize_key(w) for w in ("مواطن", "مقيم", "مسلم", "مؤمن", "فرد"))
EVERY = normalize_key("كل")
PUBLIC_ADDRESSEES_LATER = frozenset(normalize_key(w) for w in (
    "جميع", "آباء", "أمهات", "شباب", "دعاة", "علماء", "أئمة", "خطباء", "أولياء", "أسر",
    "حجاج", "زوار", "طلاب", "طالبات", "أهالي", "سكان"))
ALL_GUARDIANS = normalize_key("أولياء")
PREACHER = frozenset({normalize_key("فضيلته"), normalize_key("وفضيلته")})
#: Words that open what the call asks for: the addressee comes before them.
CALL_CONTENT = frozenset(normalize_key(w) for w in ("إلى", "على", "أن", "بأن", "لأن"))
#: Words of a call to arms (دعا المواطنين القادرين على حمل السلاح، إلى الجهاد، إلى النفير):
#: such a call to the public is a REQUEST.
CALL_TO_ARMS = frozenset(normalize_key(w) for w in (
    "سلاح", "أسلحة", "قتال", "جهاد", "نفير", "تجنيد", "تجند", "معسكرات", "تطوع", "مقاومة",
    "تصدي", "مواجهة", "حمل"))
#: Endings of a call's participle (داعيا، داعين، داعية, normalised داعيه، داعيتين): no
#: subject follows it, so its first word may be the addressee.
PARTICIPLE_ENDINGS = ("يا", "ين", "يه")
#: How many words after the call its addressee is looked for.
CALL_WINDOW = 8
#: How many tokens after the addressee an act the call asks for is looked for.
CALL_CONTENT_WINDOW = 12


def names_dated_time(doc: Document, span: Span) -> bool:
    """Whether the sentence ``span`` names a dated time (في عام 1995، أمس)."""
    return any(span.start <= t.span.start < span.end and t.value is not None for t in doc.times)


def public_call(toks: list[Token], m: Match, matches: list[Match]) -> bool:
    """Whether ``m`` is a call (REQUEST) addressed to the public or the faithful, or a
    preacher's call, whose content names no act of another type (a call to arms, دعا الشباب
    إلى مواجهة المقتحمين, keeps its REQUEST)."""
    if m.trigger.type != "REQUEST":
        return False
    found = False
    # a phrase row that ends on the call's own إلى (داعية السلطات إلى) holds the addressee
    # inside its match: it is looked for after the call word, not after the match
    call = m.first if toks[m.last].norm in CALL_CONTENT \
        or content_inside(toks, m) else m.last  # fix47: دعا إلى إطلاق سراح «جميع الطلاب»
    head = toks[call].base
    # a participle (مطالبا، داعيا، داعين، داعية) has no subject after it: its first word
    # may be the addressee
    words = 1 if head.startswith("م") or head.endswith(PARTICIPLE_ENDINGS) else 0
    prev = ""
    for j in range(call + 1, len(toks)):
        t = toks[j]
        if t.kind != "word":
            if t.norm in ".؛;:!?؟":
                break
            continue
        clitics = t.clitics[:-2] if t.clitics.endswith("ال") else t.clitics
        if t.norm in CALL_CONTENT or "ب" in clitics or "ل" in clitics:
            break
        if t.norm in PREACHER or t.base in PUBLIC_ADDRESSEES \
                or (words > 0 and t.base in PUBLIC_ADDRESSEES_LATER
                    and (t.clitics.endswith("ال") or t.base == ALL_GUARDIANS)) \
                or (t.base in PUBLIC_EACH and prev == EVERY):
            found = True
            break
        words += 1
        prev = t.norm
        if words > CALL_WINDOW:
            break
    if not found:
        return False
    end = j + CALL_CONTENT_WINDOW
    if any(t.base in CALL_TO_ARMS for t in toks[j + 1:end + 1]) \
            or asks_restraint(toks[j + 1:end + 1]):  # fix48: a call for calm is REQUEST/yield
        return False
    # fix48: the public cooperating with the authorities (التعاون مع الوحدات المنتشرة
    # والإبلاغ) is a civic duty asked of it, no COOPERATE between parties
    return not any(m.last < o.first <= end and o.trigger.type not in CIVIC_TYPES for o in matches)

def without_generic_runs(doc: Document, span: Span, toks: list[Token],
                          matches: list[Match]) -> list[Match]:
    """``matches`` less the act nouns listed in a run of :data:`GENERIC_RUN` or more (each
    after the first fused to و, at most :data:`RUN_GAP` words and no number between), when
    the sentence names no dated time and no toll: a list of kinds of violence, not
    reports. A match on the same or the next word as a run's last joins it without
    counting (two rows on one word, an adjective trigger: والتفجيرات الانتحارية)."""
    nouns = sorted((m for m in matches if _act_noun(m, toks)), key=lambda m: m.first)
    if len(nouns) < GENERIC_RUN:
        return matches
    runs: list[list[Match]] = []
    counts: list[int] = []
    last = -2
    for m in nouns:
        between = toks[last + 1:m.first]
        listed = toks[m.first].clitics[:1] == "و" and m.first > last \
            and sum(1 for t in between if t.kind == "word") <= RUN_GAP \
            and all(t.kind in ("word", "punct") for t in between)
        if runs and listed:
            runs[-1].append(m)
            counts[-1] += 1
            last = max(last, m.last)
        elif runs and m.first <= last + 1:
            runs[-1].append(m)
            last = max(last, m.last)
        else:
            runs.append([m])
            counts.append(1 if m.trigger.pos != "verb" else 0)
            last = m.last
    listed_ids = {id(m) for run, n in zip(runs, counts, strict=True) if n >= GENERIC_RUN
                  for m in run}
    if not listed_ids:
        return matches
    if names_dated_time(doc, span) \
            or any(span.start <= c.span.start < span.end for c in doc.casualties):
        return matches
    return [m for m in matches if id(m) not in listed_ids]


def _act_noun(m: Match, toks: list[Token]) -> bool:
    """Whether the match names an act by a noun: a noun row, a phrase row that does not
    open on a finite verb, or a verb row read on its bare lemma, which is also the verbal
    noun (وقتل، وخطف). A phrase opened by a conjugated verb (ورفضت الرئاسة القرار …،
    وطالبت الإدارة) tells a reaction of its own, however many follow with و."""
    word = toks[m.first].norm
    if toks[m.first].clitics[:1] in ("و", "ف"):
        word = word[1:]
    if names_persons(word):  # fix57: ومنعهم من السفر is done to persons, no kind
        return False
    if m.trigger.pos != "verb":
        return m.trigger.pos != "phrase" or not _conjugated(word)
    return m.first == m.last and word == normalize_key(m.trigger.lemma) \
        and lemma_is_noun(m.trigger.lemma)  # fix57: وناشد، وأدان are past verbs


def _conjugated(word: str) -> bool:
    """Whether ``word`` is a form of a verb row other than its lemma (رفضت، طالبت; not the
    bare قتل, which is also the verbal noun)."""
    return any(e.trigger.pos == "verb" and not e.tail
               and word != normalize_key(e.trigger.lemma)
               for e in trigger_index().get(word, ()))


def tags_start(text: str) -> int:
    """Where the page's closing tag line (:data:`TAG_LINE`) starts, or past the end."""
    m = TAG_LINE.search(text)
    return m.start(1) if m is not None else len(text) + 1


def vowelled(toks: list[Token]) -> bool:
    """Whether the sentence is written with harakat (:data:`VOWELLED_SHARE`): verse or
    scripture, not news prose."""
    words = [t for t in toks if t.kind == "word"]
    marked = sum(1 for t in words if not HARAKAT.isdisjoint(t.text))
    return marked >= VOWELLED_WORDS and marked >= VOWELLED_SHARE * len(words)


__all__ = [
    "HARAKA",
    "OPINION_PAGE",
    "OPINION_WEIGHT",
    "names_dated_time",
    "public_call",
    "tags_start",
    "vowelled",
    "without_generic_runs",
]
