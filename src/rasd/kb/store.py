"""Loading the knowledge base: shipped TSV files plus the user's own dictionary.

Every KB file shares one layout (``docs/kb.md``)::

    kb_id type name_en names_ar country sector lat lon geonames_id admin1 precision population

``names_ar`` is ``|``-separated, the first name is the display name; a name prefixed ``~``
matches only after a cue word (``data/kb/cues.tsv``) and ``!`` makes the entry the default
reading of an ambiguous name. Trailing empty columns may be left out. ``countries.tsv``
adds ``alpha2`` and ``capital`` (a kb_id).

The user dictionary (``user.tsv`` in ``$RASD_KB_DIR``, else ``$XDG_DATA_HOME/rasd/kb`` or
``~/.local/share/rasd/kb``) uses the same layout; :func:`add_user_entries` validates rows
before copying them there, and its entries override shipped ones with the same kb_id.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rasd.errors import RecordError
from rasd.kb.model import (
    ENTITY_TYPES,
    PRECISIONS,
    SECTORS,
    EntityType,
    KBEntry,
    Precision,
    Sense,
    name_key,
)

if TYPE_CHECKING:
    from rasd.kb.gazetteer import Gazetteer

log = logging.getLogger(__name__)

SHIPPED_FILES = ("countries.tsv", "norp.tsv", "places.tsv", "organisations.tsv", "people.tsv")
N_COLUMNS = 12
USER_FILE = "user.tsv"
USER_HEADER = (
    "# rasd user dictionary: rows added with `rasd kb add FILE.tsv` (see docs/kb.md).\n"
    "# kb_id\ttype\tname_en\tnames_ar\tcountry\tsector\tlat\tlon\tgeonames_id\tadmin1\t"
    "precision\tpopulation\n"
)
#: Rank of types among equally prominent readings: a country before its namesake city.
_TYPE_RANK = {"GPE": 0, "LOC": 1, "ORG": 2, "PERSON": 3, "NORP": 4}
#: Prominence of a curated organisation or person without a population: as newsworthy as a
#: city of a million. Curated actors were chosen because they are in the news, so they
#: outrank small GeoNames towns that share their name (جيتي) but not major cities.
CURATED_ACTOR_PROMINENCE = 1_000_000


@dataclass(frozen=True, slots=True)
class _Row:
    """A parsed KB line: the entry and its names as (key, needs_cue, default)."""

    entry: KBEntry
    names: tuple[tuple[str, bool, bool], ...]
    extra: tuple[str, ...] = ()


def parse_row(line: str, where: str) -> _Row:
    """Parse and validate one KB line; raises :class:`RecordError` naming ``where``."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) < 4:
        raise RecordError("a KB row needs at least kb_id, type, name_en and names_ar", where=where)
    extra = tuple(cells[N_COLUMNS:])
    cells = cells[:N_COLUMNS] + [""] * (N_COLUMNS - len(cells))
    kb_id, typ, name_en, names, country, sector, lat, lon, gid, admin1, precision, pop = (
        c.strip() for c in cells
    )
    if not kb_id:
        raise RecordError("empty kb_id", where=where)
    if typ not in ENTITY_TYPES:
        raise RecordError(f"type {typ!r} is not one of {sorted(ENTITY_TYPES)}", where=where)
    if sector and sector not in SECTORS:
        raise RecordError(f"sector {sector!r} is not one of {sorted(SECTORS)}", where=where)
    if precision and precision not in PRECISIONS:
        raise RecordError(
            f"precision {precision!r} is not one of {sorted(PRECISIONS)}", where=where
        )
    if country and not (len(country) == 3 and country.isascii() and country.isupper()):
        raise RecordError(f"country {country!r} is not an ISO alpha-3 code", where=where)
    parsed: list[tuple[str, bool, bool]] = []
    display = ""
    for raw in names.split("|"):
        name = raw.strip()
        default = needs_cue = False
        while name[:1] in ("!", "~"):
            default |= name[0] == "!"
            needs_cue |= name[0] == "~"
            name = name[1:]
        key = name_key(name)
        if key:
            parsed.append((key, needs_cue, default))
            display = display or name
    if not parsed:
        raise RecordError("no usable Arabic name in names_ar", where=where)
    try:
        entry = KBEntry(
            kb_id=kb_id, type=cast(EntityType, typ), name_en=name_en or display, name_ar=display,
            country=country or None, sector=sector or None,
            lat=_coordinate(lat, 90.0), lon=_coordinate(lon, 180.0),
            geonames_id=int(gid) if gid else None,
            precision=cast(Precision, precision) if precision else None,
            population=int(pop) if pop else None, admin1=admin1 or None,
        )
    except ValueError as e:
        raise RecordError(f"bad number: {e}", where=where) from None
    return _Row(entry, tuple(parsed), extra)


def _coordinate(text: str, limit: float) -> float | None:
    if not text:
        return None
    value = float(text)
    if not -limit <= value <= limit:
        raise ValueError(f"{value} is outside ±{limit}")
    return value


def _rows(text: str, source: str) -> Iterator[_Row]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield parse_row(line, f"{source}:{lineno}")


@cache
def _shipped_rows() -> tuple[_Row, ...]:
    pkg = resources.files("rasd.data.kb")
    out: list[_Row] = []
    for name in SHIPPED_FILES:
        out.extend(_rows(pkg.joinpath(name).read_text("utf-8"), f"rasd/data/kb/{name}"))
    return tuple(out)


@cache
def cue_words() -> dict[str, frozenset[str]]:
    """Cue class (``place``, ``org``, ``person``) → normalised cue words."""
    text = resources.files("rasd.data.kb").joinpath("cues.tsv").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cls, words = line.split("\t")
            out[cls] = frozenset(name_key(w) for w in words.split("|"))
    return out


def user_kb_path() -> Path:
    """Where the user dictionary lives (see module docstring)."""
    env = os.environ
    return _user_kb_path(env.get("RASD_KB_DIR"), env.get("XDG_DATA_HOME"), env.get("HOME"))


@lru_cache(maxsize=8)
def _user_kb_path(kb_dir: str | None, data_home: str | None, home: str | None) -> Path:
    """:func:`user_kb_path` for these environment values. Cached: every stage asks for the
    KB once per page (:meth:`KnowledgeBase.load`), and building the path from the
    environment cost as much as the ``stat`` that tells whether the user file changed.
    ``home`` (``$HOME``) is part of the key because ``Path.home()`` reads it."""
    if kb_dir:
        return Path(kb_dir).expanduser() / USER_FILE
    base = data_home or str(Path.home() / ".local" / "share")
    return Path(base) / "rasd" / "kb" / USER_FILE


@dataclass(eq=False)
class KnowledgeBase:
    """All KB entries, indexed by id, by name key and by country code."""

    entries: dict[str, KBEntry]
    senses: dict[str, tuple[Sense, ...]]
    alpha2: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    _gazetteer: Gazetteer | None = None

    @classmethod
    def load(cls, user_path: Path | None = None) -> KnowledgeBase:
        """The shipped KB plus the user dictionary, cached until the user file changes."""
        path = user_path or user_kb_path()
        try:
            st = path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        return _load_cached(str(path), stamp)

    @classmethod
    def from_rows(cls, rows: Iterable[_Row]) -> KnowledgeBase:
        by_id: dict[str, _Row] = {}
        for row in rows:
            by_id[row.entry.kb_id] = row  # later files (the user's) override
        senses: dict[str, list[Sense]] = defaultdict(list)
        alpha2: dict[str, str] = {}
        capitals: dict[str, str] = {}
        for row in by_id.values():
            for key, needs_cue, default in row.names:
                senses[key].append(Sense(row.entry, needs_cue, default))
            if row.extra and row.entry.country:
                alpha2[row.entry.country] = row.extra[0]
                if len(row.extra) > 1 and row.extra[1]:
                    capitals[row.entry.country] = row.extra[1]
        ordered = {k: _by_prior(v) for k, v in senses.items()}
        return cls({k: r.entry for k, r in by_id.items()}, ordered, alpha2, capitals)

    def lookup(self, name: str) -> tuple[KBEntry, ...]:
        """Every entry a name can refer to, most likely first (cue requirements ignored)."""
        return tuple(s.entry for s in self.senses.get(name_key(name), ()))

    def get(self, kb_id: str) -> KBEntry | None:
        return self.entries.get(kb_id)

    def country(self, code: str) -> KBEntry | None:
        """The country entry for an alpha-3 or alpha-2 code."""
        code = code.upper()
        if len(code) == 2:
            code = next((a3 for a3, a2 in self.alpha2.items() if a2 == code), code)
        return self.entries.get(f"iso:{code}")

    def capital(self, alpha3: str) -> KBEntry | None:
        kb_id = self.capitals.get(alpha3.upper())
        return self.entries.get(kb_id) if kb_id else None

    def gazetteer(self) -> Gazetteer:
        """The matcher over this KB (built once)."""
        if self._gazetteer is None:
            from rasd.kb.gazetteer import Gazetteer

            self._gazetteer = Gazetteer(self)
        return self._gazetteer


def prominence(entry: KBEntry) -> int:
    """How likely a reading is a priori: population, or a fixed figure for curated actors."""
    if entry.population:
        return entry.population
    return CURATED_ACTOR_PROMINENCE if entry.type in ("ORG", "PERSON") else 0


def _by_prior(senses: list[Sense]) -> tuple[Sense, ...]:
    """Curated defaults first, then the most prominent, then countries before cities."""
    return tuple(sorted(senses, key=lambda s: (
        not s.default, -prominence(s.entry), _TYPE_RANK[s.entry.type], s.entry.kb_id)))


@lru_cache(maxsize=8)
def _load_cached(path: str, stamp: tuple[int, int] | None) -> KnowledgeBase:
    rows = list(_shipped_rows())
    if stamp is not None:
        rows.extend(_rows(Path(path).read_text("utf-8"), path))
        log.info("KB: user dictionary %s loaded", path)
    return KnowledgeBase.from_rows(rows)


def add_user_entries(path: str | Path, *, user_path: Path | None = None) -> int:
    """Validate the rows of ``path`` and copy them into the user dictionary.

    All rows are checked before anything is written (a bad row raises :class:`RecordError`
    with ``file:line``). A kb_id without a ``prefix:`` gets ``user:``; a kb_id already in the
    dictionary is replaced. Returns how many rows were written.
    """
    src = Path(path)
    try:
        text = src.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RecordError(f"cannot read: {e}", where=str(src)) from None
    known = {r.entry.country for r in _shipped_rows() if r.entry.kb_id.startswith("iso:")}
    new: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if ":" not in cells[0]:
            cells[0] = "user:" + cells[0].strip()
        row = parse_row("\t".join(cells), f"{src}:{lineno}")
        if row.entry.country and row.entry.country not in known:
            raise RecordError(f"unknown country {row.entry.country!r}", where=f"{src}:{lineno}")
        new[row.entry.kb_id] = "\t".join(cells[:N_COLUMNS]).rstrip("\t")
    dest = user_path or user_kb_path()
    kept: list[str] = []
    if dest.exists():
        for line in dest.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#") and line.split("\t")[0] not in new:
                kept.append(line)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(USER_HEADER + "".join(f"{x}\n" for x in [*kept, *new.values()]), "utf-8")
    _load_cached.cache_clear()  # in case the file system's clock is too coarse to tell
    log.info("KB: %d rows written to %s", len(new), dest)
    return len(new)


def search(name: str, *, limit: int = 20, kb: KnowledgeBase | None = None) -> list[KBEntry]:
    """Entries for ``rasd kb search NAME``: exact Arabic names, kb_ids and ISO codes first,
    then English names, then Arabic names that start with the query."""
    kb = kb or KnowledgeBase.load()
    query = name.strip()
    found: dict[str, KBEntry] = {}

    def take(entries: Iterable[KBEntry]) -> None:
        for e in entries:
            found.setdefault(e.kb_id, e)

    key = name_key(query)
    take(kb.lookup(query))
    by_id = kb.get(query)
    by_code = kb.country(query) if query.isascii() and len(query) in (2, 3) else None
    take(e for e in (by_id, by_code) if e is not None)
    low = query.lower()
    take(e for e in kb.entries.values() if e.name_en.lower() == low)
    if key and len(found) < limit:
        prefixed = sorted(k for k in kb.senses if k.startswith(key) and k != key)
        take(s.entry for k in prefixed for s in kb.senses[k])
    if low and len(found) < limit:
        take(e for e in kb.entries.values() if e.name_en.lower().startswith(low))
    return list(found.values())[:limit]
