"""A signing and a praise are two SUPPORT acts, never one retold (fix38, round 38).

``وتوج اللقاء بالتوقيع على مذكرة تفاهم …`` then ``من جهته، أشاد ألباريس بـ«الدور المحوري»
للجزائر``: the document signed and the guest's praise are both SUPPORT, and when the signing
has no actor of its own the general merge read the praise as a retelling of it. A signing is a
document's act (AGREE or SUPPORT: README), a praise a party's words: the gold codes each.
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Stems (normalised) of signing triggers: التوقيع، وقع، وقعا، الموقعة.
_SIGNING = tuple(normalize_key(w) for w in ("توقيع", "وقع", "موقع"))
#: Stems (normalised) of praising or thanking triggers: أشاد، ثمن، أثنى، أشادت، مشيدا.
_PRAISE = tuple(normalize_key(w) for w in ("أشاد", "اشاد", "مشيد", "ثمن", "مثمن", "أثنى",
                                           "شكر", "شاكر"))


def _kind(e: Event) -> str | None:
    words = [normalize_key(w).removeprefix("و").removeprefix("ب").removeprefix("ال")
             for w in e.trigger.text.split()]
    if any(w.startswith(_SIGNING) for w in words):
        return "signing"
    if any(w.startswith(_PRAISE) for w in words):
        return "praise"
    return None


def different_support(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` are SUPPORT of two kinds, a signing and a praise."""
    if a.type != "SUPPORT" or b.type != "SUPPORT":
        return False
    ka, kb = _kind(a), _kind(b)
    return ka is not None and kb is not None and ka != kb
