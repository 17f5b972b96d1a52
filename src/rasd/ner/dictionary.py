"""Which entity types a word carried in the training data: the name-dictionary feature.

Ratinov & Roth (2009) give each token the labels its form had elsewhere in the training
data. Computed naively that feature lies: on the training text every word "was seen" with
its own gold label, so the model learns to trust it completely and then meets news where
half the names are new. Here it is made honest the usual way (stacking): ``rasd train ner
--name-dictionary`` cuts the news training texts into :data:`FOLDS` contiguous parts (whole
articles) and featurises each part with the dictionary of the other parts only, so the
weights learn how far a word's past labels predict its label in an unseen article. At
tagging time the dictionary of all the news training data is read from a TSV shipped
beside the model (:func:`dictionary_path`), and the model card says so.

Features, for a word's normalised form (``dict=``) and its clitic-free base (``dictb=``),
when the dictionary holds it: per entity type T it carried, ``dict=T:hi|mid|lo`` (its
share of the word's occurrences, binned by :data:`SHARE_BINS`) and ``dict=T:B`` or
``dict=T:I`` (the position it mostly had inside T's names), and ``dict=n:few|some|many``
(how often the word occurred).
Only words seen at least :data:`MIN_COUNT` times with at least one entity label are kept:
the feature says nothing about words that were never a name (the ``w=`` weights do), and
the file stays small.

An experiment, off by default: on the six cross-validated blocks it moved the entity
stage's mean F1 by -0.11 points with two blocks of six up (``docs/quality.md``), since
most words it covers already have a ``w=``/``b=`` weight.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from rasd.ner.words import Word

#: Parts the news training texts are cut into for out-of-fold dictionaries: each part is
#: featurised with the dictionary of the other nine, which sees 90% of the data, close to
#: what the full dictionary sees at tagging time.
FOLDS: Final = 10

#: A word must occur this often to enter the dictionary: a single occurrence's label is
#: already in the ``w=`` weight of a seen word, and counting once-seen words would make the
#: file several times larger for the least reliable entries.
MIN_COUNT: Final = 2

#: Share of a word's occurrences with type T -> bin. "hi": T is what the word nearly always
#: is; "mid": an ambiguous word (``الأهلي`` club or adjective); "lo": an occasional name.
SHARE_BINS: Final = ((0.7, "hi"), (0.3, "mid"), (0.0, "lo"))

#: Occurrence count -> bin: a share of two occurrences means less than one of fifty.
COUNT_BINS: Final = ((20, "many"), (5, "some"), (0, "few"))

TYPES: Final = ("PER", "LOC", "ORG", "MISC")
#: The file beside ``ner.crfsuite`` is ``ner.dict.tsv``.
SUFFIX: Final = ".dict.tsv"

#: (kind, value) -> (occurrences, {BIO label: count}); kind ``w`` is the form, ``b`` the base.
Counts = dict[tuple[str, str], tuple[int, dict[str, int]]]


def dictionary_path(model_path: Path) -> Path:
    return model_path.with_suffix(SUFFIX)


def _bin(value: float, bins: tuple[tuple[float, str], ...]) -> str:
    for floor, name in bins:
        if value >= floor:
            return name
    return bins[-1][1]


def entry_features(prefix: str, total: int, labels: dict[str, int]) -> tuple[str, ...]:
    """The features of one dictionary entry (module doc), in a fixed order."""
    out: list[str] = []
    for t in TYPES:
        begin, inside = labels.get("B-" + t, 0), labels.get("I-" + t, 0)
        if begin + inside:
            out.append(f"{prefix}{t}:{_bin((begin + inside) / total, SHARE_BINS)}")
            out.append(f"{prefix}{t}:{'B' if begin >= inside else 'I'}")
    out.append(prefix + "n:" + _bin(total, COUNT_BINS))
    return tuple(out)


class NameDictionary:
    """Entity labels of words in training data, and the features they give a word."""

    def __init__(self, counts: Counts) -> None:
        self.counts = counts
        self._features: dict[tuple[str, str], tuple[str, ...]] = {
            (kind, value): entry_features("dict=" if kind == "w" else "dictb=", total, labels)
            for (kind, value), (total, labels) in counts.items()}

    def __len__(self) -> int:
        return len(self.counts)

    @classmethod
    def build(cls, tagged: Iterable[tuple[Word, str]], min_count: int = MIN_COUNT
              ) -> NameDictionary:
        """From (word, BIO label) pairs; ``O`` or ``None``-like labels count as O."""
        totals: Counter[tuple[str, str]] = Counter()
        labels: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for word, label in tagged:
            for key in (("w", word.norm), ("b", word.base)):
                totals[key] += 1
                if label != "O":
                    labels[key][label] += 1
        return cls({key: (totals[key], dict(sorted(found.items())))
                    for key, found in labels.items() if totals[key] >= min_count})

    def features(self, norm: str, base: str) -> tuple[str, ...]:
        """The dictionary features of a word with this form and base (none if unlisted)."""
        get = self._features.get
        return get(("w", norm), ()) + get(("b", base), ())

    def write(self, path: Path) -> None:
        """One entry a line: kind, value, occurrences, ``label=count`` pairs."""
        lines = ["# kind\tvalue\toccurrences\tentity labels (label=count)"]
        for (kind, value), (total, labels) in sorted(self.counts.items()):
            pairs = ",".join(f"{label}={n}" for label, n in labels.items())
            lines.append(f"{kind}\t{value}\t{total}\t{pairs}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> NameDictionary:
        counts: Counts = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            kind, value, total, pairs = line.split("\t")
            labels = {label: int(n) for label, n in
                      (pair.rsplit("=", 1) for pair in pairs.split(","))}
            counts[(kind, value)] = (int(total), labels)
        return cls(counts)
