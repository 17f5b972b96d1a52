"""People named next to a role, when no model or KB entry found the name.

News introduces a person by office: ``المتحدث باسم الخارجية الأمريكية، نيد برايس،`` or
``قائد شرطة ألماتي كنات بيسيمباييف``. When the name is a KB person or an NER mention the
stage links it directly; otherwise a run of words right after a person role is read as a
name when its edges are clear:

* set off by commas (``، أسامة الفيتوري،``), or followed by a word that ends names (``إن``,
  ``في``, a verb of saying: ``data/entities/entity_words.tsv`` NAME_STOP); and
* two to :data:`MAX_NAME_WORDS` words, none a stop word, role word or known name; and
* either set off by a comma or starting with a known given name (the NER given-name list,
  ``data/lexicon/ner_names.tsv``): without a comma, ``الرئيس الكازاخي فرض حالة الطوارئ``
  must not become a person called فرض حالة.
Honorifics and ranks (``العميد``, ``المهندس``) between the role and the name are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from rasd.entities.lexicon import EntityWords, given_names
from rasd.entities.roles import role_at
from rasd.entities.units import Piece, Unit

log = logging.getLogger(__name__)

__all__ = ["given_names", "name_after", "name_before"]

#: Arabic names in news run to four words (محمد بن عبد الله العلي); longer runs are prose.
MAX_NAME_WORDS = 4
MIN_NAME_WORDS = 2
_COMMA = frozenset({",", "،"})
_ENDS = frozenset({",", "،", ".", ":", ";", "(", ")", '"', "«", "»", "-", "–", "!", "?"})


def name_after(
    piece: Piece, w: int, units: Mapping[int, Unit], words: EntityWords
) -> tuple[Unit | None, tuple[int, int] | None]:
    """What follows a person role ending before word ``w``: a person unit (KB or NER) in
    apposition, else the word range of a name read from context, else nothing."""
    n_words = len(piece.words)
    if w >= n_words:
        return None, None
    gap = piece.between(w - 1, w)
    if len(gap) > 1 or (gap and gap[0].norm not in _COMMA):
        return None, None
    comma = bool(gap)
    while w < n_words and piece.norm(w) in words.name_titles and w + 1 < n_words \
            and piece.joined(w, w + 1):
        w += 1
    unit = units.get(w)
    if unit is not None:
        person = unit.kb_type == "PERSON" or (unit.entry is None and unit.ner_type == "PERSON")
        return (unit if person else None), None
    end = w
    while end < n_words and end - w < MAX_NAME_WORDS and (end == w or piece.joined(end - 1, end)):
        tok = piece.words[end]
        if tok.kind != "word" or tok.norm in words.name_stops or tok.base in words.name_stops \
                or end in units or role_at(piece, end) is not None:
            break
        end += 1
    if end - w < MIN_NAME_WORDS:
        return None, None
    bounded = end == n_words or piece.followed_by(end - 1, _ENDS) or (
        piece.joined(end - 1, end) and (
            piece.norm(end) in words.name_stops or piece.words[end].base in words.name_stops))
    if not bounded:
        return None, None
    if not comma and piece.norm(w) not in given_names():
        return None, None
    return None, (w, end)


def name_before(piece: Piece, w: int, units: Mapping[int, Unit]) -> Unit | None:
    """A person unit ending right before a role at word ``w``, set off by a comma
    (``نيد برايس، المتحدث باسم الخارجية``) or directly followed by a definite role without
    a conjunction (``قال بدر عبد العاطي المتحدث باسم الخارجية``)."""
    if w == 0:
        return None
    gap = piece.between(w - 1, w)
    comma = len(gap) == 1 and gap[0].norm in _COMMA
    definite = not gap and piece.words[w].clitics == "ال"
    if not (comma or definite):
        return None
    for unit in units.values():
        if unit.w1 == w and (unit.kb_type == "PERSON"
                             or (unit.entry is None and unit.ner_type == "PERSON")):
            return unit
    return None
