"""Merging the KB's and the NER model's names of one piece into one reading.

The KB is trusted for the names it knows and the model for the rest, with two exceptions
where the model's reading of the same words is the better one:

* **extent**: the KB's alias may carry a cue word, a nationality adjective or an epithet
  around a shorter name the KB also knows for the same record (``حركة حماس``, ``حزب الله
  اللبناني``, ``مكة المكرمة``), or a title before a person's name (``الشيخ تميم``); when
  the model finds that shorter name inside it, the mention is the shorter name, still
  linked to the KB entry, as the model's training corpora delimit names. A shorter name
  of ANOTHER record is not narrowed to (``غزة`` the city in ``قطاع غزة`` the strip).
* **heads and titles**: a region's KB name that starts with a generic or directional head
  (``قطاع غزة``, ``جنوب لبنان``, ``مدينة الصدر``; :data:`REGION_HEADS`) is mentioned as the
  name after the head, and a person's KB alias as the name after its titles (``الملك
  حمد بن عيسى آل خليفة``), both still linked to the entry and with the head in their
  ``alias`` words: news corpora delimit names without them (ANERcorp leaves the head out
  in 387 of 399 such phrases, and titles always). A country keeps its whole name
  (``جنوب أفريقيا``, ``جنوب السودان``). Likewise a model's person name that starts after
  a KB alias's titles and runs past its end (``خليفة بن زايد آل نهيان`` over the KB's
  ``الشيخ خليفة بن زايد``) is the mention, linked to the entry.
* **class**: when the model gives the same words another class than the KB's chosen
  reading and the KB has a reading of the model's class, that reading is taken
  (``الشرق الأوسط`` tagged ORG is the newspaper). A city or region the model tags as an
  organisation, with no such reading, is overwhelmingly a sports club named after it
  (``برشلونة``): the name becomes an unlinked organisation. Countries keep their KB
  reading (``الإمارات`` tagged ORG is still mostly the country).
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.entities.units import Piece, Unit
from rasd.kb import KBEntry
from rasd.kb.gazetteer import proclitic_readings

_SAME_CLASS = {"PERSON": frozenset({"PERSON"}), "ORG": frozenset({"ORG"}),
               "LOC": frozenset({"GPE", "LOC"}), "MISC": frozenset()}
_PLACE_TYPES = frozenset({"GPE", "LOC"})
#: KB ids of countries: their names are the country even when the model says ORG.
_COUNTRY_PREFIX = "iso:"
#: Generic and directional heads of a region's name, normalised (module doc); a KB name
#: of a region or town starting with one is mentioned without it.
REGION_HEADS = frozenset({
    "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي",
    "قطاع", "منطقه", "مدينه", "محافظه", "ولايه", "اقليم", "مقاطعه",
})


def merge_units(
    piece: Piece, kb: list[Unit], ner: list[Unit], filler: frozenset[str],
    titles: frozenset[str] = frozenset(),
    aliases: Callable[[tuple[str, ...]], frozenset[str]] | None = None,
) -> tuple[list[Unit], list[Unit]]:
    """KB and NER units without contradictions: ``(outer, nested)``.

    * an NER name on exactly a KB name's words, of another class, takes the KB's reading
      of its class if there is one; an NER organisation on a KB city or region is that
      organisation (module doc), unlinked;
    * an NER name strictly inside a KB name of its class that is itself a name of the same
      KB record (``حماس`` in ``حركة حماس``, ``مكة`` in ``مكة المكرمة``), or a person's
      name without the titles before it (``الشيخ``), narrows the KB name to its extent;
    * any other NER name inside, across or equal to a KB name is dropped (the KB knows it);
    * an NER person's name that extends a KB person's from its first word
      (``محمد بن سلمان آل سعود``) becomes that name, linked to the KB entry; a longer place
      or organisation name is another thing (``سانتياغو برنابيو`` is a stadium, not the
      city) and stands unlinked, the KB name nested;
    * an NER name that only adds cue or title words to KB names (``حركة`` + a KB name the
      gazetteer read without its cue), or that is only KB names of its class side by side,
      is dropped: the KB names stand; KB places side by side that the model reads as one
      organisation (``أرمينيا بيليفيلد``) are that organisation;
    * an NER person's name that starts after a KB person alias's titles and runs past
      its end is the mention, linked to the KB entry;
    * otherwise the NER name stands, unlinked, and the KB names inside it stay as nested
      units (a place inside an organisation's name, a nationality giving its country);
    * last, every linked name loses a region head or leading titles (module doc).

    ``filler`` holds the normalised cue and title words, ``titles`` the title words
    alone; ``aliases`` gives the KB ids a name (normalised words, the first possibly with
    proclitics) may refer to.
    """
    nested: list[Unit] = []
    taken: set[int] = set()  # indices of KB units an NER name replaced
    kept_ner: list[Unit] = []
    for n in ner:
        inside = [i for i, k in enumerate(kb) if k.w0 < n.w1 and n.w0 < k.w1]
        if not inside:
            kept_ner.append(n)
            continue
        if len(inside) == 1:
            k = kb[inside[0]]
            other = _other_reading(n, k)
            if other is not None:
                kept_ner.append(Unit(n.w0, n.w1, k.start, k.end, "kb", other, n.ner_type,
                                     k.match, k.confidence))
                taken.add(inside[0])
                continue
            # Where both start on the same word, the gazetteer's start is the better one:
            # it left the word's proclitics out (بمكة), the model's may not have.
            start = k.start if k.w0 == n.w0 else n.start
            if _club_or_paper(n, k):
                kept_ner.append(Unit(n.w0, n.w1, start, n.end, "ner", ner_type=n.ner_type,
                                     confidence=n.confidence))
                taken.add(inside[0])
                continue
            if n.ner_type == "PERSON" and k.kb_type == "PERSON" \
                    and k.w0 < n.w0 < k.w1 < n.w1 \
                    and all(_is_filler(piece.norm(w), filler) for w in range(k.w0, n.w0)):
                # خليفة بن زايد آل نهيان (model) over الشيخ خليفة بن زايد (KB)
                kept_ner.append(Unit(n.w0, n.w1, n.start, n.end, "ner", k.entry, n.ner_type,
                                     k.match, k.confidence, alias=(k.w0, n.w1)))
                taken.add(inside[0])
                continue
            if _bare_name_of(piece, n, k, titles, aliases):
                kept_ner.append(Unit(n.w0, n.w1, start, n.end, "kb", k.entry, n.ner_type,
                                     k.match, k.confidence, alias=(k.w0, k.w1)))
                taken.add(inside[0])
                continue
        if any(not (n.w0 <= kb[i].w0 and kb[i].w1 <= n.w1) or
               (kb[i].w0, kb[i].w1) == (n.w0, n.w1) for i in inside):
            continue  # inside, across or equal to a KB name
        same = [i for i in inside if kb[i].kb_type in _SAME_CLASS[n.ner_type or "MISC"]]
        if len(same) == 1 and kb[same[0]].w0 == n.w0 and n.ner_type == "PERSON":
            k = kb[same[0]]
            kept_ner.append(Unit(n.w0, n.w1, k.start, n.end, "ner", k.entry, n.ner_type,
                                 k.match, k.confidence))
            taken.add(same[0])
            nested.extend(kb[i] for i in inside if i != same[0])
            taken.update(inside)
            continue
        covered = {w for i in inside for w in range(kb[i].w0, kb[i].w1)}
        extras = [w for w in range(n.w0, n.w1) if w not in covered]
        if extras and all(_is_filler(piece.norm(w), filler) for w in extras):
            continue
        if not extras and all(kb[i].kb_type in _SAME_CLASS[n.ner_type or "MISC"]
                              for i in inside):
            continue  # KB names side by side: the KB knows each
        kept_ner.append(n)
        nested.extend(kb[i] for i in inside)
        taken.update(inside)
    outer = sorted([k for i, k in enumerate(kb) if i not in taken] + kept_ner,
                   key=lambda u: u.w0)
    return [_without_head(piece, u, filler) for u in outer], nested


def _without_head(piece: Piece, u: Unit, filler: frozenset[str]) -> Unit:
    """``u`` without the region head or the titles its KB name starts with (module doc):
    the name after them, still linked, its ``alias`` covering them."""
    entry = u.entry
    if entry is None or u.w1 - u.w0 < 2:
        return u
    w = u.w0
    if entry.type in _PLACE_TYPES:
        if not entry.kb_id.startswith(_COUNTRY_PREFIX) \
                and _is_filler(piece.norm(w), REGION_HEADS):
            w += 1
    elif entry.type == "PERSON":
        while w + 1 < u.w1 and _is_filler(piece.norm(w), filler):
            w += 1
    if w == u.w0:
        return u
    return Unit(w, u.w1, piece.starts[w], u.end, u.source, entry, u.ner_type, u.match,
                u.confidence, alias=u.alias or (u.w0, u.w1))


def _other_reading(n: Unit, k: Unit) -> KBEntry | None:
    """The KB's reading of the model's class for the same words, when the chosen reading
    is of another class (``الشرق الأوسط`` tagged ORG: the newspaper, not the region)."""
    if (n.w0, n.w1) != (k.w0, k.w1) or k.match is None or k.entry is None:
        return None
    wanted = _SAME_CLASS[n.ner_type or "MISC"]
    if not wanted or k.entry.type in wanted:
        return None
    return next((e for e in k.match.entries if e.type in wanted), None)


def _club_or_paper(n: Unit, k: Unit) -> bool:
    """An NER organisation on exactly the words of a KB city or region (module doc)."""
    return n.ner_type == "ORG" and (n.w0, n.w1) == (k.w0, k.w1) and k.entry is not None \
        and k.entry.type in _PLACE_TYPES and not k.entry.kb_id.startswith(_COUNTRY_PREFIX)


def _bare_name_of(
    piece: Piece, n: Unit, k: Unit, titles: frozenset[str],
    aliases: Callable[[tuple[str, ...]], frozenset[str]] | None,
) -> bool:
    """Whether NER name ``n``, strictly inside KB name ``k``, is the same record's name
    without its descriptors: itself a name of that record, or a person's name without the
    titles before it."""
    if k.entry is None or k.kb_type not in _SAME_CLASS[n.ner_type or "MISC"]:
        return False
    if not (k.w0 <= n.w0 and n.w1 <= k.w1) or (k.w0, k.w1) == (n.w0, n.w1):
        return False
    if aliases is not None \
            and k.entry.kb_id in aliases(tuple(piece.norm(w) for w in range(n.w0, n.w1))):
        return True  # حماس in حركة حماس, مكة in مكة المكرمة
    return k.kb_type == "PERSON" and n.w1 == k.w1 \
        and all(_is_filler(piece.norm(w), titles) for w in range(k.w0, n.w0))


def _is_filler(word: str, filler: frozenset[str]) -> bool:
    return any(form in filler for _, form in proclitic_readings(word))
