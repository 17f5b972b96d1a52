"""The casualty lexicons (``casualty_words.tsv``, ``victim_groups.tsv``,
``casualty_context.tsv`` in ``rasd/data/lexicon``) and the regexes built from them.

Every key is normalised with :func:`rasd.text.normalize.normalize_key`; the regexes match on
normalised text, with lazy proclitics (the whole word is tried first) and an optional
article, so ``والقتلى``, ``بمقتل`` and ``للمعتقلين`` all reach their entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.text.normalize import normalize_key
from rasd.text.tokens import word_alternation

TriggerRole = Literal[
    "noun", "event", "event_strict", "both", "after", "split_after", "split_before"
]
GrammaticalNumber = Literal["sg1", "sg", "du", "pl", "-"]

_ROLES = frozenset({"noun", "event", "event_strict", "both", "after", "split_after",
                    "split_before", "toll"})
_KINDS = frozenset({"killed", "injured", "arrested", "missing", "abducted", "killed+injured"})
_NUMBERS = frozenset({"sg1", "sg", "du", "pl", "-"})


class LexiconError(RasdError):
    """A lexicon data file is malformed (a packaging bug, not bad input)."""

    code = "lexicon"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A casualty word: what happened to the victims and where their count is."""

    kind: str  # a CasualtyKind, or "killed+injured" for the split phrases
    role: TriggerRole
    number: GrammaticalNumber


@dataclass(frozen=True, slots=True)
class VictimGroup:
    """A noun phrase naming the victims; ``label`` is ``None`` for generic people words."""

    label: str | None
    number: GrammaticalNumber


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    triggers: dict[str, Trigger]
    tolls: dict[str, str]  # noun after عدد / حصيلة → casualty kind
    groups: dict[str, VictimGroup]
    context: dict[str, frozenset[str]]  # not_event / release / disease / exceed → words


def _rows(name: str) -> list[tuple[str, int, list[str]]]:
    """``(line, line number, fields)``: the line itself for error messages."""
    return [("\t".join(cols), n, cols) for n, cols in tsv_rows("rasd.data.lexicon", name)]


def _forms(listed: str) -> list[str]:
    return [normalize_key(f) for f in listed.split("|") if f.strip()]


@cache
def casualty_lexicon() -> CasualtyLexicon:
    """The parsed casualty lexicons (loaded once); raises :class:`LexiconError` if malformed."""
    triggers: dict[str, Trigger] = {}
    tolls: dict[str, str] = {}
    for line, n, cols in _rows("casualty_words.tsv"):
        where = f"casualty_words.tsv:{n}"
        if len(cols) != 4 or cols[0] not in _KINDS or cols[1] not in _ROLES \
                or cols[2] not in _NUMBERS:
            raise LexiconError(f"bad row {line!r}", where=where)
        kind, role, number, listed = cols
        for form in _forms(listed):
            if role == "toll":
                tolls[form] = kind
                continue
            if form in triggers:
                raise LexiconError(f"{form!r} listed twice", where=where)
            triggers[form] = Trigger(kind, role, number)  # type: ignore[arg-type]
    groups: dict[str, VictimGroup] = {}
    for line, n, cols in _rows("victim_groups.tsv"):
        if len(cols) != 3 or cols[1] not in _NUMBERS:
            raise LexiconError(f"bad row {line!r}", where=f"victim_groups.tsv:{n}")
        label = None if cols[0] == "-" else cols[0]
        for form in _forms(cols[2]):
            groups[form] = VictimGroup(label, cols[1])  # type: ignore[arg-type]
    context: dict[str, set[str]] = {}
    for _line, _n, cols in _rows("casualty_context.tsv"):
        context.setdefault(cols[0], set()).update(_forms(cols[1]))
    return CasualtyLexicon(triggers, tolls, groups,
                           {k: frozenset(v) for k, v in context.items()})


_CLITICS = r"(?:[وف]??(?:[بكل]|لل)??)"


#: Every proclitic sequence :data:`_CLITICS` matches, article included or not.
_CLITIC_FORMS = [a + b + art for a in ("", "و", "ف") for b in ("", "ب", "ك", "ل", "لل")
                 for art in ("", "ال")]
#: How many leading letters of ``clitics + word`` the gate of :func:`trigger_re` looks at.
_GATE_LETTERS = 3


@cache
def trigger_re() -> re.Pattern[str]:
    """Casualty words: group ``t`` is the lexicon key, ``pre`` the proclitics, ``art`` ال."""
    triggers = casualty_lexicon().triggers
    words = word_alternation(triggers)
    # The scan runs over every text. Most word starts begin no casualty word: a lookahead
    # over the first letters any match can begin with rejects them in a few character tests
    # before each lazy clitic reading is tried in turn (a superset: it hides no match).
    heads = {(c + w)[:_GATE_LETTERS] for c in _CLITIC_FORMS for w in triggers}
    gate = rf"(?={word_alternation(heads)})"
    return re.compile(
        rf"(?<!\w){gate}(?P<pre>{_CLITICS})(?P<art>ال)??(?P<t>{words})(?!\w)"
    )


@cache
def toll_re() -> re.Pattern[str]:
    """``عدد القتلى`` / ``حصيلة الضحايا``: group ``n`` is the noun's lexicon key."""
    nouns = word_alternation(casualty_lexicon().tolls)
    return re.compile(rf"(?<!\w){_CLITICS}(?:ال)?(?:عدد|حصيله)\s+(?:ال)?(?P<n>{nouns})(?!\w)")


#: A possessive pronoun on a group noun (اثنين من جنوده, 3 من عناصرها).
_POSSESSIVE = r"(?:هما|هم|هن|ها|ه|نا|كم)?"


@cache
def group_re(with_min: bool) -> re.Pattern[str]:
    """A victim group at the match position, after spaces (and ``من`` when ``with_min``)."""
    groups = word_alternation(casualty_lexicon().groups)
    lead = r"\s+(?:من\s+)?" if with_min else r"\s+"
    return re.compile(rf"{lead}(?P<art>ال)?(?P<g>{groups}){_POSSESSIVE}(?!\w)")


@cache
def group_at_re() -> re.Pattern[str]:
    """A victim group starting right at the match position (after a fused و: وطفلاها)."""
    groups = word_alternation(casualty_lexicon().groups)
    return re.compile(rf"(?P<art>ال)?(?P<g>{groups}){_POSSESSIVE}(?!\w)")


@cache
def group_before_re() -> re.Pattern[str]:
    """A victim group right before the end of the searched range (``لقي شخص حتفه``)."""
    groups = word_alternation(casualty_lexicon().groups)
    return re.compile(rf"(?<!\w)(?P<art>ال)?(?P<g>{groups}){_POSSESSIVE}\s+$")


@cache
def context_re(name: str, at_end: bool = False) -> re.Pattern[str]:
    """Any word of one context list (``release``, ``disease``...), as a whole word; with
    ``at_end``, only right before the end of the searched range."""
    words = word_alternation(casualty_lexicon().context.get(name, frozenset()))
    tail = r"\s+$" if at_end else r"(?!\w)"
    return re.compile(rf"(?<!\w){_CLITICS}(?:ال)?(?:{words}){tail}")
