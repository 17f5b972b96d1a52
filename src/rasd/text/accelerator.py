"""The optional C accelerator of the tokenizer's chunk loops, or ``None`` where it is not built.

``rasd.text._fasttok`` (``_fasttok.c``, compiled at install time by ``hatch_build.py``) runs
the loops of :func:`rasd.text.tokens.tokens_in` and :func:`rasd.quotes.marks.light_tokens`
in C: cut the text at whitespace, look each chunk up in the Python module's chunk caches,
build one named tuple per token. A chunk in neither cache is cut by the module's own Python
function, so the tokens and the caches are the Python path's; only the time differs
(docs/benchmarks.md). It also holds the bodies of :func:`rasd.text.tokens.split_clitics` and
``is_kept_whole``, and the scan of where a date may start (:mod:`rasd.text.dates`), each with
the same results as the Python it stands in for. Where no C compiler was found at install
time the module is absent and the Python loops run. ``RASD_PURE_PYTHON=1`` in the
environment ignores a built module (for comparisons), as it does for
:mod:`rasd.ner.accelerator`.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from typing import Any, Final, Protocol, cast

__all__ = ["FastTok", "load_fasttok"]

log = logging.getLogger(__name__)

#: Set to ``1`` to ignore the compiled modules (the NER accelerator reads the same name).
PURE_PYTHON_ENV: Final = "RASD_PURE_PYTHON"


class FastTok(Protocol):
    """What ``rasd.text._fasttok`` provides (its C docstrings give the details)."""

    def tokens_in(self, original: str, text: str, norm_starts: tuple[int, ...],
                  orig_starts: tuple[int, ...], tok: type, whole: dict[str, Any],
                  parts: dict[str, Any], cut: Callable[[str], tuple[Any, ...]],
                  combining: str) -> list[Any]:
        """:func:`rasd.text.tokens.tokens_in`'s loop over normalised ``text``."""

    def light_tokens(self, text: str, tok: type, whole: dict[str, Any],
                     parts: dict[str, Any],
                     cut: Callable[[str], tuple[Any, ...]]) -> list[Any]:
        """:func:`rasd.quotes.marks.light_tokens`'s loop over ``text``."""

    def split_clitics(self, word: str, by_first: dict[str, list[str]], kept: frozenset[str],
                      suffixes: frozenset[str], suffix_sizes: tuple[int, ...],
                      min_base: int) -> tuple[str, str]:
        """:func:`rasd.text.tokens.split_clitics_python`'s reading of ``word``."""

    def is_kept_whole(self, word: str, kept: frozenset[str], suffixes: frozenset[str],
                      suffix_sizes: tuple[int, ...], min_base: int) -> bool:
        """:func:`rasd.text.tokens.is_kept_whole_python`'s test of ``word``."""

    def date_candidate(self, text: str, pos: int, heads: frozenset[str], clitics: str,
                       conjunctions: str, prepositions: str, article: str) -> int:
        """The next index from ``pos`` where a date expression may start, or -1
        (:func:`rasd.text.dates._search_scanned`)."""


def load_fasttok() -> FastTok | None:
    """The compiled module, or ``None`` (not built, or turned off by the environment)."""
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return None
    try:
        module = importlib.import_module("rasd.text._fasttok")
    except ImportError:
        log.debug("rasd.text._fasttok is not built: the tokenizer's loops run in Python")
        return None
    return cast(FastTok, module)
