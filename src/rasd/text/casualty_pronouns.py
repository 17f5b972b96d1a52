"""Victims named by a pronoun or a singular noun rather than a count.

An act's result clause often names its victims without a number: ``ما أدى إلى مقتله``
(the man just named: one), ``أسفر عن مقتلهما`` (two), ``وإصابة ابنه بجروح`` (his son: one),
``قتل شاب وأصيب والده`` (his father: one, a passive verb's clause of its own; وأصيب زميله),
``مقتل اثنين منهم وإصابة الثالث`` (the third: one), ``مقتله مع أحد مرافقيه`` (he and one
companion: two). These are counts like ``مقتل شخص``; they are read only in a result clause
(after ``أدى إلى``، ``أسفر عن``، ``تسبب في``) or joined by و to such a casualty, so a
name's anniversary (``ذكرى مقتله``) or a denial (``نفى مقتله``) counts nothing.
"""

from __future__ import annotations

import re
from typing import Final

from rasd.model import CasualtyKind

#: Casualty verbal nouns (normalised, so ة is ه and إ is ا) with the kind they count.
_KINDS: Final[dict[str, CasualtyKind]] = {
    "مقتل": "killed",
    "استشهاد": "killed",
    "وفاه": "killed",
    "وفات": "killed",
    "اصابه": "injured",
    "اصابت": "injured",
    "جرح": "injured",
}
_NOUN = r"(?P<n>مقتل|استشهاد|وفات|اصابت)"
#: The casualty noun with an attached pronoun: ه / ها one person, هما two.
_WITH_PRONOUN = re.compile(rf"(?<!\w)و?{_NOUN}(?P<p>هما|ها|ه)(?!\w)")
#: The casualty noun before one person: a kinship or role noun with its pronoun (ابنه،
#: سائقها) or an ordinal or "the other" (الثالث، الآخر).
_PERSON = (r"(?:(?:ابن|ابنت|نجل|شقيق|شقيقت|زوج|زوجت|والد|والدت|سائق|مرافق|حارس|زميل|زميلت"
           r"|رفيق)(?:ه|ها)|ال(?:ثاني|ثالث|رابع|خامس|اخر|اخير))(?!\w)")
_ONE_PERSON = re.compile(rf"(?<!\w)و?(?P<n>مقتل|استشهاد|وفاه|اصابه|جرح)\s+{_PERSON}")
#: A passive casualty verb fused to و before one person (قتل شاب وأصيب والده، استشهد مواطن
#: وجرحت زوجته): a clause of its own that tells one more victim, with no result clause.
#: The word-start test comes after the و, as a look-behind over it (``(?<!\w.)`` there is
#: ``(?<!\w)`` before it): a pattern opening with a letter lets ``re`` skip to each و, where
#: one opening with a look-behind is tried at every character.
_VERB_ONE_PERSON = re.compile(
    rf"و(?<!\w.)(?P<v>اصيب|اصيبت|جرح|جرحت|قتل|قتلت|استشهد|استشهدت|توفي|توفيت)\s+{_PERSON}")
_VERB_KINDS: Final[dict[str, CasualtyKind]] = {
    "اصيب": "injured", "اصيبت": "injured", "جرح": "injured", "جرحت": "injured",
    "قتل": "killed", "قتلت": "killed", "استشهد": "killed", "استشهدت": "killed",
    "توفي": "killed", "توفيت": "killed",
}
#: One more person after the pronoun (مقتله مع أحد مرافقيه، مقتله وأحد أبنائه).
_AND_ONE = re.compile(r"\s+(?:مع\s+|و\s*)(?:احد|احدي)\s+[^\W\d]+")
#: A result clause opens shortly before: the casualty is the act's.
_RESULT_CUE = r"(?:ادي|ادت|اسفر|اسفرت|تسبب|تسببت|افضي)\s+(?:الي|عن|في)"
#: Substrings every :data:`_RESULT_CUE` contains: a text without them has no result clause.
_RESULT_WORDS = ("ادي", "ادت", "اسفر", "تسبب", "افضي")
_RESULT = re.compile(rf"{_RESULT_CUE}\s*$")
_JOIN = re.compile(rf"{_RESULT_CUE}\s+[^.!?؟;؛\n]{{0,40}}$")
_CLAUSE_END = re.compile(r"[.!?؟;؛\n]")


def pronoun_victims(s: str) -> list[tuple[CasualtyKind, int, int, int]]:
    """``(kind, count, start, end)`` of every pronoun or single-person casualty in the
    normalised text ``s`` told in a result clause."""
    # A passive verb's victim is a clause of its own: read whether or not a result cue is
    # there, and kept last, so a result clause's reading of the same words wins.
    verb_victims = [(_VERB_KINDS[m.group("v")], 1, m.start(), m.end())
                    for m in _VERB_ONE_PERSON.finditer(s)]
    if not any(cue in s for cue in _RESULT_WORDS):
        return verb_victims  # no result clause (most pieces): no further regex scan
    out: list[tuple[CasualtyKind, int, int, int]] = []
    for m in _WITH_PRONOUN.finditer(s):
        if not _in_result(s, m.start(), m.group(0).startswith("و")):
            continue
        count, end = (2 if m.group("p") == "هما" else 1), m.end()
        more = _AND_ONE.match(s, end)
        if more is not None:
            count, end = count + 1, more.end()
        out.append((_KINDS[m.group("n")], count, m.start(), end))
    for m in _ONE_PERSON.finditer(s):
        if _in_result(s, m.start(), m.group(0).startswith("و")):
            out.append((_KINDS[m.group("n")], 1, m.start(), m.end()))
    return out + verb_victims


def _in_result(s: str, start: int, joined: bool) -> bool:
    """Whether a casualty at ``start`` is told in a result clause: right after its verb,
    or joined by و to a casualty of one (ما أدى إلى مقتله على الفور وإصابة ابنه)."""
    head = s[max(0, start - 60) : start]
    if _RESULT.search(head) is not None:
        return True
    return joined and _JOIN.search(head) is not None and not _CLAUSE_END.search(head[-40:])
