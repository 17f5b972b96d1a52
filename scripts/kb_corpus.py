"""Corpus statistics behind the knowledge-base build's common-word rule (development only).

A GeoNames name that is also a frequent Arabic word (الخبر، بيان، سحر) would flood the
gazetteer; :func:`common_word_decision` decides from word counts in a news corpus and tags
in the NER training files whether a name matches anywhere, only after a place cue, or not
at all. Used by ``scripts/build_kb.py``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.kb.gazetteer import proclitic_readings
from rasd.kb.model import name_key
from rasd.text.normalize import normalize_key
from rasd.text.tokens import tokenize

#: Below this many occurrences in the ~0.9M-token news corpus a name is not treated as a
#: common word: rarer words cannot flood the matcher, whatever they mean.
COMMON_WORD_MIN_COUNT = 8
#: ...but a town under SMALL_TOWN people is rarely news abroad, so three occurrences with no
#: place cue already mark its name as a common word (سحر، مساكن، إبادة).
SMALL_TOWN = 100_000
COMMON_WORD_MIN_COUNT_SMALL = 3
#: FOREIGN_TOWN_RULE: a small town outside the Arab world and Israel (build_kb.HOME_NEWS)
#: whose name is a common word is dropped rather than cue-restricted: Arabic news rarely
#: reports it, and even a cue word does not make the reading likely (مديرية أمن is a
#: security directorate, not Emmen).

#: MINOR_TOWN_RULE: below this many people a town is minor news, so a name every bearer of
#: which is that small needs far less evidence to count as a word than the thresholds
#: above: the corpora are too small to see an everyday word three times when it is rare
#: as a word form (سلما "peacefully", تاما "complete": once each in 0.9M tokens), yet one
#: such sighting outweighs the chance that news names the town (Selma, Tama, Lae).
MINOR_TOWN = 200_000
#: NER_WORD rule: a minor town's name that the NER corpora tag O at least this often, more
#: often than any name type and never LOC, is read there as a word (سلالة "strain" tagged
#: O 21 times in ANERcorp, not Salalah; الأصنام "the idols", not Chlef's old name).
NER_WORD_MIN_O = 1
#: FOREIGN_WORD rule: a minor town (:data:`MINOR_TOWN`) abroad (outside HOME_NEWS, no capital)
#: whose name the corpora show this often in other uses -- news matches with no place cue,
#: whole-word or as a clitic reading (ولائه → و + لائه, Lae), plus O and MISC tags in the
#: NER corpora -- and never as a place, is a word or another name: Arabic news reports such
#: a town too seldom for two sightings to be it (انتبه "watch out", not Entebbe; موبيل
#: "mobile", not Mobile; جاكسون the person, not Jackson). One sighting is noise.
FOREIGN_WORD_MIN_EVIDENCE = 2

#: A word seen this often whose proclitic reading is a GeoNames name (كسرت → ك + سرت, بتنا →
#: ب + تنا) is not split when it occurs more often than that name stands alone: the split is
#: a misreading of a common word (data/kb/no_split.tsv).
NO_SPLIT_MIN_COUNT = 3
#: A frequent name stays unconditional when at least this share of its corpus occurrences
#: follow a place cue (مدينة، محافظة، شمال...): real places are introduced that way often
#: (الطائف 0.53, جازان 0.62), common words almost never (الخبر 0.02, بيان 0.0).
LOCATIVE_SHARE_MIN = 0.15
#: ...or when the NER corpora tag it as a location at least this often (موسكو, طهران).
NER_LOC_SHARE_MIN = 0.5
#: GeoNames names this short (in letters) collide with particles and are dropped (ان، له);
#: curated two-letter names (إب) carry their own cue marks.
MIN_NAME_LETTERS = 3
LOCATIVE_CUES = frozenset(normalize_key(w) for w in (
    "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "ولاية", "إقليم", "مخيم", "حي", "ضاحية", "ميناء",
    "عاصمة", "العاصمة", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
    "ضواحي", "ريف", "مديرية",
))
#: VILLAGE_WORD rule (build_kb.HOME_VILLAGE_RULE): a village name frequent enough for the
#: common-word thresholds stays unconditional only when it follows a naming cue that often
#: (بلدة، قرية، مدينة …): direction words also follow common nouns (شمال البلاد "north of
#: the country", جنوب المعبر), so their share cannot vouch for a village of 500 people.
NAMING_CUES = LOCATIVE_CUES - frozenset(normalize_key(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "ريف",
))


def key_of(name: str) -> str:
    """The match key of a name, exactly as the runtime computes it."""
    return name_key(name)



@dataclass
class WordStats:
    words: Counter[str] = field(default_factory=Counter)  # every word token, whole
    count: Counter[str] = field(default_factory=Counter)
    locative: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)  # after a NAMING_CUES word
    ner: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))


def proclitic_forms(token: str) -> list[str]:
    """The lookup forms of a word, the whole word first, as the runtime matcher reads it."""
    return [form for _, form in proclitic_readings(token)]


def corpus_stats(keys: set[str], corpus: Path, ner_files: Iterable[Path]) -> WordStats:
    stats = WordStats()
    max_n = max(k.count(" ") + 1 for k in keys)
    first = {k.split(" ", 1)[0] for k in keys}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            toks = [t.norm for t in tokenize(json.loads(line)["text"])
                    if t.kind in ("word", "latin", "number")]
            stats.words.update(toks)
            for i in range(len(toks)):
                k = _longest_key(toks, i, keys, first, max_n)
                if k is not None:
                    stats.count[k] += 1
                    prev = proclitic_forms(toks[i - 1]) if i else []
                    if any(p in LOCATIVE_CUES for p in prev):
                        stats.locative[k] += 1
                    if any(p in NAMING_CUES for p in prev):
                        stats.named[k] += 1
    for path in ner_files:
        for line in path.read_text("utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            k = key_of(parts[0])
            if k in keys:
                tag = parts[-1]
                stats.ner[k][tag[2:].replace("PERS", "PER") if tag != "O" else "O"] += 1
    return stats


def _longest_key(
    toks: list[str], i: int, keys: set[str], first: set[str], max_n: int
) -> str | None:
    """The key the runtime matcher would read at token ``i``: the whole token before its
    clitic-stripped readings, the longest name first."""
    for form in proclitic_forms(toks[i]):
        if form in first:
            for n in range(max_n, 0, -1):
                k = " ".join([form, *toks[i + 1 : i + n]])
                if k in keys:
                    return k
    return None


def common_word_decision(
    k: str, stats: WordStats, population: int, *, abroad: bool = False, village: bool = False
) -> tuple[str, str]:
    """``(decision, reason)``: ``keep``, ``cue`` or ``drop`` (see module constants).

    ``population``: the largest population among the places bearing the name; ``abroad``:
    every bearer lies outside build_kb.HOME_NEWS and none is a capital (FOREIGN_WORD);
    ``village``: every bearer comes from build_kb's village file (VILLAGE_WORD).
    """
    if len(k.replace(" ", "")) < MIN_NAME_LETTERS:
        return "drop", "short"
    ner = stats.ner.get(k, Counter())
    ner_total = sum(ner.values())
    if ner_total >= 2 and ner["PER"] / ner_total >= NER_LOC_SHARE_MIN:
        return "cue", "person-name"
    n = stats.count[k]
    if n < (COMMON_WORD_MIN_COUNT if population >= SMALL_TOWN else COMMON_WORD_MIN_COUNT_SMALL):
        if population < MINOR_TOWN:
            return minor_town_decision(k, stats, abroad=abroad)
        return "keep", "rare"
    if ner_total >= 2 and ner["LOC"] / ner_total >= NER_LOC_SHARE_MIN:
        return "keep", "ner-location"
    if village and stats.named[k] / n < LOCATIVE_SHARE_MIN:
        return "cue", "village-word"
    if stats.locative[k] / n >= LOCATIVE_SHARE_MIN:
        return "keep", "locative"
    return "cue", "common-word"


def minor_town_decision(k: str, stats: WordStats, *, abroad: bool) -> tuple[str, str]:
    """MINOR_TOWN_RULE for a name too rare for the common-word thresholds: ``cue`` when the
    corpora use it only as a word (NER_WORD, FOREIGN_WORD), else ``keep``."""
    ner = stats.ner.get(k, Counter())
    if ner["LOC"] or stats.locative[k]:
        return "keep", "rare"  # seen as a place at least once: the rare word may be it
    if ner["O"] >= NER_WORD_MIN_O and ner["O"] >= max(ner["PER"], ner["ORG"], ner["MISC"]):
        return "cue", "ner-word"
    evidence = stats.count[k] + ner["O"] + ner["MISC"]
    if abroad and evidence >= FOREIGN_WORD_MIN_EVIDENCE:
        return "cue", "foreign-word"
    return "keep", "rare"
