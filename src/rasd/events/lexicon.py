"""The event trigger lexicon (``data/events/triggers.tsv``) and the modifier cues
(``data/events/modifiers.tsv``), compiled for matching.

Both files document their syntax in their headers. Forms are normalised with
:func:`rasd.text.normalize.normalize_key` once, here, so a matcher compares normalised token
readings with normalised forms. Every trigger is indexed under the normalised first word of
each of its first-slot alternatives: a token costs one (cached) dictionary probe.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.events.syntax.dual_forms import with_duals
from rasd.text.normalize import normalize_key

log = logging.getLogger(__name__)

DATA_PACKAGE = "rasd.data.events"
#: Trigger weights below this need corroboration before an event is emitted
#: (triggers.tsv header: "Rows under 0.5 are ambiguous and need corroboration").
CORROBORATION_WEIGHT = 0.5
_POS = frozenset({"verb", "noun", "phrase", "block"})
_MODIFIER_KINDS = frozenset({"negation", "denial", "foiled", "future", "hypothetical",
                             "attribution", "embed", "attempt", "generic", "result",
                             "domain", "mode"})


class LexiconError(RasdError):
    """A row of triggers.tsv or modifiers.tsv is malformed."""

    code = "event-lexicon"


#: A word-slot alternative: the normalised words it spans (``_``-joined words in the file).
Alt = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Slot:
    """One slot of a form: alternatives of one or more words, or a gap of 0..``gap`` tokens."""

    alts: tuple[Alt, ...] = ()
    gap: int = 0
    pronoun: bool = False  # the slot's word may carry an attached pronoun
    #: The first words of ``alts``: a token with none of them among its readings starts no
    #: alternative (one set test instead of one test per alternative).
    heads: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of triggers.tsv."""

    line: int
    lemma: str
    pos: str
    type: str
    mode: str | None
    weight: float
    roles: tuple[tuple[str, str], ...]
    slots: tuple[Slot, ...]
    note: str

    @property
    def block(self) -> bool:
        return self.pos == "block"


@dataclass(frozen=True, slots=True)
class Modifier:
    """One row of modifiers.tsv; ``forms`` are normalised word tuples."""

    kind: str
    forms: tuple[Alt, ...]
    position: str
    scope: str
    window: int
    condition: str
    effect: str


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """A trigger reachable from a first word: the rest of that first-slot alternative."""

    trigger: Trigger
    tail: Alt
    pronoun: bool
    #: The ``heads`` of the later slots that are neither gaps nor take a pronoun: a
    #: sentence none of whose words reads as one of a slot's heads cannot match the row
    #: (:func:`rasd.events.matcher.find_matches` tests this before matching slot by slot).
    needs: tuple[frozenset[str], ...] = ()


def _rows(name: str) -> list[tuple[int, list[str]]]:
    return tsv_rows(DATA_PACKAGE, name)


def _slot(spec: str, single: bool) -> Slot:
    if spec.startswith("*") and spec[1:].isdigit():
        return Slot(gap=int(spec[1:]))
    # a '+' ends the slot (قلق|القلق+) or, as data files also write it, an alternative
    # (قلق+|القلق): either way the slot's words may carry a pronoun
    pronoun = single or "+" in spec
    alts = []
    for alt in with_duals(spec.replace("+", "").split("|")):  # fix45: سبيلهما
        words = tuple(normalize_key(w) for w in alt.split("_") if w)
        if words and all(words):
            alts.append(words)
    # longest alternatives first: a multi-word alternative beats its first word
    alts.sort(key=len, reverse=True)
    return Slot(alts=tuple(alts), pronoun=pronoun, heads=frozenset(a[0] for a in alts))


def _parse_trigger(lineno: int, cols: list[str]) -> Trigger:
    if len(cols) < 7:
        raise LexiconError(f"triggers.tsv:{lineno}: {len(cols)} columns, want 8")
    lemma, pos, type_, mode, weight, roles, forms = cols[:7]
    if pos not in _POS:
        raise LexiconError(f"triggers.tsv:{lineno}: bad pos {pos!r}")
    if pos != "block" and not type_:
        raise LexiconError(f"triggers.tsv:{lineno}: no type")
    pairs = []
    for pair in filter(None, roles.split(";")):
        slot, _, role = pair.partition("=")
        pairs.append((slot.strip(), role.strip()))
    single = pos in ("verb", "noun")
    specs = [forms.strip()] if single else forms.split()
    slots = tuple(_slot(s, single) for s in specs)
    if not slots or not slots[0].alts:
        raise LexiconError(f"triggers.tsv:{lineno}: the first slot must list words")
    return Trigger(lineno, lemma, pos, type_, mode or None, float(weight or 0), tuple(pairs),
                   slots, cols[7] if len(cols) > 7 else "")


@cache
def triggers() -> tuple[Trigger, ...]:
    """Every row of triggers.tsv, in file order."""
    from rasd.events.senses.characterisations import frame_rows  # charac19: the general frames
    return tuple(_parse_trigger(n, cols) for n, cols in (*_rows("triggers.tsv"), *frame_rows()))


@cache
def trigger_index() -> dict[str, tuple[IndexEntry, ...]]:
    """Normalised first word → the triggers whose first slot starts with it."""
    index: defaultdict[str, list[IndexEntry]] = defaultdict(list)
    for trig in triggers():
        first = trig.slots[0]
        for alt in first.alts:
            needs = tuple(s.heads for s in trig.slots[1:] if not s.gap and not s.pronoun)
            index[alt[0]].append(IndexEntry(trig, alt[1:], first.pronoun, needs))
    return {k: tuple(v) for k, v in index.items()}


@cache
def modifiers() -> tuple[Modifier, ...]:
    """Every row of modifiers.tsv, in file order."""
    out = []
    for lineno, cols in _rows("modifiers.tsv"):
        if len(cols) < 7 or cols[0] not in _MODIFIER_KINDS:
            raise LexiconError(f"modifiers.tsv:{lineno}: bad row")
        kind, forms, position, scope, window, condition, effect = cols[:7]
        alts = tuple(tuple(normalize_key(w) for w in f.split()) for f in forms.split("|"))
        out.append(Modifier(kind, tuple(a for a in alts if a), position, scope,
                            int(window or 0), condition, effect))
    return tuple(out)


@cache
def modifier_index() -> dict[str, tuple[tuple[Modifier, Alt], ...]]:
    """Normalised first word of a cue → (modifier, whole cue) pairs, longest cue first."""
    index: defaultdict[str, list[tuple[Modifier, Alt]]] = defaultdict(list)
    for mod in modifiers():
        if mod.position in ("prefix", "document"):
            continue  # the future س is read from the token itself; domains by domain_words
        for form in mod.forms:
            index[form[0]].append((mod, form))
    return {k: tuple(sorted(v, key=lambda p: -len(p[1]))) for k, v in index.items()}


@cache
def cue_heads() -> frozenset[str]:
    """The first words of every indexed modifier cue."""
    return frozenset(modifier_index())


@cache
def domain_words() -> dict[str, frozenset[str]]:
    """Domain (``sports``) → the normalised words that mark a page as being about it
    (modifiers.tsv rows of kind ``domain``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for mod in modifiers():
        if mod.kind == "domain":
            out[mod.effect].update(" ".join(f) for f in mod.forms)
    return {k: frozenset(v) for k, v in out.items()}
