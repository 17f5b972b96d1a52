"""Distributional word clusters: a cheap stand-in for embeddings in the CRF (run time).

Most names in unseen news are not in the NER training data (on the ANERcorp dev block only
12% of person names are), but they occur in plain news text next to the same words other
names do. Clustering words by their neighbours lets the model carry what it learned about
``فينغر`` to ``موراينو`` when both sit in the same cluster.

The clusters are built at development time by :mod:`rasd.ner.cluster_build` and shipped
as ``rasd/data/models/ner_clusters.tsv`` (base → coarse and fine cluster id); this module
only reads them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Final

log = logging.getLogger(__name__)

CLUSTER_PACKAGE: Final = "rasd.data.models"
CLUSTER_FILE: Final = "ner_clusters.tsv"

@lru_cache(maxsize=1)
def load_clusters() -> dict[str, tuple[str, str]]:
    """base → (coarse id, fine id) from the shipped cluster file ({} if it is absent)."""
    ref = resources.files(CLUSTER_PACKAGE).joinpath(CLUSTER_FILE)
    if not ref.is_file():
        log.info("no %s: NER runs without cluster features", CLUSTER_FILE)
        return {}
    return parse_clusters(ref.read_text("utf-8").splitlines())


def parse_clusters(lines: Iterable[str]) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        base, coarse, fine = line.split("\t")
        table[base] = (coarse, fine)
    return table
