"""Building the NER word clusters (development time only; needs numpy).

    PYTHONPATH=src .venv/bin/python -m rasd.ner.cluster_build OUT.tsv CORPUS.jsonl... CONLL... \\
        [--note "header line"]...

Each word's context vector counts the most frequent words one and two places before and
after it, weighted by positive PMI; a truncated SVD reduces it to :data:`DIMS` dimensions
and spherical k-means clusters the unit vectors twice, coarse and fine. Words are keyed by
clitic-stripped base (:func:`rasd.text.tokens.tokenize`), so ``والرئيس`` and ``الرئيس``
share statistics. Only counts are used: the output holds no text, one word per line with
its two cluster ids (read at run time by :mod:`rasd.ner.clusters`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

log = logging.getLogger(__name__)

#: A word needs this many occurrences for a context vector worth clustering.
MIN_COUNT: Final = 3
#: Context words (the most frequent bases) counted at each offset.
N_CONTEXT: Final = 1000
#: Neighbour positions whose words make up a word's context vector.
CONTEXT_OFFSETS: Final = (-2, -1, 1, 2)
#: SVD dimensions kept: enough for syntactic/semantic classes, cheap to cluster.
DIMS: Final = 100
#: Cluster counts: coarse ones generalise (names vs verbs vs places), fine ones separate.
K_COARSE: Final = 100
K_FINE: Final = 1000
KMEANS_ITERATIONS: Final = 25
SEED: Final = 7

def corpus_bases(texts: Iterable[str]) -> Iterator[list[str]]:
    """Each text as a list of clitic-stripped bases (punctuation kept as a boundary mark)."""
    from rasd.text.tokens import tokenize

    for text in texts:
        yield [t.base if t.kind in ("word", "latin") else "<" + t.kind + ">"
               for t in tokenize(text)]


def build_clusters(sequences: Sequence[list[str]]) -> dict[str, tuple[int, int]]:
    """Cluster the words of ``sequences`` (see the module docstring); base → (coarse, fine)."""
    np: Any = importlib.import_module("numpy")
    counts = Counter(w for seq in sequences for w in seq)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT and not w.startswith("<")]
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, (w, _) in enumerate(counts.most_common(N_CONTEXT))}
    log.info("%d tokens, %d words to cluster", sum(counts.values()), len(vocab))

    blocks = len(CONTEXT_OFFSETS)
    matrix = np.zeros((len(vocab), blocks * N_CONTEXT), dtype=np.float32)
    for seq in sequences:
        n = len(seq)
        for i, w in enumerate(seq):
            row = index.get(w)
            if row is None:
                continue
            for block, offset in enumerate(CONTEXT_OFFSETS):
                j = i + offset
                if 0 <= j < n and (c := context.get(seq[j])) is not None:
                    matrix[row, block * N_CONTEXT + c] += 1

    total = matrix.sum()
    pmi = np.log((matrix * total + 1e-9)
                 / (matrix.sum(1, keepdims=True) @ matrix.sum(0, keepdims=True) + 1e-9))
    ppmi = np.where(matrix > 0, np.maximum(pmi, 0), 0).astype(np.float32)
    vectors = _truncated_svd(np, ppmi, DIMS)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9

    coarse = _kmeans(np, vectors, K_COARSE)
    fine = _kmeans(np, vectors, K_FINE)
    return {w: (int(coarse[i]), int(fine[i])) for i, w in enumerate(vocab)}


def _truncated_svd(np: Any, matrix: Any, dims: int) -> Any:
    """Rows of ``matrix`` in its top ``dims`` singular directions (U·S), by randomised SVD
    (Halko et al. 2011: a Gaussian sketch, two power iterations, an exact SVD of the small
    projection) — seconds where a full SVD of a 25k × 4k matrix takes minutes."""
    rng = np.random.default_rng(SEED)
    sketch = matrix @ rng.standard_normal((matrix.shape[1], dims + 20)).astype(np.float32)
    for _ in range(2):
        sketch = matrix @ (matrix.T @ sketch)
    basis, _ = np.linalg.qr(sketch)
    u_small, singular, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    return (basis @ u_small[:, :dims]) * singular[:dims]


def _kmeans(np: Any, vectors: Any, k: int) -> Any:
    """Spherical k-means (cosine) with k-means++-style seeding from a fixed seed."""
    rng = np.random.default_rng(SEED)
    k = min(k, len(vectors))
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)]
    assign = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(KMEANS_ITERATIONS):
        assign = np.argmax(vectors @ centres.T, axis=1)
        for j in range(k):
            members = vectors[assign == j]
            if len(members):
                centre = members.sum(0)
                centres[j] = centre / (np.linalg.norm(centre) + 1e-9)
    return assign


def write_clusters(
    table: dict[str, tuple[int, int]], path: Path, sources: Sequence[str],
    notes: Sequence[str] = (),
) -> None:
    """Write ``base<TAB>coarse<TAB>fine`` lines under a header naming the sources."""
    header = [
        "Word clusters for the NER model's features (rasd.ner.clusters): base<TAB>coarse<TAB>fine.",
        f"Built by `python -m rasd.ner.cluster_build` ({K_COARSE} coarse / {K_FINE} fine "
        "spherical k-means clusters",
        f"of PPMI-SVD context vectors) from word-neighbour counts only (no text is stored) of: "
        f"{', '.join(sources)}.",
        *notes,
    ]
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(f"# {line}\n" for line in header)
        for word in sorted(table):
            coarse, fine = table[word]
            handle.write(f"{word}\t{coarse}\t{fine}\n")


def read_texts(path: Path) -> Iterator[str]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield f"{record.get('title') or ''}\n{record.get('text') or ''}"
    else:
        from rasd.ner.conll import iter_conll

        for sentence in iter_conll(path):
            yield " ".join(sentence.tokens)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m rasd.ner.cluster_build",
                                     description="Build the NER word clusters.")
    parser.add_argument("out", type=Path, help="the cluster TSV to write")
    parser.add_argument("inputs", type=Path, nargs="+",
                        help="news JSONL (title, text) and CoNLL files to count words in")
    parser.add_argument("--note", action="append", default=[],
                        help="a header line (e.g. the inputs' licences); repeatable")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    sequences = [seq for p in args.inputs for seq in corpus_bases(read_texts(p))]
    table = build_clusters(sequences)
    write_clusters(table, args.out, [p.name for p in args.inputs], args.note)
    log.info("wrote %d words to %s", len(table), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
