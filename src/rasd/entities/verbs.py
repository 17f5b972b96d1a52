"""Words at a model person name's edge that are not part of the name: verbs and credit
nouns (``data/ner/verbs.tsv``, ``data/ner/name_edges.tsv``).

The NER model often runs an unseen foreign name on into the unseen verb next to it
(``فينغر ينتهي``, ``وسيغيب كوستا``: both words look like names to its features), and an
arts report's credit noun into the name it introduces (``وإخراج شيرين عادل``), and the
preposition ``على`` into the name after it (normalised, it is the name ``علي``). ANERcorp
leaves them out, as the stage does (:func:`trim_person`).

The verb list is read off raw news text by ``scripts/ner_verbs.py``: imperfect stems seen
after particles that govern verbs (لم، لن، سوف، قد, and أن/لا before ي ت ن), forms seen
after قد. A word is verb-like when one of its proclitic readings (و ل, the future س) is an
imperfect prefix (ي ت ن ا) on a listed stem; a name's last word also when it is a listed
form, or a listed stem after و (``ومرر``: many perfects are the imperfect's stem). Given
names never are (``يزيد``, ``تامر``), and neither is a word after a name link (``أبي
طالب``). Each restriction below says which names it keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from rasd.caches import word_cache
from rasd.datafiles import tsv_rows
from rasd.entities.lexicon import given_names
from rasd.kb import name_key
from rasd.text.tokens import candidate_bases

#: Proclitics a verb may carry (conjunctions, the purpose ل, the future س); the article and
#: the prepositions ب ك make a noun.
_VERB_CLITICS = frozenset({"", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل"})
#: Before an imperfect, ف is rare in news while many foreign names start with في or فا
#: (فيسير): an imperfect reading after it does not count.
_NOT_BEFORE_IMPERFECT = "ف"
#: Proclitics before a perfect read off a stem: the bare stem is too often a noun or a
#: family name (نصر، حسن); after و a name word would start a new name anyway.
_PERFECT_CLITICS = frozenset({"و", "ف"})
_IMPERFECT = frozenset("يتنا")
#: The first person أ is rare in reported news and starts many short foreign names (أولد،
#: أوين): its reading needs a stem longer than this (انتهى is ا + نتهي).
_SHORT_STEM_AFTER_ALEF = 3
#: Plural and dual endings of an imperfect verb (normalised), taken off before its stem is
#: listed or looked up: لم يتمكنوا and يتمكن share the stem تمكن. scripts/ner_verbs.py
#: builds the list with :func:`imperfect_stem` too, so the two always agree.
IMPERFECT_ENDINGS = ("ون", "وا", "ان", "ين")
#: Shortest stem kept: two-letter stems (``قل``) match too many short foreign names.
MIN_STEM = 3
_CREDIT_CLITICS = frozenset({"", "و", "ف", "ب", "ل"})
#: The preposition على as written (with ى): normalisation folds it into the name علي, which
#: is written with ي; the model reads ``على عثمان`` ("against Othman") as one name.
_PREPOSITION_ALA = frozenset({"على", "وعلى", "فعلى"})
#: Words after which the next word is a name even when it is also a verb (أبي طالب).
_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "عبد", "ال", "ام"})


def _rows(name: str) -> dict[str, list[str]]:
    """The ``class<TAB>a|b|c`` rows of a data file of ``rasd.data.ner`` (empty if absent)."""
    try:
        found = tsv_rows("rasd.data.ner", name)
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    rows: dict[str, list[str]] = {}
    for _, (cls, *members) in found:
        rows.setdefault(cls, []).extend(w for m in members for w in m.split("|") if w)
    return rows


@cache
def verb_lists() -> tuple[frozenset[str], frozenset[str]]:
    """``(stems, forms)`` of the shipped verb list (normalised already by its build)."""
    rows = _rows("verbs.tsv")
    return frozenset(rows.get("STEM", ())), frozenset(rows.get("FORM", ()))


@cache
def credit_words() -> frozenset[str]:
    """Normalised credit nouns (``إخراج``, ``تأليف``): never a name's first word."""
    return frozenset(k for k in map(name_key, _rows("name_edges.tsv").get("CREDIT", ())) if k)


def imperfect_stem(word: str) -> str:
    """The stem of an imperfect verb form: no person prefix, no plural or dual ending."""
    stem = word[1:]
    for end in IMPERFECT_ENDINGS:
        if stem.endswith(end) and len(stem) - len(end) >= MIN_STEM:
            return stem[: -len(end)]
    return stem


@word_cache
def verb_like(word: str, last: bool = True) -> bool:
    """Whether the normalised ``word`` reads as a verb (module doc). ``last``: the word ends
    a name, where perfects count too; a name's first word must read as an imperfect (the
    perfects that start names are given names the list misses, ``طالب``, and a first
    word after و is mostly a second name: ``وحسن``, ``وخلف``)."""
    if word in given_names():
        return False
    stems, forms = verb_lists()
    for clitics, base in candidate_bases(word):
        if clitics not in _VERB_CLITICS:
            continue
        if "س" in clitics and base[:1] == "ا":
            continue  # the future before أ is written سأ, rare in news: سامي is not س + امي
        if last and base in forms:
            return True
        if base[:1] in _IMPERFECT and imperfect_stem(base) in stems \
                and _NOT_BEFORE_IMPERFECT not in clitics \
                and not (base[:1] == "ا" and len(base) - 1 <= _SHORT_STEM_AFTER_ALEF):
            return True
        if last and clitics in _PERFECT_CLITICS and base in stems:
            return True
    return False


def credit_like(word: str) -> bool:
    """Whether the normalised ``word`` is a credit noun, alone or after و ف ب ل."""
    words = credit_words()
    return any(base in words for clitics, base in candidate_bases(word)
               if clitics in _CREDIT_CLITICS)


def trim_person(
    norm: Callable[[int], str], raw: Callable[[int], str], w0: int, w1: int
) -> tuple[int, int]:
    """Words ``[w0, w1)`` of a model person name without a verb at either edge, or a credit
    noun or the preposition ``على`` first (module doc); ``norm(w)`` is word ``w``'s
    normalised form, ``raw(w)`` its text. One word always stays."""
    while w1 - w0 > 1 and verb_like(norm(w1 - 1)) and norm(w1 - 2) not in _NAME_LINKS:
        w1 -= 1
    while w1 - w0 > 1 and (verb_like(norm(w0), last=False) or credit_like(norm(w0))
                           or raw(w0) in _PREPOSITION_ALA):
        w0 += 1
    return w0, w1
