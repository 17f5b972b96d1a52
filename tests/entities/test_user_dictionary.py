"""A user dictionary entry (``rasd kb add``) takes effect in the entity stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.kb import add_user_entries
from tests.entities.helpers import entity_of, link

ROWS = (
    "# entries a local newsroom added\n"
    "wadi-fira\tGPE\tWadi al-Fira\tوادي الفيرة\tSDN\t\t13.41\t24.02\t\t\tcity\t8000\n"
    "ngo:nakheel\tORG\tNakheel Relief Network\tشبكة نخيل للإغاثة\tSDN\tNGO\n"
)
TEXT = "وزعت شبكة نخيل للإغاثة مساعدات غذائية على النازحين في وادي الفيرة."


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RASD_KB_DIR", str(tmp_path / "kb"))
    return tmp_path / "kb"


def test_user_entries_are_linked(kb_dir: Path, tmp_path: Path) -> None:
    before = link(TEXT)
    assert not any(e.kb_id and e.kb_id.startswith("user:") for e in before.entities)
    src = tmp_path / "mine.tsv"
    src.write_text(ROWS, "utf-8")
    assert add_user_entries(src) == 2
    doc = link(TEXT)
    place = entity_of(doc, "وادي الفيرة")
    assert (place.kb_id, place.type, place.country, place.precision) == (
        "user:wadi-fira", "GPE", "SDN", "city")
    assert (place.lat, place.lon) == (13.41, 24.02)
    org = entity_of(doc, "شبكة نخيل للإغاثة")
    assert (org.kb_id, org.type, org.country, org.sector) == (
        "ngo:nakheel", "ORG", "SDN", "NGO")
