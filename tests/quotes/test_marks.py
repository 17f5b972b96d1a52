"""Light tokens of the quote stage: the chunk cache cuts as the token regex does."""

from __future__ import annotations

import pytest

from rasd.quotes import marks
from rasd.text.normalize import normalize_key


def _by_regex(text: str) -> list[marks.Tok]:
    out = []
    for m in marks._TOKEN_RE.finditer(text):
        word = m.group()
        kind = "word" if word[0].isalnum() or word[0] == "_" else "punct"
        out.append(marks.Tok(m.start(), m.end(), word, normalize_key(word), kind))
    return out


@pytest.mark.parametrize("text", [
    "وقال الوزير: «إنّ الحكومة ستعمل» (الأحد) 3.5٪ ـــ",
    "  نص\u00a0بمسافة\u2028غير عادية\x1cوفاصل\u3000آخر  ",
    "د. أحمد،\"قال\"...؟! x_y مرحبـــا",
    "",
])
def test_light_tokens_match_the_regex(text: str) -> None:
    marks._WHOLE.clear()
    marks._PARTS.clear()
    assert marks.light_tokens(text) == _by_regex(text)  # chunks cut for the first time
    assert marks.light_tokens(text) == _by_regex(text)  # and read from the cache


def test_chunk_cache_empties_at_its_bound(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(marks, "CHUNK_CACHE_SIZE", 2)
    marks._WHOLE.clear()
    marks._PARTS.clear()
    text = "أ ب، ج د ه"
    assert marks.light_tokens(text) == _by_regex(text)
    assert len(marks._WHOLE) + len(marks._PARTS) <= 2
