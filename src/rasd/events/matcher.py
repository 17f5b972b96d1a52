"""Trigger matching over the tokens of one sentence.

A token is read as its normalised form and its clitic-stripped readings; verb and noun rows
and ``+`` slots also read it without an attached pronoun (``اعتقلته`` → ``اعتقلت``,
``استقالته`` → ``استقالة``): :mod:`rasd.events.readings`. Readings are cached per normalised
word, and the first-word index gives the candidate rows of a token in one probe; only those
rows are tried further.

Block rows cancel every trigger match inside them; of overlapping matches the longest wins,
and matches of equal extent are all kept as candidates for the extractor to choose from.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from operator import itemgetter, not_
from typing import cast

from rasd.caches import WORD_CACHE_SIZE
from rasd.events.lexicon import Alt, IndexEntry, Slot, Trigger
from rasd.events.readings import _NO_READINGS
from rasd.events.readings import PRONOUNS as PRONOUNS  # re-exported: callers import them here
from rasd.events.readings import Readings as Readings
from rasd.events.readings import first_hits as first_hits
from rasd.events.readings import plain_readings as plain_readings
from rasd.events.readings import pronoun_readings as pronoun_readings
from rasd.events.senses.called_content import addressee_after_content  # fix47
from rasd.events.senses.characterisations import idle_characterisation
from rasd.events.senses.group_aims import describes_group  # fix56
from rasd.events.senses.sideline_meetings import without_sideline_frames  # fix56
from rasd.events.syntax.quantity_gaps import quantity_word  # fix49
from rasd.text.calendar import calendar_names
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Punctuation a gap never crosses: a clause boundary.
HARD_PUNCT = frozenset(".،,؛;:!?؟")
#: Quotation marks and brackets around a name (حركة «إم 23»، قوات سوريا الديمقراطية (قسد)): no
#: word, so they use up no gap.
QUOTE_MARKS = frozenset('«»"“”()')
#: Words of a time adverbial (أمس الأول، الشهر الماضي، مساء الخميس، يوم السبت) that a gap
#: crosses without using it up, as it crosses a comma-delimited insert: the adverbial
#: stands between a verb and its object or subject (أبرما في أبريل الماضي تفاهمات).
GAP_TIME_WORDS = frozenset(normalize_key(w) for w in (
    "أمس", "الأمس", "اليوم", "غدا", "الماضي", "الماضية", "الجاري", "الجارية", "الحالي",
    "مساء", "صباح", "فجر", "ظهر", "ليل", "ليلة", "الليلة", "يوم", "الشهر", "الأسبوع", "العام",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "خلال", "الأيام", "اليومين", "الساعات", "الأخيرة", "الماضيين"))


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger row matched on tokens ``[first, last]`` (indices into the sentence tokens)."""

    trigger: Trigger
    first: int
    last: int
    start: int  # character offsets in the document
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


def _words_at(r: Readings, j: int, words: Alt, pronoun: bool) -> int | None:
    """Index after ``words`` matched from token ``j``; a pronoun only on the last word."""
    n = len(words)
    if j + n > len(r.toks):
        return None
    last = n - 1
    plain = r.plain
    for k, word in enumerate(words):
        if word not in (r.pron[j + k] if pronoun and k == last else plain[j + k]):
            return None
    return j + n


def _slots_from(toks: list[Token], r: Readings, j: int, slots: tuple[Slot, ...],
                k: int, counted: bool = True) -> int | None:
    """Index after ``slots[k:]`` matched from token ``j`` (shortest gaps first); ``counted``:
    a subject's quantity words use up no gap (fix49; not for block rows, whose gaps were
    measured on the words as written)."""
    if k == len(slots):
        return j
    slot = slots[k]
    if slot.gap:
        used, start = 0, j  # fix49: start, where the gap opens (quantity_gaps)
        after_time: int | None = None  # the comma closing a time insert just crossed
        # The rest can start at j only where the next slot's heads meet j's readings: that
        # test, made here, spares a call per position the gap crosses (most fail it).
        nxt = slots[k + 1] if k + 1 < len(slots) and not slots[k + 1].gap else None
        while True:
            if nxt is None or (j < len(toks) and not nxt.heads.isdisjoint(
                    r.pron[j] if nxt.pronoun else r.plain[j])):
                end = _slots_from(toks, r, j, slots, k + 1, counted)
                if end is not None:
                    return end
            if j >= len(toks):
                return None
            close = _insert_close(toks, j)
            if close is not None:
                # a time or place insert (وقعت الإمارات وإثيوبيا، أمس الاثنين في أبوظبي،
                # اتفاقية) is crossed whole and does not use up the gap; so is a second
                # time insert its closing comma opens (قضت الدائرة …، المنعقدة بمجمع
                # محاكم بدر، اليوم الاثنين، بالسجن: the seat, then the day)
                timed = _time_insert_close(toks, j) == close
                while (again := _time_insert_close(toks, close)) is not None:
                    close, timed = again, True
                after_time = close if timed else None
                j = close + 1
                continue
            if after_time == j - 1 and (place := _place_insert_close(toks, j - 1)) is not None:
                # ، أمس الخميس، عبر منفذ ربيعة الحدودي، 187 عائلة: a place insert right
                # after a time insert, crossed once the next slot failed to start at its
                # first word (خرج مئات …، مساء أمس، في مسيرة keeps its في) (fix38)
                after_time = None
                j = place + 1
                continue
            if toks[j].norm in GAP_TIME_WORDS or toks[j].norm in QUOTE_MARKS \
                    or (counted and quantity_word(toks, start, j)):  # fix49: عدد من، نحو 450
                # a time adverbial without commas (طردت الشهر الماضي 12 موظفا في السفارة)
                # is crossed like an insert: it does not use up the gap
                j += 1
                continue
            if used == slot.gap or toks[j].norm in HARD_PUNCT:
                return None
            used += 1
            j += 1
    if j >= len(toks) or slot.heads.isdisjoint(r.pron[j] if slot.pronoun else r.plain[j]):
        return None
    for alt in slot.alts:
        after = _words_at(r, j, alt, slot.pronoun)
        if after is not None:
            end = _slots_from(toks, r, after, slots, k + 1, counted)
            if end is not None:
                return end
    return None


def _blocks(b: Match, m: Match, toks: list[Token]) -> bool:
    """Whether block match ``b`` cancels trigger match ``m``: ``m`` lies inside it, unless
    it stands in the gap after the block's first word with words of its own after it. Such a
    gap holds what stands between the blocked words (a subject with a relative clause:
    أشادت الحكومة التي قصفت المسلحين أمس بالأجهزة الأمنية), and an act told there with its
    object is an act of its own; a verb right before the block's next word belongs to the
    blocked phrase (الغزو الذي يغتال العقول)."""
    if not (b.first <= m.first and m.last <= b.last):
        return False
    if m.first == b.first or b.last - b.first < 2:
        return True
    gap = first_gap(toks, b)
    return gap is None or not (gap[0] <= m.first and m.last < gap[1] - 1)


def first_gap(toks: list[Token], m: Match) -> tuple[int, int] | None:
    """Token range held by the gap that follows a phrase match's first word (شن [الطيران
    الحربي] غارات), or None: the gap is found by matching the rest of the row from each
    position, the first that reaches the match's end."""
    slots = m.trigger.slots
    if len(slots) < 3 or not slots[1].gap:
        return None
    r = Readings(toks)
    for p in range(m.first + 2, m.last + 1):
        if _slots_from(toks, r, p, slots, 2, m.trigger.pos != "block") == m.last + 1:
            return m.first + 1, p
    return None


_COMMAS = frozenset("،,")
#: Words a comma-delimited insert holds (``قضت المحكمة، اليوم الأحد، بالسجن``, ``وقعت
#: الإمارات، أمس الاثنين في أبوظبي، اتفاقية``): a gap crosses the insert whole, not a
#: clause boundary. Five words hold a day and a place (أمس الاثنين في العاصمة الكينية).
INSERT_WORDS = 9


#: A party's seat told in apposition (أدانت المحكمة، ومقرها لاهاي، القرار): its و opens no
#: new clause, so the insert is crossed like a place adverbial (fix39).
SEAT_WORDS = frozenset(normalize_key(w) for w in ("مقرها", "مقره", "مقرهم", "مقرهما"))


def _insert_close(toks: list[Token], k: int) -> int | None:
    """The index of the comma closing the short insert that the comma at ``k`` opens (a
    time or place adverbial), or None: at most :data:`INSERT_WORDS` words, no other
    punctuation and no new clause (a word with و/ف fused) inside."""
    if toks[k].norm not in _COMMAS:
        return None
    for q in range(k + 1, min(len(toks), k + INSERT_WORDS + 2)):
        if toks[q].norm in _COMMAS:
            return q if q > k + 1 else None
        if toks[q].norm in HARD_PUNCT or (toks[q].clitics[:1] in ("و", "ف")
                                           and toks[q].norm not in calendar_names()
                                           and toks[q].base not in SEAT_WORDS):
            # a month whose name starts with ف (فبراير، فيفري) is no fused conjunction:
            # the insert is a date (سلمت نظيرتها الإسبانية، في فبراير الماضي، مواطنا)
            return None
    return None


def _time_insert_close(toks: list[Token], k: int) -> int | None:
    """As :func:`_insert_close`, for an insert of time words only (، اليوم الاثنين،): the
    one a gap may cross right after another insert (round 28)."""
    close = _insert_close(toks, k)
    if close is None or any(t.norm not in GAP_TIME_WORDS for t in toks[k + 1:close]):
        return None
    return close


#: Words that open a place insert (، عبر منفذ ربيعة الحدودي،، في مقر الوزارة،): normalised.
PLACE_OPENERS = frozenset(normalize_key(w) for w in (
    "في", "عبر", "قرب", "داخل", "عند", "لدى", "أمام"))


def _place_insert_close(toks: list[Token], comma: int) -> int | None:
    """The comma closing a place insert that the comma ``comma`` opens (، عبر منفذ ربيعة
    الحدودي،), or None (fix38)."""
    place = _insert_close(toks, comma)
    if place is None:
        return None
    head = toks[comma + 1]
    if head.norm not in PLACE_OPENERS and not head.clitics.startswith("ب"):
        return None
    return place


#: A word's plain readings and the index entries it may start, kept together so that a
#: token costs one dict probe instead of two LRU-cache calls (the matcher reads every word
#: of every sentence; the two calls were a third of its time). Emptied when full, as the
#: tokenizer's chunk caches are; refilled from the LRU caches behind it.
#: The third item is the union of the first ``needs`` of the word's rows (None when a row
#: needs nothing): a sentence with no reading in it matches none of the rows, told by one
#: set test instead of one per row (في above all starts rows, and none in most sentences).
_Word = tuple[frozenset[str], tuple[IndexEntry, ...], frozenset[str] | None]
_WORDS: dict[str, _Word] = {}
_NOT_A_WORD: _Word = (_NO_READINGS, (), None)
#: Each distinct union of first ``needs`` sets, once: a few hundred rows' worth at most.
_GATES: dict[frozenset[str], frozenset[str]] = {}


def _word(norm: str) -> _Word:
    if len(_WORDS) >= WORD_CACHE_SIZE:
        _WORDS.clear()
    entries = first_hits(norm)
    gate = None
    if entries and all(e.needs for e in entries):
        firsts = {id(e.needs[0]): e.needs[0] for e in entries}
        if len(firsts) == 1:  # one slot's heads, shared with the lexicon
            gate = entries[0].needs[0]
        else:  # the same union for every form of a word: kept once
            union = frozenset().union(*firsts.values())
            gate = _GATES.setdefault(union, union)
    rec = _WORDS[norm] = (plain_readings(norm), entries, gate)
    return rec


_NORM = itemgetter(3)  # Token.norm
_READINGS = itemgetter(0)  # a _Word's plain readings
_ENTRIES = itemgetter(1)  # a _Word's index entries


def find_matches(toks: list[Token], readings: Readings | None = None) -> list[Match]:
    """Every trigger match in a sentence's tokens, after block rows and longest-match."""
    r = readings if readings is not None else Readings(toks)
    raw: list[Match] = []
    # Looked up in C (map); only the misses, new words and non-words, are seen in Python.
    # A token's kind follows from its text's first character, so a non-word's norm is
    # never a key of _WORDS and always comes back None here.
    found: list[_Word | None] = list(map(_WORDS.get, map(_NORM, toks)))
    for i in compress(range(len(found)), map(not_, found)):
        t = toks[i]
        found[i] = _word(t.norm) if t.kind == "word" else _NOT_A_WORD
    words = cast(list[_Word], found)
    if r._plain is None:
        r._plain = list(map(_READINGS, words))  # what Readings.plain would compute
    # Every plain reading of the sentence: a row with a later slot none of whose heads is
    # among them cannot match anywhere in it (most rows a word starts fail so), which one
    # set test per slot tells before the slot-by-slot search (IndexEntry.needs).
    # The rows that pass are worked out once per distinct word of the sentence: a word that
    # starts rows is often a frequent one (في starts 14, a third of all the rows tried)
    # that comes back in the same sentence.
    vocab: frozenset[str] | None = None
    passing: dict[str, list[IndexEntry]] = {}
    for i in compress(range(len(words)), map(_ENTRIES, words)):  # the tokens starting rows
        _, entries, gate = words[i]
        norm = toks[i].norm
        rows = passing.get(norm)
        if rows is None:
            if vocab is None:
                vocab = frozenset().union(*r._plain)
            isdisjoint = vocab.isdisjoint
            rows = passing[norm] = [] if gate is not None and isdisjoint(gate) else [
                e for e in entries if not (e.needs and any(map(isdisjoint, e.needs)))]
        for entry in rows:
            j = _words_at(r, i + 1, entry.tail, entry.pronoun) if entry.tail else i + 1
            if j is None:
                continue
            end = _slots_from(toks, r, j, entry.trigger.slots, 1, entry.trigger.pos != "block")
            if end is None or end <= i:
                continue
            raw.append(Match(entry.trigger, i, end - 1, toks[i].start, toks[end - 1].end))
    if not raw:
        return raw
    raw = [m for m in raw if not _purpose(m, toks) and not _false_reading(m, toks)
           and not idle_characterisation(toks, m.first, m.last, m.trigger.lemma)]  # charac19
    blocks = [m for m in raw if m.trigger.block
              and not addressee_after_content(m, toks, raw)]  # fix47: دعا إلى إطلاق سراح الطلاب
    live = [m for m in raw if not m.trigger.block
            and not any(_blocks(b, m, toks) for b in blocks)]
    # after the longest match: a weapon list's second item drops with its shorter readings
    kept = _longest(live, toks)
    kept = [m for m in kept if not _weapon_conjunct(m, toks, kept)]
    return without_sideline_frames(kept, toks)  # fix56: على هامش القمة، التقى …


_ARTICLE = ("ال", "لل")
#: Proclitic prepositions that attach to nouns only.
_NOUN_CLITICS = ("ب", "ك")


#: Trigger words whose spelling without hamza, which normalisation produces, is a common
#: other word: هنأ "congratulated" is هنا "here", هنأت is هنات "flaws". Read on a surface
#: word that has no hamza they are that other word (in a random sample of Saudi news every
#: such reading was "here").
HAMZA_NEEDED = frozenset({"هنا", "هنات"})
_HAMZAS = frozenset("أإؤئءآ")
#: Trigger readings whose surface spelt with this seat of hamza is another word: أبعاد is
#: "dimensions" (أبعاد جيوسياسية، أبعادها), the trigger is إبعاد "deportation". Normalised
#: reading (a reading with a pronoun after it included) -> the other word's spelling.
OTHER_WORD_SPELLING = {"ابعاد": "أبعاد"}
#: Trigger readings that a shadda on the surface word rules out: وعد "promised" has none,
#: so a written وعدّ is و + عدّ "considered" (وعدّ الوزير القرار خطوة مهمة).
SHADDA_RULES_OUT = frozenset({"وعد", "وعدت"})
_SHADDA = "\u0651"
#: Words after an arrival verb's إلى that make it a level reached, not a place arrived at:
#: prices, totals and losses "reach" (يصل إلى 300 ريال، وصلت الخسائر إلى أكثر من ...،
#: تصل إلى حد). Normalised forms.
LEVEL_AFTER_ARRIVAL = frozenset({
    "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "ما", "حد", "الحد", "مستوي", "مستويات",
    "نسبه", "ذروه", "ذروتها", "اعلي", "ادني", "ارقام", "رقم", "مليار", "مليون", "الف", "الاف",
    "ضعف", "اضعاف", "مرحله", "درجه", "حجم",
})
#: Prepositions after which a word is a noun, never an imperfect verb: في تقاطع is "at the
#: junction", not "she boycotts".
NOUN_ONLY_AFTER = frozenset({"في", "علي", "عند", "قرب", "لدي", "حول", "داخل", "امام", "خلف"})


def _false_reading(m: Match, toks: list[Token]) -> bool:
    """Readings that cannot be the row's word: a verb row read through the article (الطلب
    is a noun, not طلب "he asked"), a final ة read as the pronoun ه (طالبة "student" is
    not طالب + ه "demanded him"; normalisation writes both ه), a hamza-less word read as a
    trigger spelt with one (:data:`HAMZA_NEEDED`), an arrival that is a level reached
    (:data:`LEVEL_AFTER_ARRIVAL`) and a verb right after a preposition."""
    tok = toks[m.first]
    if describes_group(m, toks):  # fix56: من حركة تطالب برحيل الرئيس
        return True
    if plain_readings(tok.norm) & HAMZA_NEEDED and _HAMZAS.isdisjoint(tok.text) \
            and _first_reading_needs_hamza(m, tok):
        return True
    if any(other in tok.text and any(p.startswith(reading) for p in plain_readings(tok.norm))
           for reading, other in OTHER_WORD_SPELLING.items()):  # the cheap test first
        return True
    if _SHADDA in tok.text and _first_reading_in(m, tok, SHADDA_RULES_OUT):
        return True
    if m.trigger.type == "CONSULT" and toks[m.last].norm in _ARRIVAL_PREPOSITIONS \
            and m.last + 1 < len(toks) and (toks[m.last + 1].kind == "number"
                                             or toks[m.last + 1].norm in LEVEL_AFTER_ARRIVAL):
        return True
    if m.trigger.pos == "verb" and m.first > 0 and toks[m.first - 1].norm in NOUN_ONLY_AFTER \
            and not tok.clitics:
        return True
    first = m.trigger.slots[0]
    forms = {a[0] for a in first.alts}
    word = tok.norm
    if word[:1] in ("و", "ف") and word not in forms:
        word = word[1:]
    if m.trigger.pos == "verb" and word.startswith(_ARTICLE) and word not in forms:
        return True
    if m.trigger.pos == "verb" and word not in forms and word[:1] in _NOUN_CLITICS \
            and word[1:] in forms and word[1:] != normalize_key(m.trigger.lemma):
        # a verb takes no ب or ك: وبحثا is بحث "discussed", not ب + حثا "urged"; the bare
        # lemma is also the verbal noun (بطلب من الجزائر) and keeps its reading
        return True
    if m.trigger.pos == "verb" and m.first > 0 and toks[m.first - 1].kind == "number":
        return True  # a counted noun: 12 متهما are twelve defendants, not "accusing"
    if m.trigger.pos == "verb" and word in DEFENDANT_FORMS and m.last + 1 < len(toks) and (
            toks[m.last + 1].clitics.lstrip("وف").startswith("ب")
            or toks[m.last + 1].norm in DEFENDANT_NEXT):
        # مطلوبا متهما بتمويل خلايا: "accused of", an attribute; برأت المحكمة متهما عاشرا: a
        # defendant. The accusing participle has its object first (متهما إسلام آباد بقصف)
        return True
    if m.trigger.pos == "verb" and _hortative(tok.norm, forms):
        return True
    last = toks[m.last]
    if m.last + 1 < len(toks) and any(last.norm.endswith(w) and toks[m.last + 1].norm == n
                                      for w, n in NAME_WORDS):
        return True
    return last.text.endswith("ة") and _last_forms(m).isdisjoint(plain_readings(last.norm))


#: The participle of اتهم that is also "defendant" or "accused of" (normalised), and the
#: words after it that make it the noun (متهما عاشرا، متهما آخر).
DEFENDANT_FORMS = frozenset({"متهما", "متهمه", "متهمين"})
DEFENDANT_NEXT = frozenset(normalize_key(w) for w in (
    "آخر", "آخرين", "أخرى", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا",
    "تاسعا", "عاشرا", "رئيسيا", "رئيسا", "أول", "أولا", "واحدا", "بارزا", "فارا", "هاربا"))


#: Weapon nouns (normalised bases): one joined by و to another names the same arsenal
#: (هجوم بطائرات مسيرة وصواريخ، تعزيزات تضم دبابات وراجمات صواريخ).
WEAPON_WORDS = frozenset(normalize_key(w) for w in (
    "طائرة", "طائرات", "مسيرة", "مسيرات", "دبابة", "دبابات", "مدفع", "مدافع", "مدفعية",
    "قذيفة", "قذائف", "صاروخ", "صواريخ", "راجمة", "راجمات", "مدرعات", "مدرعة", "آليات",
    "أسلحة", "ذخائر", "ذخيرة", "قنابل", "عبوات", "بالستية", "باليستية", "حربية", "انتحارية",
    # duals and their adjectives (بصاروخين باليستيين وطائرة مسيرة: one list of arms)
    "صاروخين", "صاروخان", "قذيفتين", "قذيفتان", "طائرتين", "مسيرتين", "باليستيين",
    "بالستيين", "مجنحين",
    # assault18: bullets are the first item of a list of arms a firing verb takes (أطلقوا
    # الرصاص الحي وقنابل الغاز): the bombs after them are that shooting's means, no act
    "رصاص"))


def _weapon_conjunct(m: Match, toks: list[Token], matches: list[Match]) -> bool:
    """Whether a weapon noun trigger fused to و follows another weapon noun (or one and
    its adjective) that no ASSAULT match reads: the second item of one list of arms
    (هجوم بطائرات مسيرة وصواريخ، تعزيزات تضم دبابات وراجمات صواريخ), which an attack or a
    delivery told before already names. After a weapon that is itself a trigger (ردوا
    بإطلاق الصواريخ وقذائف المورتر) it is a second trigger of the same attack and stays,
    except a crowd-control means after another (الغاز المسيل للدموع والرصاص المطاطي), which
    names how one crowd was dispersed."""
    if m.trigger.type != "ASSAULT" or m.trigger.pos == "verb":
        return False
    if m.trigger.mode == "crowd-control" and toks[m.first].clitics.startswith("و") and any(
            o is not m and o.trigger.type == "ASSAULT" and o.trigger.mode == "crowd-control"
            and m.first - 2 <= o.last < m.first for o in matches):
        # بالغاز المسيل للدموع والرصاص المطاطي، الغاز والقنابل الصوتية: the means of one
        # dispersal listed, not a second act
        return True
    at = m.first
    if not toks[at].clitics.startswith("و"):
        # the complement of a و-fused weapon (دبابات وراجمات صواريخ)
        at -= 1
        if at < 1 or not toks[at].clitics.startswith("و") or toks[at].base not in WEAPON_WORDS:
            return False
    # the weapon before may carry a two-word adjective (بأسلحة عالية الدقة وطائرات مسيرة,
    # صواريخ بعيدة المدى ومسيرات: fix36a)
    weapon = next((k for k in (at - 1, at - 2, at - 3) if k >= 0 and toks[k].base in WEAPON_WORDS
                   and (k > at - 3 or _construct_adjective(toks, k + 1))), None)
    if weapon is None:
        return False
    reading = [o for o in matches if o.trigger.type == "ASSAULT" and o.first <= weapon <= o.last]
    # assault18: after a weapon a trigger reads, a listed weapon of another means (أطلقت
    # الرصاص الحي وقنابل الغاز) is still that act's arms: kept, its mode would split the act
    return not reading or all(o.trigger.mode and o.trigger.mode != m.trigger.mode
                              for o in reading)


#: First words of two-word adjectives of weapons (عالية الدقة، بعيدة المدى، قصيرة المدى),
#: normalised: the annexation that may stand between a listed weapon and the next one
#: (fix36a).
WEAPON_ADJECTIVES = frozenset({"عاليه", "بعيده", "قصيره", "متوسطه", "طويله", "بعيد", "قصير",
                               "متوسط", "طويل", "عالي"})


def _construct_adjective(toks: list[Token], k: int) -> bool:
    """Whether the two tokens from ``k`` are a weapon's two-word adjective (عالية الدقة،
    بعيدة المدى: :data:`WEAPON_ADJECTIVES`)."""
    return k + 1 < len(toks) and toks[k].norm in WEAPON_ADJECTIVES \
        and toks[k + 1].clitics.startswith("ال")


def _hortative(norm: str, forms: set[str]) -> bool:
    """Whether a verb is read through و/ف + the jussive لـ of an imperfect: the 1st-person
    plural (ولنطالب، فلنرفض: "let us demand") or the 3rd person (ولترفض الوزارة، وليتحمل
    المسؤولون: "let the ministry refuse"), an exhortation or a purpose, no act. The
    3rd-person masculine imperfect of the same verb must be a form of the row (نطالب beside
    يطالب), so ولنقل "and to move" (ل + نقل) and ولتعزيز (ل + a verbal noun) are not one."""
    if len(norm) < 6 or norm[:2] not in ("ول", "فل") or norm[2] not in "نتي":
        return False
    return norm[2:] in forms and "ي" + norm[3:] in forms


#: A trigger's last word and the next word that make it part of a name, not the act: قوات
#: الدعم السريع (Sudan's Rapid Support Forces) is no support (أكد مستشار لقائد الدعم السريع).
NAME_WORDS = (("الدعم", "السريع"),)


#: The preposition an arrival verb takes (normalised إلى, and إلي as often typed).
_ARRIVAL_PREPOSITIONS = frozenset({"الي"})


def _first_reading_needs_hamza(m: Match, tok: Token) -> bool:
    """Whether the row's first slot matched ``tok`` through a :data:`HAMZA_NEEDED` form."""
    return _first_reading_in(m, tok, HAMZA_NEEDED)


def _first_reading_in(m: Match, tok: Token, words: frozenset[str]) -> bool:
    """Whether the row's first slot matched ``tok`` through one of ``words``."""
    forms = {a[0] for a in m.trigger.slots[0].alts}
    return bool(forms & words & plain_readings(tok.norm))


def _last_forms(m: Match) -> frozenset[str]:
    """The words the match's last slot may end with."""
    slot = next((s for s in reversed(m.trigger.slots) if not s.gap), m.trigger.slots[0])
    return frozenset(a[-1] for a in slot.alts)


def _purpose(m: Match, toks: list[Token]) -> bool:
    """A verbal noun behind the purpose ل (لمساعدة، للتشاور، لاستهداف) names an aim, not an
    act: no event. Verb rows (ليقصف) and forms listed with their ل keep their match."""
    if m.trigger.pos != "noun" or m.trigger.block:
        return False
    tok = toks[m.first]
    return tok.clitics.lstrip("وف").startswith("ل") and tok.norm not in {
        a[0] for a in m.trigger.slots[0].alts} and not (m.trigger.lemma in EXPOSED_NOUNS
                                                       and _exposed_to(toks, m.first))


#: Forms of تعرض "was exposed to", whose complement takes ل (تعرضت القاعدة لهجوم): normalised.
EXPOSED = frozenset({"تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"})
#: Attack nouns read as that complement; ضربة is left out (تعرضت الشركة لضربة قوية is a
#: business setback) and so is criticism (تعرض لانتقادات).
EXPOSED_NOUNS = frozenset({"هجوم", "قصف", "اعتداء", "غارة", "كمين"})
#: How many tokens back such a verb may stand (its subject, a place and a time insert).
EXPOSED_WINDOW = 14


def _exposed_to(toks: list[Token], k: int) -> bool:
    """Whether the ل-noun at ``k`` is the complement of تعرض in its clause, not a purpose."""
    for q in range(k - 1, max(-1, k - 1 - EXPOSED_WINDOW), -1):
        if toks[q].norm in HARD_PUNCT and toks[q].norm not in _COMMAS:
            return False  # a comma may close an insert (، ليل الاثنين،) before the noun
        if toks[q].norm.lstrip("وف") in EXPOSED:
            return True
    return False


def _in_insert(toks: list[Token], k: Match, m: Match) -> bool:
    """Whether match ``m`` lies inside a comma-delimited insert that the longer match ``k``
    crosses (توصلا، خلال جولة محادثات استضافتها الدوحة، إلى وقف لإطلاق النار: the talks
    are an act of their own, not a part of the agreement's phrase)."""
    for c in range(k.first + 1, m.first):
        if toks[c].norm in _COMMAS:
            close = _insert_close(toks, c)
            if close is not None and m.last < close < k.last:
                return True
    return False


def _longest(matches: list[Match], toks: list[Token]) -> list[Match]:
    """Drop every match overlapping a longer one (unless it stands in an insert the longer
    one crosses); keep equal-extent candidates together."""
    matches.sort(key=lambda m: (-m.length, m.start))
    kept: list[Match] = []
    for m in matches:
        clash = False
        for k in kept:
            if m.first <= k.last and k.first <= m.last and (k.start, k.end) != (m.start, m.end) \
                    and not _in_insert(toks, k, m):
                clash = True
                break
        if not clash and all(k.trigger is not m.trigger or k.start != m.start for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, -m.length))
    return kept
