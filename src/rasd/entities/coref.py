"""Coreference within a document: which mentions name the same entity.

Mentions (:class:`rasd.entities.mentions.RawMention`, in text order) join when:

* they link to the same KB record (a capital read as its government is a mention of the
  country record, so ``واشنطن تحذر`` joins ``الولايات المتحدة``);
* a role stands in apposition with a name (``الرئيس الكازاخي قاسم جومارت توكاييف``);
* a person's name is part of a longer name of exactly one person in the page
  (``توكاييف`` … ``قاسم جومارت توكاييف``);
* a person role without a name (``الرئيس الكازاخي``) names the office of exactly one
  person in the page with a compatible country;
* a body role repeats an earlier body's title or part of it with a compatible country
  (``الداخلية`` after ``وزارة الداخلية في كازاخستان``), when only one body fits;
* a definite anaphor (``المنظمة``) repeats the head noun of the last organisation named
  before it (``منظمة التعاون الإسلامي``); unresolved anaphors are dropped.

Roles that name no country take the country of their piece when the piece names only one,
else the document's most-named country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.entities.lexicon import strip_article
from rasd.entities.mentions import RawMention
from rasd.kb import KBEntry
from rasd.model import Entity, EntityType, Mention

_COUNTRY_TYPES = frozenset({"GPE", "LOC", "NORP"})
#: First parts of compound names, written with or without a space (normalised forms).
_COMPOUND_HEADS = frozenset({"عبد", "ابو"})
#: Which mention stands for an entity: a name before a role, a role before a nationality
#: adjective or a capital used for its country.
_KIND_RANK = {"name": 0, "role": 1, "metonym": 2, "nisba": 3}


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def context_countries(raw: Sequence[RawMention]) -> tuple[dict[int, str], str | None]:
    """The one country each piece names (pieces naming several are left out) and the
    document's most-named country, from linked place and nationality names."""
    per_piece: dict[int, set[str]] = {}
    counts: Counter[str] = Counter()
    for m in raw:
        if m.entry is not None and m.entry.type in _COUNTRY_TYPES and m.entry.country \
                and m.kind in ("name", "nisba"):
            per_piece.setdefault(m.piece, set()).add(m.entry.country)
            counts[m.entry.country] += 1
    single = {p: next(iter(cs)) for p, cs in per_piece.items() if len(cs) == 1}
    top = counts.most_common(1)[0][0] if counts else None
    return single, top


def build_entities(raw: list[RawMention]) -> list[Entity]:
    """The document's entities from its mentions (see module doc), in order of first
    mention."""
    pieces, main = context_countries(raw)
    for m in raw:
        if m.kind == "role" and m.anaphor is None and m.country is None:
            m.country = pieces.get(m.piece, main)
    groups = _Groups(len(raw))
    keep = [m.anaphor is None for m in raw]
    by_key: dict[tuple[str, ...], int] = {}

    def keyed(i: int, key: tuple[str, ...]) -> None:
        if key in by_key:
            groups.union(i, by_key[key])
        else:
            by_key[key] = i

    for i, m in enumerate(raw):
        if m.anaphor is not None or (m.kind == "role" and m.entry is None):
            continue  # a KB body named by a role phrase (الجيش اللبناني) is keyed like a name
        if m.entry is not None:
            keyed(i, ("kb", m.entry.kb_id))
        else:
            keyed(i, ("name", m.type, " ".join(m.words)))
    for i, m in enumerate(raw):
        if m.partner is not None:
            groups.union(i, m.partner)
    _surnames(raw, groups)
    roles = [j for j, m in enumerate(raw)
             if m.kind == "role" and m.anaphor is None and m.entry is None]
    for i in roles:
        if raw[i].partner is None:
            _join_role(raw, groups, i, by_key, roles)
    for i, m in enumerate(raw):
        if m.anaphor is not None:
            target = _antecedent(raw, groups, i)
            if target is not None:
                groups.union(i, target)
                keep[i] = True
    members: dict[int, list[int]] = {}
    for i in range(len(raw)):
        if keep[i]:
            members.setdefault(groups.find(i), []).append(i)
    out = [_entity([raw[i] for i in idx]) for idx in members.values()]
    out.sort(key=lambda e: e.mentions[0].span.start)
    return out


def _surnames(raw: list[RawMention], groups: _Groups) -> None:
    """Join a person's partial name to the one person whose fuller name contains it."""
    names: dict[int, set[str]] = {}
    for i, m in enumerate(raw):
        if m.type == "PERSON" and m.kind == "name" and m.words:
            names.setdefault(groups.find(i), set()).update(_name_words(m.words))
    for i, m in enumerate(raw):
        if m.kind == "nisba" and len(m.words) == 1 and m.words[0].startswith("ال") \
                and not m.adjective:
            # السويدي after سعد بن رحيل السويدي: a family name that is also a nationality
            owners = {r for r, ws in names.items() if m.words[0] in ws}
            if len(owners) == 1:
                groups.union(i, owners.pop())
                m.kind, m.entry, m.type, m.country = "name", None, "PERSON", None
            continue
        if m.type != "PERSON" or m.kind != "name" or not m.words:
            continue
        root = groups.find(i)
        own = _name_words(m.words)
        if names.get(root, set()) != own:
            continue  # already part of a fuller name
        fits = {r for r, ws in names.items() if r != root and own < ws}
        if len(fits) == 1:
            target = fits.pop()
            groups.union(i, target)
            names[groups.find(i)] = names.pop(target, set()) | names.pop(root, set())


def _name_words(words: tuple[str, ...]) -> set[str]:
    """A name's words, with the compounds written apart or together joined (عبد العاطي and
    عبدالعاطي are one word)."""
    out: set[str] = set()
    i = 0
    while i < len(words):
        if words[i] in _COMPOUND_HEADS and i + 1 < len(words):
            out.add(words[i] + words[i + 1])
            i += 2
        else:
            out.add(words[i])
            i += 1
    return out


def _join_role(
    raw: list[RawMention], groups: _Groups, i: int, by_key: dict[tuple[str, ...], int],
    roles: list[int],
) -> None:
    """A role mention without a name next to it: the office holder or body it repeats,
    else an entity of its own keyed by title and country. ``roles``: the indices of the
    document's role mentions that are not anaphors (the only candidates)."""
    m = raw[i]
    title = set((m.title or "").split())
    fits: set[int] = set()
    for j in roles:
        other = raw[j]
        if j == i or other.referent != m.referent or (j > i and other.partner is None):
            continue
        if not _compatible(m, other):
            continue
        other_title = set((other.title or "").split())
        same = title == other_title
        part = m.referent == "body" and bool(title) and title <= other_title
        if same or part:
            fits.add(groups.find(j))
    if m.referent != "people" and len(fits) == 1:
        groups.union(i, fits.pop())
        return
    by_key_title = ("role", m.referent or "", m.title or "", m.country or "")
    if by_key_title in by_key:
        groups.union(i, by_key[by_key_title])
    else:
        by_key[by_key_title] = i


def _compatible(a: RawMention, b: RawMention) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def _antecedent(raw: list[RawMention], groups: _Groups, i: int) -> int | None:
    """The last organisation before mention ``i`` whose name or title starts with the
    anaphor's head noun."""
    head = raw[i].anaphor
    for j in range(i - 1, -1, -1):
        m = raw[j]
        if m.type != "ORG" or m.anaphor is not None:
            continue
        first = m.words[0] if m.kind == "name" and m.words else \
            (m.title or "").partition(" ")[0] if m.kind == "role" else ""
        if first and strip_article(first) == head:
            return groups.find(j)
    return None


def _entity(ms: list[RawMention]) -> Entity:
    ms = sorted(ms, key=lambda m: m.span.start)
    best = min(ms, key=lambda m: (_KIND_RANK[m.kind], -len(m.span), m.span.start))
    entry: KBEntry | None = next(
        (m.entry for m in sorted(ms, key=lambda m: _KIND_RANK[m.kind]) if m.entry), None)
    typ: EntityType
    if entry is not None:
        # the schema's split: countries and cities GPE; regions and natural features LOC
        typ = "LOC" if entry.is_place and entry.precision == "region" else entry.type
    elif any(m.type == "PERSON" for m in ms):
        typ = "PERSON"
    else:
        typ = best.type
    country = entry.country if entry is not None else None
    sector = entry.sector if entry is not None else None
    if country is None:
        country = next((m.country for m in ms if m.country and m.country_from_phrase), None) \
            or next((m.country for m in ms if m.country), None)
    if sector is None:
        sector = next((m.sector for m in ms if m.sector), None)
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for m in ms:
        if (m.span.start, m.span.end) not in seen:
            seen.add((m.span.start, m.span.end))
            mentions.append(Mention(m.span, m.kind))
    place = entry if entry is not None and entry.is_place else None
    return Entity(
        span=best.span, type=typ, mentions=tuple(mentions),
        kb_id=entry.kb_id if entry else None, name_en=entry.name_en if entry else None,
        country=country, sector=sector,
        lat=place.lat if place else None, lon=place.lon if place else None,
        geonames_id=place.geonames_id if place else None,
        precision=place.precision if place else None,
        confidence=max(m.confidence for m in ms),
    )
