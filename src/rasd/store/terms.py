"""Search terms: the words of a text the way people type them, for the full-text index.

A term is the word after :func:`rasd.text.normalize.normalize` (diacritics and tatweel
gone, alef forms, ى/ي and ة/ه unified, digits ASCII, Latin lower-cased) with its primary
proclitic reading split off (:func:`rasd.text.tokens.split_clitics`: و ف ب ك ل and ال), so
``والاحتجاجات``, ``الاحتجاجات``, ``احتجاجات`` and ``الإحتجاجات`` all index and query as
``احتجاجات``. Documents and queries go through the same function, so a splitting guess
made on one side is made on the other.

Terms contain letters and digits only (``3.5`` gives ``3`` and ``5``): the SQLite FTS5
``unicode61`` tokenizer then cuts the indexed string exactly where we did, and PostgreSQL's
``tsvector`` built from the same list holds the same lexemes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasd.text.tokens import Token, tokenize

_PIECE = re.compile(r"[^\W_]+")

#: Words shorter than this are not indexed as search terms: after clitic splitting they are
#: particles and prepositions (في، من، عن) that match every page.
MIN_TERM_CHARS = 2


def text_terms(text: str) -> list[str]:
    """The search terms of ``text``, in order, repeats kept (ranking counts them)."""
    return token_terms(tokenize(text))


def token_terms(tokens: Iterable[Token]) -> list[str]:
    """:func:`text_terms` of already tokenised text (the pipeline's own tokens of a page,
    :func:`rasd.text.tokens.document_tokens`, are reused right after its analysis)."""
    out: list[str] = []
    for tok in tokens:
        if tok.kind == "word":
            word = tok.base
        elif tok.kind in ("latin", "number"):
            word = tok.norm
        else:
            continue
        if word.isalnum():  # one piece (most words): the regex below would return it whole
            if len(word) >= MIN_TERM_CHARS:
                out.append(word)
        else:
            out.extend(p for p in _PIECE.findall(word) if len(p) >= MIN_TERM_CHARS)
    return out


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The words of a query, each as its possible terms: the clitic-split reading first,
    then the whole word when it differs (the index keeps some words whole, such as place
    names listed in ``clitic_keep.tsv``: a misspelt one must still be compared with them).
    Repeated words are given once."""
    groups: list[tuple[str, ...]] = []
    for tok in tokenize(query):
        if tok.kind == "word":
            readings = [r for r in dict.fromkeys((tok.base, tok.norm))
                        if _PIECE.fullmatch(r) and len(r) >= MIN_TERM_CHARS]
            if readings:
                groups.append(tuple(readings))
        elif tok.kind in ("latin", "number"):
            groups.extend((p,) for p in _PIECE.findall(tok.norm) if len(p) >= MIN_TERM_CHARS)
    return list(dict.fromkeys(groups))
