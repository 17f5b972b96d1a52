"""Encoder word classes (rasd.ner.encoder_classes, a development-time experiment): the
build's parts that need no encoder."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ner.clusters import parse_clusters
from rasd.ner.encoder_classes import (
    CLASS_COUNTS,
    build_classes,
    kb_names,
    vocabulary,
    write_classes,
)


def test_vocabulary_counts_clitic_stripped_bases() -> None:
    words = vocabulary(["وصل المدرب إلى المدينة", "والمدرب في المدينة 12 ."], min_count=2)
    assert set(words) == {"مدرب", "مدينه"}


def test_kb_names_are_the_arabic_aliases() -> None:
    names = kb_names()
    assert "الأمم المتحدة" in names
    assert not [n for n in names if "|" in n or "\t" in n]


def test_written_table_has_the_cluster_format(tmp_path: Path) -> None:
    path = tmp_path / "classes.tsv"
    write_classes(["باب", "نهر"], [(1, 300), (2, 301)], path, ["a.jsonl"], ["a note"])
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("# ") and any("a note" in line for line in lines)
    assert parse_clusters(lines) == {"باب": ("1", "300"), "نهر": ("2", "301")}


def test_classes_never_mix_groups_of_similar_vectors() -> None:
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((3, 16))
    vectors = np.repeat(centres, 40, axis=0) + 0.01 * rng.standard_normal((120, 16))
    classes = build_classes(vectors.astype(np.float32))
    assert len(classes) == 120 and all(len(c) == len(CLASS_COUNTS) for c in classes)
    for level in range(len(CLASS_COUNTS)):
        groups: dict[int, set[int]] = {}
        for row, ids in enumerate(classes):
            groups.setdefault(ids[level], set()).add(row // 40)
        assert all(len(g) == 1 for g in groups.values())
