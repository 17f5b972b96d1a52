"""Build ``src/rasd/data/ner/verbs.tsv``: verb forms read off raw news text (development
time only; the shipped list is this script's output and carries its sources in its header).

    PYTHONPATH=src .venv/bin/python scripts/ner_verbs.py \
        ../shared/data/news/saudinewsnet-3000.jsonl ../shared/data/ner/aqmar-train.bio \
        [--out src/rasd/data/ner/verbs.tsv]

No tags are read: a ``.jsonl`` file gives its ``title`` and ``text``, a CoNLL/BIO file its
tokens (first column) with the tags ignored, so the list is the same whichever ANERcorp
block is held out. A word is a verb form when it stands right after a particle that
governs verbs:

* ``لم``, ``لن``, ``سوف``, ``لكي``, ``كي`` (and the same with و/ف before them): an imperfect
  verb follows (``لم ينته``); its stem without the person prefix (ي ت ن ا) is listed as
  ``STEM``, so the other persons and the future (``سينتهي``, ``وتنتهي``) are verbs too;
* ``قد``, ``لقد``, ``وقد``, ``فقد``: a perfect or imperfect verb follows; the form itself is
  listed as ``FORM`` (``قد أناب``), and an imperfect one's stem as above;
* ``أن``, ``لأن``, ``بأن``, ``لا``, ``ألا``: mostly an imperfect verb, but nouns too (``أن
  الرئيس``, ``لا شك``), so only a word starting with ي ت ن counts.

Plural and dual endings (ون وا ان ين) are taken off an imperfect before its stem is listed.

A form needs at least ``MIN_SEEN`` sightings after such particles (one sighting is often a
noun after a particle misread, or a typo). Forms that are given names (the NER name list)
or words of the KB's people are left out: a name that is also a verb (``يزيد``, ``تامر``)
must never be cut off a person's name.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasd.entities.lexicon import given_names  # noqa: E402
from rasd.entities.verbs import MIN_STEM, imperfect_stem  # noqa: E402
from rasd.kb import name_key  # noqa: E402
from rasd.ner.cluster_build import read_texts  # noqa: E402
from rasd.text.tokens import tokenize  # noqa: E402

#: Particles after which only an imperfect verb stands (normalised; و/ف may precede them).
IMPERFECT_PARTICLES = frozenset({"لم", "لن", "سوف", "كي", "لكي"})
#: Particles after which a perfect or imperfect verb stands.
ANY_VERB_PARTICLES = frozenset({"قد", "لقد"})
#: Particles mostly followed by an imperfect verb but also by nouns (أن الرئيس، لا شك):
#: only a word with an imperfect prefix other than ا counts after them.
WEAK_PARTICLES = frozenset({"ان", "لان", "بان", "لا", "الا"})
#: Letters that start an imperfect verb (normalised: ا for أ).
IMPERFECT_PREFIXES = frozenset("يتنا")
#: Sightings after a particle a form needs (1 lets typos and misread nouns in).
MIN_SEEN = 2


def _particle(word: str) -> str | None:
    for p in (word, word[1:] if word[:1] in "وف" else ""):
        if p in IMPERFECT_PARTICLES:
            return "imperfect"
        if p in ANY_VERB_PARTICLES:
            return "any"
        if p in WEAK_PARTICLES:
            return "weak"
    return None


def collect(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """(stems, forms) with their sighting counts."""
    stems: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for path in paths:
        for text in read_texts(path):
            toks = [t for t in tokenize(text) if t.kind in ("word", "punct")]
            for a, b in pairwise(toks):
                if a.kind != "word" or b.kind != "word":
                    continue
                kind = _particle(a.norm)
                if kind is None:
                    continue
                w = b.norm
                if kind == "weak" and w[:1] not in "يتن":
                    continue
                if w[:1] in IMPERFECT_PREFIXES and len(w) - 1 >= MIN_STEM:
                    stems[imperfect_stem(w)] += 1
                elif kind == "any" and len(w) >= MIN_STEM:
                    forms[w] += 1
    return stems, forms


def people_words() -> set[str]:
    """Every word of the KB's people and of the given-name list."""
    out = set(given_names())
    path = ROOT / "src" / "rasd" / "data" / "kb" / "people.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        for cell in line.split("\t"):
            for alias in cell.split("|"):
                out.update(name_key(alias).split())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", type=Path, nargs="+")
    ap.add_argument("--out", type=Path,
                    default=ROOT / "src" / "rasd" / "data" / "ner" / "verbs.tsv")
    args = ap.parse_args(argv)
    stems, forms = collect(args.sources)
    names = people_words()
    keep_stems = sorted(s for s, n in stems.items() if n >= MIN_SEEN
                        and not any(p + s in names for p in IMPERFECT_PREFIXES))
    keep_forms = sorted(f for f, n in forms.items() if n >= MIN_SEEN and f not in names)
    header = [
        "# Verb forms read off raw text by scripts/ner_verbs.py (no tags, no sentences:",
        "# single normalised words). Sources: " + ", ".join(p.name for p in args.sources) + ".",
        "# (SaudiNewsNet, Alshehri 2015, CC BY-NC-SA 4.0; AQMAR, Mohit et al. 2012,",
        "# CC BY-SA 3.0: tokens only.)",
        "# STEM: an imperfect verb's stem (no person prefix, no plural ending) seen at least",
        f"# {MIN_SEEN} times after لم/لن/سوف/كي/قد, or after أن/لا with ي ت ن; any of ي ت ن ا",
        "# before it, and س before that, makes a verb. FORM: a word seen after قد/لقد at",
        f"# least {MIN_SEEN} times. Given names and KB people's words are left out.",
        "# Used by rasd.entities.verbs to keep a verb out of a person's name (فينغر ينتهي).",
        "# class\tforms (| separated)",
    ]
    lines = [*header, "STEM\t" + "|".join(keep_stems), "FORM\t" + "|".join(keep_forms)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(keep_stems)} stems, {len(keep_forms)} forms -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
