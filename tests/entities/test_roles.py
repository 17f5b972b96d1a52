"""Role-pattern starts: the uncached readings the entity stage's sieve tests every new word
with, and the cache role_at reads, agree."""

from __future__ import annotations

from rasd.entities.roles import role_readings, role_starts


def test_role_readings_and_their_cache_agree() -> None:
    words = ("والمتحدث", "وزير", "لوزير", "قال", "الرئيس", "بيروت")
    assert any(role_readings(w) for w in words)  # some do start a role pattern
    assert not role_readings("بيروت")
    for word in words:
        assert role_starts(word) == role_readings(word)
