"""Reading one piece of article text into entity mentions, before coreference.

A piece's KB and NER names (:mod:`rasd.entities.units`) are read left to right:

* a role or institution phrase (:mod:`rasd.entities.roles`) becomes a ``role`` mention with
  its sector and the country its own words name; a person role takes the name set next to
  it (:mod:`rasd.entities.names`) as the same person;
* a nationality adjective outside a role phrase becomes a ``nisba`` mention of the
  nationality (type NORP, linked to its country);
* a capital read as its government (:mod:`rasd.entities.metonymy`) becomes a ``metonym``
  mention of its country;
* a definite anaphor (``المنظمة``) is kept for coreference to resolve;
* every other name is a ``name`` mention.

Names inside a role phrase stay mentions of their own (the place, the ministry), except
nationality adjectives, which only give the phrase its country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.caches import WORD_CACHE_SIZE
from rasd.entities.lexicon import EntityWords, Referent, strip_article
from rasd.entities.metonymy import CapitalUse, capital_use, seat_country
from rasd.entities.names import name_after, name_before
from rasd.entities.roles import RoleFinder, RolePhrase, role_at, role_readings
from rasd.entities.units import Piece, Unit
from rasd.kb import KBEntry, KnowledgeBase, name_key
from rasd.kb.gazetteer import WordSieve, clitic_offset, proclitic_readings
from rasd.kb.roles import ActorClass, classify_actor_phrase
from rasd.model import EntityType, MentionKind, Span

#: Trust in a role phrase's reading: its sector comes from a curated pattern, its country
#: from the phrase or the context, so it is below a KB name but above the NER model.
ROLE_CONFIDENCE = 0.8
#: A person's name read from its position after a role (no KB entry, no NER mention).
CONTEXT_NAME_CONFIDENCE = 0.6
#: A definite anaphor resolved to the last organisation of the same kind.
ANAPHOR_CONFIDENCE = 0.7
#: Actor phrase readings remembered across documents before the memo starts over (a few
#: thousand distinct phrases per thousand articles).
MAX_ACTOR_PHRASES = 50_000

_NER_TYPES: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC",
                                     "MISC": "MISC"}
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_QUOTES = frozenset('"\'«»“”')


@dataclass(slots=True)
class RawMention:
    """A mention before coreference: where, how and what it refers to.

    ``words`` are the normalised words of a name (for surname coreference); ``title`` the
    office or body a role mention names (:attr:`RolePhrase.title`); ``partner`` the index
    (in the document's list) of a name in apposition with a role mention; ``anaphor`` the
    head noun of a definite anaphor (``منظمه``), resolved later.
    """

    span: Span
    kind: MentionKind
    type: EntityType
    entry: KBEntry | None = None
    country: str | None = None
    sector: str | None = None
    confidence: float = 1.0
    words: tuple[str, ...] = ()
    title: str | None = None
    referent: Referent | None = None
    country_from_phrase: bool = False
    partner: int | None = None
    anaphor: str | None = None
    piece: int = 0
    #: A nationality adjective agreeing with the definite noun before it (الجانب المصري),
    #: never a family name used alone.
    adjective: bool = False


def _after_definite_noun(piece: Piece, w: int) -> bool:
    if w == 0 or not piece.joined(w - 1, w):
        return False
    prev = piece.words[w - 1]
    return prev.kind == "word" and ("ال" in prev.clitics or prev.norm.startswith("ال"))


def _give_country(piece: Piece, last: tuple[Unit, RawMention] | None, norp: Unit) -> None:
    """A nationality right after an unknown actor's name (quote marks allowed) gives it its
    country: ``صحيفة "الفجر" المغربية``."""
    if last is None or norp.entry is None:
        return
    unit, mention = last
    if mention.entry is not None or mention.country is not None \
            or mention.type not in ("ORG", "PERSON") or unit.w1 != norp.w0:
        return
    if all(t.norm in _QUOTES for t in piece.between(unit.w1 - 1, norp.w0)):
        mention.country, mention.country_from_phrase = norp.entry.country, True


class PieceReader:
    """Turns the units of one piece into :class:`RawMention` records (see module doc)."""

    def __init__(
        self, kb: KnowledgeBase, words: EntityWords,
        actors: dict[str, ActorClass | None] | None = None,
    ) -> None:
        self.kb = kb
        self.words = words
        #: Readings of actor phrases by text, kept across documents by the caller (the
        #: same offices and bodies recur from article to article); only valid for ``kb``.
        self.actors = actors if actors is not None else {}
        anaphors = words.anaphors
        sieve = _anaphor_sieves.get(anaphors)
        if sieve is None:
            # The sieve tests every new word once and remembers the answer, so it calls
            # the uncached reading: only the few words that pass reach the LRU below
            # (whose (word, set) keys would otherwise fill it, and the garbage collector's
            # rounds, with one tuple per word of the vocabulary).
            sieve = _anaphor_sieves[anaphors] = WordSieve(
                lambda word: _first_anaphor_reading(word, anaphors))
        self._anaphor_sieve = sieve

    def _actor(self, phrase: str) -> ActorClass | None:
        if phrase not in self.actors:
            if len(self.actors) >= MAX_ACTOR_PHRASES:
                self.actors.clear()
            self.actors[phrase] = classify_actor_phrase(phrase, kb=self.kb)
        return self.actors[phrase]

    def read(self, piece: Piece, units: list[Unit], out: list[RawMention], index: int) -> None:
        """Append the piece's mentions to ``out`` (document-wide list, text order within the
        piece); ``index`` is the piece's number."""
        by_first = {u.w0: u for u in units}
        finder = RoleFinder(piece, by_first, self.words)
        phrases = self._role_phrases(piece, by_first, finder)
        in_role: dict[int, RolePhrase] = {}
        for ph in phrases:
            for w in range(ph.w0, ph.w1):
                in_role[w] = ph
        norp_words = frozenset(w for u in units if u.kb_type == "NORP"
                               for w in range(u.w0, u.w1))
        found: list[tuple[int, RawMention]] = []  # (first word, mention)
        unit_at: dict[int, int] = {}  # first word of a unit → its position in found
        previous: tuple[Unit, CapitalUse | None] | None = None
        last_name: tuple[Unit, RawMention] | None = None
        for u in units:
            if u.w0 in by_first and by_first[u.w0] is not u:
                continue
            if u.kb_type == "NORP":
                if u.w0 not in in_role:
                    nisba = self._name(piece, u, "nisba", index)
                    nisba.adjective = _after_definite_noun(piece, u.w0)
                    found.append((u.w0, nisba))
                    _give_country(piece, last_name, u)
                continue
            if self._replaced_by_role(u, in_role):
                continue
            kind: MentionKind = "name"
            entry = u.entry
            use: CapitalUse | None = None
            if entry is not None and entry.type == "GPE" and u.w0 not in in_role:
                country = seat_country(u, self.kb, self.words)
                if country is not None:
                    use = capital_use(piece, u, previous, self.words, norp_words)
                    if use == "country":
                        kind, entry = "metonym", country
            elif entry is not None and entry.type == "ORG" and self._descriptive(piece, u):
                kind = "role"
            if u.kb_type in _PLACE_TYPES or u.ner_type == "LOC":
                previous = (u, use)
            unit_at[u.w0] = len(found)
            mention = self._name(piece, u, kind, index, entry)
            found.append((u.w0, mention))
            last_name = (u, mention)
        for ph in phrases:
            self._role(piece, ph, by_first, found, unit_at, index)
        anaphors = self.words.anaphors
        maybe = self._anaphor_sieve.passing(piece.vocab)
        if maybe:
            taken = {w for u in units for w in range(*u.reach)} | set(in_role)
            for w, tok in enumerate(piece.words):
                if tok.norm not in maybe or w in taken or tok.kind != "word":
                    continue
                reading = _anaphor_reading(tok.norm, anaphors)
                if reading is not None:
                    found.append((w, self._anaphor(piece, w, reading, index)))
        base = len(out)
        order = sorted(range(len(found)), key=lambda i: (found[i][0], i))
        remap = {old: base + new for new, old in enumerate(order)}
        for i in order:
            m = found[i][1]
            if m.partner is not None:
                m.partner = remap[m.partner]
            out.append(m)

    # --- names ------------------------------------------------------------------------------

    def _name(self, piece: Piece, u: Unit, kind: MentionKind, index: int,
              entry: KBEntry | None = None) -> RawMention:
        entry = entry if entry is not None else u.entry
        typ: EntityType = entry.type if entry is not None else _NER_TYPES[u.ner_type or "MISC"]
        span = piece.span(u.start, u.end)
        words = tuple(piece.norm(w) for w in range(u.w0, u.w1))
        if u.start > piece.starts[u.w0]:
            # the name's first word without the proclitics left out of its span: لبرتالا
            # and برتالا are one name
            words = (name_key(piece.text[u.start:piece.ends[u.w0]]), *words[1:])
        sector = entry.sector if entry is not None else None
        country = entry.country if entry is not None else None
        if entry is None and typ == "ORG":
            # An unknown organisation may still be named by its kind (حزب، جامعة، شركة)
            actor = self._actor(span.text)
            if actor is not None:
                sector, country = actor.sector, actor.country
        return RawMention(span, kind, typ, entry, country, sector, u.confidence, words,
                          piece=index)

    def _descriptive(self, piece: Piece, u: Unit) -> bool:
        """Whether a KB organisation's name in the text is an institution noun with
        nationality adjectives (``الجيش اللبناني``, ``الخارجية الأمريكية``): a role phrase
        by the schema's definition (like ``الرئيس الكازاخي``), not a proper name, though
        the KB knows which body it is (the mention stays linked)."""
        if u.w1 - u.w0 < 2:
            return False
        head = role_at(piece, u.w0)
        if head is None or u.w0 + head[1] >= u.w1:
            return False
        return all(self._nisba_word(piece.norm(w)) for w in range(u.w0 + head[1], u.w1))

    def _nisba_word(self, word: str) -> bool:
        entries = self.kb.lookup(word)
        return bool(entries) and all(e.type == "NORP" for e in entries)

    # --- role phrases ---------------------------------------------------------------------

    def _role_phrases(
        self, piece: Piece, by_first: dict[int, Unit], finder: RoleFinder
    ) -> list[RolePhrase]:
        """Role phrases of the piece, left to right, not starting inside a name. A KB actor
        name wins over a role phrase starting at the same word (``الخارجية الأمريكية`` is
        the State Department); a role phrase wins over a model name it covers."""
        out: list[RolePhrase] = []
        cued = {u.reach[0]: u for u in by_first.values() if u.alias is not None}
        # Only words that start a name or may start a role pattern can change anything:
        # the others are stepped over (most words of a piece).
        maybe = _ROLE_SIEVE.passing(piece.vocab)
        heads = {w for w, t in enumerate(piece.words) if t.norm in maybe} if maybe else set()
        pos = 0
        for w in sorted(heads.union(by_first, cued)):
            if w < pos:
                continue
            if w in cued:  # حركة in حركة حماس: the name's cue, not a role
                pos = cued[w].reach[1]
                continue
            u = by_first.get(w)
            if u is not None and u.entry is not None and u.kb_type != "NORP":
                pos = u.w1
                continue
            ph = finder.phrase_at(w) if w in heads else None
            if ph is not None and (u is None or ph.w1 >= u.w1) and self._is_actor(ph):
                out.append(ph)
                pos = ph.w1
            elif u is not None:
                pos = u.w1
            else:
                pos = w + 1
        return out

    def _is_actor(self, ph: RolePhrase) -> bool:
        """Weak roles are common nouns unless the phrase names a country or complement; so
        is a bare indefinite head of kind *of* (``قناة``, ``وزير``: whose?)."""
        if ph.names_country or ph.has_complement:
            return True
        if ph.head.key in self.words.weak_roles:
            return False
        return not (ph.head.kind == "of" and not ph.head.key.startswith("ال")
                    and ph.w1 - ph.w0 == ph.head.key.count(" ") + 1)

    @staticmethod
    def _replaced_by_role(u: Unit, in_role: dict[int, RolePhrase]) -> bool:
        """A model name that a role phrase starts on and covers is the role phrase."""
        ph = in_role.get(u.w0)
        return ph is not None and u.entry is None and ph.w0 == u.w0 and ph.w1 >= u.w1

    def _role(
        self, piece: Piece, ph: RolePhrase, by_first: dict[int, Unit],
        found: list[tuple[int, RawMention]], unit_at: dict[int, int], index: int,
    ) -> None:
        span = piece.span(ph.start, ph.end)
        if ph.head.key in self.words.anaphors and ph.w1 - ph.w0 == 1:
            # المنظمة alone: the organisation named before, not an office of its own
            found.append((ph.w0, RawMention(span, "role", "ORG", confidence=ANAPHOR_CONFIDENCE,
                                            anaphor=strip_article(ph.head.key), piece=index)))
            return
        actor = self._actor(span.text)
        sector = actor.sector if actor is not None else ph.head.sector
        country = actor.country if actor is not None else None
        typ: EntityType = "ORG" if ph.referent == "body" else "PERSON"
        role = RawMention(span, "role", typ, None, country, sector, ROLE_CONFIDENCE,
                          title=ph.title, referent=ph.referent,
                          country_from_phrase=country is not None, piece=index)
        if ph.referent == "person":
            unit, rng = name_after(piece, ph.w1, by_first, self.words)
            if unit is None and rng is None:
                unit = name_before(piece, ph.w0, by_first)
            if unit is not None and unit.w0 in unit_at:
                role.partner = unit_at[unit.w0]
            elif rng is not None:
                a, b = rng
                name = RawMention(piece.span(piece.starts[a], piece.ends[b - 1]), "name",
                                  "PERSON", None, None, None, CONTEXT_NAME_CONFIDENCE,
                                  tuple(piece.norm(w) for w in range(a, b)), piece=index)
                role.partner = len(found)
                found.append((a, name))
        found.append((ph.w0, role))

    # --- anaphors -------------------------------------------------------------------------

    @staticmethod
    def _anaphor(piece: Piece, w: int, reading: tuple[int, str], index: int) -> RawMention:
        """The anaphor mention of word ``w`` read as ``(skip, form)``."""
        tok = piece.words[w]
        skip, form = reading
        start = tok.start + clitic_offset(tok.text, skip) if skip else tok.start
        return RawMention(piece.span(start, tok.end), "role", "ORG",
                          confidence=ANAPHOR_CONFIDENCE, anaphor=strip_article(form),
                          piece=index)


#: Words that may start a role pattern (depends on the shipped patterns alone).
_ROLE_SIEVE = WordSieve(role_readings)
#: Words with an anaphor reading, per anaphor list (one list in practice).
_anaphor_sieves: dict[frozenset[str], WordSieve] = {}

#: Distinct word forms whose anaphor reading is remembered (the words that passed the
#: sieve: every free word of a page that has one).
ANAPHOR_CACHE = WORD_CACHE_SIZE


def _first_anaphor_reading(word: str, anaphors: frozenset[str]) -> tuple[int, str] | None:
    """``(skip, form)`` of the first proclitic reading of ``word`` that is an anaphor."""
    for skip, form in proclitic_readings(word):
        if form in anaphors:
            return skip, form
    return None


#: :func:`_first_anaphor_reading` of the words that passed the sieve (few per page).
_anaphor_reading = lru_cache(maxsize=ANAPHOR_CACHE)(_first_anaphor_reading)
