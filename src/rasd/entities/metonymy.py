"""Capital metonymy: ``واشنطن تحذر موسكو`` names two governments, ``في موسكو`` a city.

The rule (docs/schema.md, "Entities"): a capital, or a seat of government listed in
``data/entities/entity_words.tsv`` (تل أبيب), is read as its **country** (a ``metonym``
mention of the country entity) unless something marks it as a place:

* a locative word right before it (prepositions في إلى من نحو قرب داخل, place cues مدينة
  العاصمة, compass words شمال جنوبي, place nouns شوارع سكان مطار), a nationality
  adjective between them allowed (``العاصمة الليبية طرابلس``);
* the preposition ب fused to it (``بموسكو`` = in Moscow);
* a verb or noun of travel or attack right before it (``زار موسكو``, ``قصفت كييف``);
* a dateline: the first word of a piece followed by a dash or colon (``القاهرة – وكالات``);
* a coordination with a place read as a place (``في موسكو وسانت بطرسبرغ``).

Everything else, subject (``موسكو ترفض``), object (``تحذر موسكو``), genitive (``ممارسات
موسكو``) or coordinated actor (``إن واشنطن والعالم``), is the government. A capital
inside a role phrase (``شرطة ألماتي``) is always the city.
"""

from __future__ import annotations

from typing import Literal

from rasd.entities.lexicon import EntityWords
from rasd.entities.units import Piece, Unit
from rasd.kb import KBEntry, KnowledgeBase
from rasd.kb.gazetteer import proclitic_readings

CapitalUse = Literal["city", "country"]

_DATELINE_MARKS = frozenset({"-", "–", "—", ":", "/", "("})  # fix51: بروكسل (أ ف ب) -
_QUOTES = frozenset('"\'«»“”()')
_CONJUNCTIONS = frozenset("وف")


def seat_country(unit: Unit, kb: KnowledgeBase, words: EntityWords) -> KBEntry | None:
    """The country a capital or seat of government stands for, or ``None`` for other
    places."""
    entry = unit.entry
    if entry is None or entry.type != "GPE" or entry.precision != "city" or not entry.country:
        return None
    if kb.capitals.get(entry.country) == entry.kb_id:
        return kb.country(entry.country)
    if unit.match is not None and unit.match.matched_key in words.seats:
        return kb.country(words.seats[unit.match.matched_key])
    return None


def capital_use(
    piece: Piece, unit: Unit, previous: tuple[Unit, CapitalUse | None] | None,
    words: EntityWords, norp_words: frozenset[int],
) -> CapitalUse:
    """Whether a capital at ``unit`` names the city or its country (see module doc).

    ``previous`` is the place unit right before it in the piece and how it was read
    (``None`` for a place that is not a capital), for coordinations; ``norp_words`` the
    words of the piece that are nationality adjectives.
    """
    if unit.match is not None and "ب" in unit.match.proclitic:
        return "city"
    w = unit.w0
    if w == 0 and piece.followed_by(unit.w1 - 1, _DATELINE_MARKS):
        return "city"
    if previous is not None and unit.match is not None and unit.match.proclitic.startswith("و"):
        prev_unit, prev_use = previous
        if prev_unit.w1 == w and piece.joined(w - 1, w) and prev_use != "country":
            return "city"
    cue = _word_before(piece, w, norp_words)
    if cue is not None:
        # the tokenizer keeps three letters after a clitic, so وفي، فمن are read here
        forms = [form for _, form in proclitic_readings(cue)]
        if cue[:1] in _CONJUNCTIONS:
            forms.append(cue[1:])
        if any(form in words.locative or form in words.motion for form in forms):
            return "city"
    return "country"


def _word_before(piece: Piece, w: int, norp_words: frozenset[int]) -> str | None:
    """The word before word ``w`` (quote marks may intervene), skipping one nationality
    adjective (``العاصمة الليبية طرابلس``); ``None`` after other punctuation."""
    i = w - 1
    skipped = False
    while i >= 0:
        between = piece.between(i, i + 1)
        if any(t.norm not in _QUOTES for t in between):
            return None
        if not skipped and i in norp_words:
            skipped = True
            i -= 1
            continue
        return piece.norm(i)
    return None
