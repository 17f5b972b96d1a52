"""Word classes for NER features: trigger words and name lists.

``ner_triggers.tsv`` holds triggers, which mark context rather than entities: ``الرئيس``
before a person, ``وزارة`` before an organisation's name, ``محافظة`` before a place.
``ner_names.tsv`` holds name lists (given names, sports clubs, companies) whose words are
likely inside an entity. Both are ``class<TAB>a|b|c`` files and load into one
:class:`TriggerLexicon`.

Single words are looked up by the clitic-stripped base (``والرئيس`` and ``لرئيس`` both find
``رئيس``), then by the normalised form, then — for splitters that keep single-letter
proclitics on — by the form without a leading ``و ف ب ل ك``. Multi-word entries
(``المتحدث باسم``, ``ريال مدريد``) are found by a scan that only starts at words that can
begin one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.ner.words import Word, analyze

LEXICON_PACKAGE = "rasd.data.lexicon"
TRIGGER_FILE = "ner_triggers.tsv"
NAME_FILE = "ner_names.tsv"
LEXICON_FILES = (TRIGGER_FILE, NAME_FILE)

#: Classes of ``ner_names.tsv``: they list names (words likely INSIDE an entity), where
#: every other class marks context around one.
NAME_LIST_CLASSES = frozenset({"GIVEN", "CLUB", "COMPANY"})

_PROCLITICS = frozenset("وفبلك")
#: A word must keep at least this many letters after dropping a one-letter proclitic to be
#: looked up again: ``وعلي`` → ``علي``, but ``بن`` is not ``ن``.
MIN_REST_AFTER_PROCLITIC = 3


@dataclass(frozen=True, slots=True)
class MultiTrigger:
    """A multi-word trigger: each word's normalised form and base, and the trigger's classes.

    A word matches position ``j`` when its normalised form or its base equals the trigger
    word's, so the match does not depend on which tokenizer split the clitics.
    """

    norms: tuple[str, ...]
    bases: tuple[str, ...]
    classes: tuple[str, ...]

    def matches_at(self, words: Sequence[Word], i: int) -> bool:
        if i + len(self.norms) > len(words):
            return False
        return all(
            words[i + j].norm == norm or words[i + j].base == base
            for j, (norm, base) in enumerate(zip(self.norms, self.bases, strict=True))
        )


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Trigger classes by word key, and multi-word triggers by their first word's base."""

    single: dict[str, tuple[str, ...]]
    multi: dict[str, tuple[MultiTrigger, ...]]

    def classes_of(self, norm: str, base: str) -> tuple[str, ...]:
        """The classes of one word (see the module docstring for the lookup order)."""
        found = self.single.get(base) or self.single.get(norm)
        if found is None and norm[:1] in _PROCLITICS and len(norm) > MIN_REST_AFTER_PROCLITIC:
            found = self.single.get(norm[1:])
        return found or ()

    def scan_multi(self, words: Sequence[Word]) -> dict[int, tuple[str, ...]]:
        """Positions covered by a multi-word trigger, with the trigger's classes."""
        found: dict[int, tuple[str, ...]] = {}
        multi = self.multi
        for i, word in enumerate(words):
            candidates = multi.get(word.base) or multi.get(word.norm)
            if candidates is None:
                continue
            for trigger in candidates:
                if trigger.matches_at(words, i):
                    for j in range(i, i + len(trigger.norms)):
                        have = found.get(j, ())
                        found[j] = have + tuple(c for c in trigger.classes if c not in have)
        return found


def parse_triggers(sources: Sequence[tuple[str, Sequence[str]]]) -> TriggerLexicon:
    """Build a lexicon from ``(name, lines)`` sources of ``class<TAB>a|b|c`` lines.

    ``#`` comments and blank lines are skipped; a word in several classes keeps them all.
    """
    single: dict[str, list[str]] = {}
    multi: dict[str, list[MultiTrigger]] = {}
    for source, lines in sources:
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cls, sep, phrases = line.rstrip("\n").partition("\t")
            cls = cls.strip()
            if not sep or not cls:
                raise ValueError(f"{source}:{lineno}: expected 'class<TAB>words'")
            for phrase in phrases.split("|"):
                _add_phrase(single, multi, phrase, cls)
    return TriggerLexicon(
        {k: tuple(v) for k, v in single.items()},
        {k: tuple(v) for k, v in multi.items()},
    )


def _add_phrase(
    single: dict[str, list[str]], multi: dict[str, list[MultiTrigger]], phrase: str, cls: str
) -> None:
    analysed = [analyze(w) for w in phrase.split()]
    if not analysed:
        return
    norms = tuple(a[0] for a in analysed)
    bases = tuple(a[2] for a in analysed)
    if len(analysed) == 1:
        for key in {norms[0], bases[0]}:
            classes = single.setdefault(key, [])
            if cls not in classes:
                classes.append(cls)
        return
    trigger = MultiTrigger(norms, bases, (cls,))
    for key in {norms[0], bases[0]}:
        multi.setdefault(key, []).append(trigger)


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    """The shipped triggers and name lists as one lexicon (cached)."""
    package = resources.files(LEXICON_PACKAGE)
    return parse_triggers(
        [(name, package.joinpath(name).read_text("utf-8").splitlines()) for name in LEXICON_FILES]
    )
