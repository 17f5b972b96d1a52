"""User dictionary: rows added with add_user_entries take effect without code."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import RecordError
from rasd.kb import Gazetteer, KnowledgeBase, add_user_entries, search, user_kb_path

ROWS = (
    "# a local newsroom's additions\n"
    "tal-sindian\tGPE\tTal al-Sindiyan\tتل السنديان\tSYR\t\t35.21\t36.05\t\t\tcity\t4200\n"
    "ngo:sanad\tORG\tSanad Relief\tجمعية سند للإغاثة|سند للإغاثة\tJOR\tNGO\n"
)


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RASD_KB_DIR", str(tmp_path / "kb"))
    return tmp_path / "kb"


def test_user_path_follows_the_environment(kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert user_kb_path() == kb_dir / "user.tsv"
    monkeypatch.delenv("RASD_KB_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(kb_dir.parent / "xdg"))
    assert user_kb_path() == kb_dir.parent / "xdg" / "rasd" / "kb" / "user.tsv"


def test_added_entries_take_effect(kb_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "mine.tsv"
    src.write_text(ROWS, "utf-8")
    text = "وصلت قافلة جمعية سند للإغاثة إلى تل السنديان صباح اليوم."
    assert Gazetteer.default().find(text) == []
    assert add_user_entries(src) == 2
    assert (kb_dir / "user.tsv").exists()
    matches = Gazetteer.default().find(text)
    assert [(m.span.text, m.entries[0].kb_id) for m in matches] == [
        ("جمعية سند للإغاثة", "ngo:sanad"),
        ("تل السنديان", "user:tal-sindian"),
    ]
    assert matches[1].entries[0].country == "SYR"
    assert search("Tal al-Sindiyan")[0].kb_id == "user:tal-sindian"


def test_adding_again_replaces_rows(kb_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "mine.tsv"
    src.write_text(ROWS, "utf-8")
    add_user_entries(src)
    src.write_text("ngo:sanad\tORG\tSanad\tسند للإغاثة\tJOR\tNGO\n", "utf-8")
    assert add_user_entries(src) == 1
    rows = [ln for ln in (kb_dir / "user.tsv").read_text("utf-8").splitlines() if ln[:1] != "#"]
    assert len(rows) == 2
    assert KnowledgeBase.load().get("ngo:sanad").name_en == "Sanad"  # type: ignore[union-attr]


def test_user_entries_override_shipped_ones(kb_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "fix.tsv"
    src.write_text("org:nato\tORG\tNATO\tحلف شمال الأطلسي|الناتو|الحلف\t\tIGO\n", "utf-8")
    add_user_entries(src)
    assert KnowledgeBase.load().lookup("الحلف")[0].kb_id == "org:nato"


@pytest.mark.parametrize(
    "bad",
    [
        "x\tCITY\tTown\tبلدة\n",
        "x\tGPE\tTown\tبلدة\tXYZ\n",
        "x\tGPE\tTown\tبلدة\tKAZ\t\tشمال\n",
        "x\tGPE\tTown\n",
    ],
)
def test_bad_rows_are_rejected_whole(kb_dir: Path, tmp_path: Path, bad: str) -> None:
    src = tmp_path / "bad.tsv"
    src.write_text(ROWS + bad, "utf-8")
    with pytest.raises(RecordError) as err:
        add_user_entries(src)
    assert err.value.where == f"{src}:4"
    assert not (kb_dir / "user.tsv").exists()


def test_unreadable_file(kb_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(RecordError):
        add_user_entries(tmp_path / "missing.tsv")
