"""A pattern's matches tried at word starts only, for the scans that begin with ``(?<!\\w)``.

``re`` has no fast skip for a pattern that opens with a look-behind: ``finditer`` runs the
pattern at every index of the text, and mid-word indices fail only after the look-behind
(and often a gate's trie) ran. The number scan, the casualty-word scan, the pronoun
victims and a column's "we" markers all open with ``(?<!\\w)``, so none of their matches
can start right after a word character: the C accelerator (:mod:`rasd.text.accelerator`,
``_fasttok.word_start_matches``) calls the pattern's ``match`` at the other indices only,
in order and going on from each match's end, which gives ``finditer``'s matches (for
non-empty ones; an empty match makes it hand back to ``finditer``). Without the module,
``finditer`` runs.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from rasd.text.accelerator import load_fasttok

__all__ = ["word_start_matches"]

_SCAN = getattr(load_fasttok(), "word_start_matches", None)


@lru_cache(maxsize=256)
def opens_with_no_word_before(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts where no ``\\w`` character precedes: its
    first top-level item is ``(?<!\\w)`` (Unicode ``\\w``, the C scan's), not inside an
    alternation (``(?<!\\w)a|b`` does not qualify: ``b`` may start anywhere)."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return False
    try:
        # CPython's own pattern parser (3.11+; where it is missing, finditer runs)
        sre = importlib.import_module("re._constants")
        items = importlib.import_module("re._parser").parse(pattern.pattern, pattern.flags).data
    except (ImportError, AttributeError, re.error):
        return False
    if not items:
        return False
    op, av = items[0]
    return bool(op is sre.ASSERT_NOT and av[0] == -1
                and list(av[1]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])])


def word_start_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` (same spans and groups), faster where the C scan is
    built and ``pattern`` opens with ``(?<!\\w)`` (:func:`opens_with_no_word_before`; else
    ``finditer`` runs). Only a match's ``pos`` differs: the index it was tried at."""
    if _SCAN is not None and opens_with_no_word_before(pattern):
        found: list[re.Match[str]] | None = _SCAN(pattern.match, text)
        if found is not None:
            return found
    return list(pattern.finditer(text))
