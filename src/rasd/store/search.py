"""Full-text search over stored documents, the same on SQLite and PostgreSQL.

Both engines index the normalised terms of :mod:`rasd.store.terms` (title and body): SQLite
in an FTS5 table, PostgreSQL in a ``tsvector`` written literally (lexemes and positions, no
text-search parser or dictionary in between). A query's terms must all occur (AND). A term
the collection has never seen is replaced by every known term within one edit of it
(insertion, deletion, substitution, or swap of neighbours), so ``كازخستان`` finds
``كازاخستان``; the candidates come from the ``search_terms`` table, narrowed by length and
by the first or last two letters (one edit cannot change both ends of a word of four
letters or more).

Ranking is the engine's own (FTS5 bm25, PostgreSQL ts_rank), ties by id: the *set* of
documents found is the same on both, the order of equally good hits may differ.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rasd.store.backend import Backend
from rasd.store.terms import query_terms

log = logging.getLogger(__name__)

#: Shortest unknown term that gets the one-edit fallback: shorter words have too many
#: one-edit neighbours (من → مع، عن، في...) for the fallback to mean anything.
MIN_FUZZY_CHARS = 4
#: PostgreSQL keeps at most 256 positions per lexeme; more add nothing to ranking.
MAX_POSITIONS = 255
#: Positions above this are clamped by PostgreSQL (tsvector limit).
MAX_POSITION = 16383


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    title: str | None
    source: str | None
    published: str | None
    text: str
    #: Query terms as searched, after spelling fallback (each a set of alternatives).
    terms: tuple[tuple[str, ...], ...]


def _tsvector_literal(terms: Sequence[str]) -> str:
    positions: dict[str, list[int]] = defaultdict(list)
    for i, term in enumerate(terms, 1):
        where = positions[term]
        if len(where) < MAX_POSITIONS:
            where.append(min(i, MAX_POSITION))
    # Terms are letters and digits only (rasd.store.terms), so quoting needs no escapes.
    return " ".join(f"'{t}':{','.join(map(str, p))}" for t, p in positions.items())


def index_documents(db: Backend, docs: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Put (or replace) documents, given as (id, terms), in the full-text index, inside
    the caller's transaction and after their documents rows are written."""
    if not docs:
        return
    marks = ", ".join("?" for _ in docs)
    if db.dialect == "sqlite":
        rowids: dict[str, int] = dict(db.query(
            f"SELECT id, rowid FROM documents WHERE id IN ({marks})", [d for d, _ in docs]))
        db.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", list(rowids.values()))
        db.executemany("INSERT INTO search_fts (rowid, terms) VALUES (?, ?)",
                       [(rowids[d], " ".join(terms)) for d, terms in docs])
    else:
        db.executemany("INSERT INTO search_docs (doc_id, tsv) VALUES (?, CAST(? AS tsvector)) "
                       "ON CONFLICT (doc_id) DO UPDATE SET tsv = excluded.tsv",
                       [(d, _tsvector_literal(terms)) for d, terms in docs])


def add_terms(db: Backend, terms: Sequence[str]) -> None:
    """Add terms to ``search_terms`` (known ones are left alone), with their length and
    first and last two letters for the spelling fallback."""
    if not terms:
        return
    if db.dialect == "sqlite":
        db.executemany(
            "INSERT INTO search_terms (term, length, head, tail) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (term) DO NOTHING", [(t, len(t), t[:2], t[-2:]) for t in terms])
    else:
        # One statement for the whole list: a round trip per term was a third of the
        # store's write time. length/left/right count characters, as Python does.
        db.execute(
            "INSERT INTO search_terms (term, length, head, tail) "
            "SELECT t, char_length(t), left(t, 2), right(t, 2) FROM unnest(CAST(? AS text[])) t "
            "ON CONFLICT (term) DO NOTHING", (list(terms),))


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with at most one insertion, deletion, substitution or swap of
    two neighbouring letters (a common typing slip)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return (i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i]
                and a[i + 2:] == b[i + 2:])
    if la > lb:
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


def spelling_alternatives(db: Backend, readings: Sequence[str]) -> tuple[str, ...]:
    """The readings of one query word that the collection knows; when it knows none, the
    known terms one edit away from any reading (none for short words)."""
    marks = ", ".join("?" for _ in readings)
    known = {r[0] for r in db.query(
        f"SELECT term FROM search_terms WHERE term IN ({marks})", list(readings))}
    if known:
        return tuple(t for t in readings if t in known)
    found: set[str] = set()
    for term in readings:
        if len(term) < MIN_FUZZY_CHARS:
            continue
        rows = db.query(
            "SELECT term FROM search_terms WHERE length BETWEEN ? AND ? "
            "AND (head = ? OR tail = ?)", (len(term) - 1, len(term) + 1, term[:2], term[-2:]))
        found.update(r[0] for r in rows if within_one_edit(term, r[0]))
    if found:
        log.debug("search: %s not indexed, trying %s", "/".join(readings), ", ".join(found))
    return tuple(sorted(found))


def match_sqlite(groups: Sequence[tuple[str, ...]]) -> str:
    """The FTS5 ``MATCH`` expression of ``groups``: every group, any spelling of each."""
    parts = []
    for alts in groups:
        quoted = [f'"{t}"' for t in alts]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " ".join(parts)


def match_pg(groups: Sequence[tuple[str, ...]]) -> str:
    """The ``tsquery`` text of ``groups``: every group (``&``), any spelling (``|``)."""
    parts = []
    for alts in groups:
        quoted = [f"'{t}'" for t in alts]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " | ".join(quoted) + ")")
    return " & ".join(parts)


def search(db: Backend, query: str, *, limit: int = 20) -> list[Hit]:
    """Documents containing every term of ``query`` (see module doc), best first."""
    groups = tuple(spelling_alternatives(db, t) for t in query_terms(query))
    if not groups or any(not g for g in groups):
        return []
    cols = "d.id, d.title, d.source, d.published, d.text"
    rows: list[tuple[Any, ...]]
    # Rank on keys only, then fetch the page's rows: sorting the full texts of every match
    # (thousands for a common word) would cost more than the ranking itself.
    if db.dialect == "sqlite":
        rows = db.query(
            # FTS5's own ORDER BY rank (bm25) with LIMIT keeps only the best rows while it
            # scans: ~40% less time than ranking through a join. Ties: storage order.
            "WITH top AS (SELECT rowid AS rid, rank FROM search_fts "
            "WHERE search_fts MATCH ? ORDER BY rank, rowid LIMIT ?) "
            f"SELECT {cols} FROM top JOIN documents d ON d.rowid = top.rid "
            "ORDER BY top.rank, top.rid", (match_sqlite(groups), limit))
    else:
        rows = db.query(
            "WITH top AS (SELECT s.doc_id AS id, ts_rank(s.tsv, q) AS score "
            "FROM search_docs s, CAST(? AS tsquery) q WHERE s.tsv @@ q "
            "ORDER BY score DESC, s.doc_id LIMIT ?) "
            f"SELECT {cols} FROM top JOIN documents d ON d.id = top.id "
            "ORDER BY top.score DESC, top.id", (match_pg(groups), limit))
    return [Hit(r[0], r[1], r[2], None if r[3] is None else str(r[3]), r[4], groups)
            for r in rows]


#: Characters of context on each side of the first hit in a snippet.
SNIPPET_CONTEXT = 60
#: Characters of a page normalised at a time while looking for the first hit (cut at the
#: next space); a few lines of news, where most first hits are.
SNIPPET_PIECE = 1500


def snippet(text: str, groups: Sequence[tuple[str, ...]], *,
            context: int = SNIPPET_CONTEXT) -> str:
    """The original text around the first word that matched, the word in ``[...]``, on one
    line; the start of the text when no single word matched (title-only hits).

    Terms are found as substrings of the normalised text first and only the words around
    those places are tokenised and checked: tokenising whole pages for the twenty hits of
    a result page cost more than the search itself."""
    wanted = {t for alts in groups for t in alts}
    if wanted:
        pattern = re.compile("|".join(re.escape(t) for t in sorted(wanted, key=len,
                                                                   reverse=True)))
        # Piece by piece (cut at whitespace): the first hit is usually near the top, and
        # normalising the rest of a long page would be wasted.
        at = 0
        while at < len(text):
            cut = text.find(" ", at + SNIPPET_PIECE)
            end = len(text) if cut < 0 else cut
            found = _first_hit(text, at, end, pattern, wanted)
            if found is not None:
                return _around(text, *found, context)
            at = end
    return " ".join(text[: 2 * context].split())


def _first_hit(text: str, at: int, end: int, pattern: re.Pattern[str],
               wanted: set[str]) -> tuple[int, int] | None:
    """The span of the first word of ``text[at:end]`` with a wanted term, if any."""
    from rasd.store.terms import token_terms
    from rasd.text.normalize import normalize
    from rasd.text.tokens import tokenize

    nt = normalize(text[at:end])
    norm = nt.text
    checked_to = -1
    for m in pattern.finditer(norm):
        a, b = m.start(), m.end()
        if a < checked_to:
            continue
        while a > 0 and not norm[a - 1].isspace():
            a -= 1
        while b < len(norm) and not norm[b].isspace():
            b += 1
        checked_to = b
        start, stop = nt.to_original(a, b)
        for tok in tokenize(text[at + start:at + stop]):
            if tok.kind in ("word", "latin", "number") and wanted.intersection(
                    token_terms((tok,))):
                return at + start + tok.start, at + start + tok.end
    return None


def _around(text: str, start: int, end: int, context: int) -> str:
    a = max(0, start - context)
    b = min(len(text), end + context)
    out = (("…" if a else "") + text[a:start] + "[" + text[start:end] + "]"
           + text[end:b] + ("…" if b < len(text) else ""))
    return " ".join(out.split())
