from __future__ import annotations

import io
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.errors import InputError
from rasd.evaluation.toxicity import (
    Labelled,
    best_threshold,
    dev_split,
    read_labelled,
    report_of,
    stratified_folds,
)

HEADER = "Id\tPlatform\tComment\tMajority_Label\n"


def write(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "c.tsv"
    path.write_text(HEADER + "".join(f"{i}\tweb\t{t}\t{lab}\n" for i, (t, lab) in
                                     enumerate(rows)), "utf-8")
    return path


def test_read_labelled(tmp_path: Path) -> None:
    path = write(tmp_path, [("يا حمار", "Offensive"), ("شكرا لكم", "Non-Offensive")])
    assert read_labelled(path) == [Labelled("يا حمار", True), Labelled("شكرا لكم", False)]


def test_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("Id\tText\tLabel\n1\tx\tOffensive\n", "utf-8")
    with pytest.raises(InputError):
        read_labelled(bad)
    path = write(tmp_path, [("نص", "Maybe")])
    with pytest.raises(InputError):
        read_labelled(path)


def test_dev_split_is_stratified_and_fixed() -> None:
    items = [Labelled(f"t{i}", i % 5 == 0) for i in range(200)]
    train, dev = dev_split(items, 0.15, seed=3)
    assert len(dev) == 30 and len(train) == 170
    assert sum(x.offensive for x in dev) == 6
    assert dev_split(items, 0.15, seed=3) == (train, dev)
    assert dev_split(items, 0.15, seed=4)[1] != dev


def test_report_and_threshold() -> None:
    items = [Labelled("a", True), Labelled("b", True), Labelled("c", False), Labelled("d", False)]
    probs = [0.9, 0.4, 0.3, 0.1]
    report = report_of(items, probs, 0.5, "x")
    assert (report.precision, report.recall) == (1.0, 0.5)
    t = best_threshold(items, probs)
    assert 0.3 < t <= 0.4
    assert report_of(items, probs, t, "x").f1 == 1.0


def test_cli_eval(tmp_path: Path) -> None:
    path = write(tmp_path, [("يا كلاب يا خونة يا حرامية", "Offensive"),
                            ("مقال مفيد شكرا للكاتب", "Non-Offensive")])
    out, err = io.StringIO(), io.StringIO()
    assert main(["eval", "toxicity", str(path)], out=out, err=err) == 0
    assert "Offensive" in out.getvalue() and "1.0000" in out.getvalue()
    assert main(["eval", "toxicity", str(tmp_path / "none.tsv")], out=out, err=err) == 1


def test_stratified_folds_cover_once_and_share_the_classes() -> None:
    items = [Labelled(f"c{i}", i % 4 == 0) for i in range(40)]
    folds = stratified_folds(items, 5, seed=3)
    assert sorted(i for f in folds for i in f) == list(range(40))
    assert [sum(items[i].offensive for i in f) for f in folds] == [2] * 5
    assert folds == stratified_folds(items, 5, seed=3)
    with pytest.raises(InputError):
        stratified_folds(items, 1)
