"""Task fix54: a meeting's purpose clause names what it is about, not where it met.

``عقد المجلس … اجتماعا استثنائيا في الكويت …، خصص لبحث تداعيات الهجمات على الملاحة في البحر
الأحمر``: the places after ``لبحث`` (to discuss) are the topic the meeting was called for, as
fix51's situation nouns (``بحث الأوضاع في غزة``) and file nouns (``في ملف تبادل الأسرى``) are:
:mod:`rasd.events.location.topic_places` reads the rest of the clause after such a word as
topic. Only the purposive forms with their ل are listed: the bare verbal noun ``بحث`` is also
the act itself (``بحث الوزير في الرياض مع نظيره``), whose place the sentence tells.
"""

from __future__ import annotations

from typing import Final

from rasd.text.normalize import normalize_key

#: "To discuss / to review / to study" (normalised): the rest of the clause is the purpose.
PURPOSE_NOUNS: Final = frozenset(normalize_key(w) for w in (
    "لبحث", "لمناقشة", "لدراسة", "لاستعراض", "لتدارس", "لتقييم",
))

__all__ = ["PURPOSE_NOUNS"]
