"""Task fix43: a protest's crowd told back by its role (one act told with several words).

A report names a protest's crowd first by who they are (``نفذ عشرات من سائقي سيارات الأجرة
… وقفة احتجاجية``، ``اعتصم مئات المعلمين``) and then, in a later sentence, by their role in it:
``ورفع المحتجون لافتات``، ``وردد المعتصمون هتافات``. The definite role noun takes the crowd
back; it names no other party, so the two tellings are one protest when nothing else (date,
place, mode, toll) sets them apart (round 43's ev-1732; the gold codes one PROTEST with both
evidences). An indefinite role noun (``محتجون آخرون``، ``متظاهرون في مدينة أخرى``) may be a
new crowd and is left to the other rules, as is a crowd named by a party (``أنصار الحزب``).
"""

from __future__ import annotations

from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Role nouns of a protest's crowd, definite (normalised: ة → ه). Plural and dual forms.
DEFINITE_ROLES = ("المحتجون", "المحتجين", "المتظاهرون", "المتظاهرين", "المعتصمون",
                  "المعتصمين", "المضربون", "المضربين", "المحتجات", "المتظاهرات",
                  "المعتصمات", "المشاركون", "المشاركين")

#: Proclitics a role noun may carry (وردد المحتجون: the noun itself is bare; فالمحتجون).
_CLITICS = ("و", "ف", "ب", "ل")


def _definite_role(phrase: str) -> bool:
    words = normalize_key(phrase).split()
    if not words:
        return False
    head = words[0]
    for c in _CLITICS:
        if head.startswith(c + "ال"):
            head = head[len(c):]
            break
    roles = {normalize_key(r) for r in DEFINITE_ROLES}
    return head in roles and len(words) <= 2


def crowd_retold(a: Event, b: Event) -> bool:
    """Whether one of two PROTEST tellings names its crowd by a definite role noun only (the
    crowd the other names by who they are), so their actors do not set them apart."""
    if not (a.type == b.type == "PROTEST"):
        return False
    if _role_in_trigger(a) != _role_in_trigger(b):  # fix45: ورفع المعتصمون لافتات
        return True
    if a.actor is None or b.actor is None:
        return False
    return _definite_role(a.actor.span.text) != _definite_role(b.actor.span.text)


def _role_in_trigger(e: Event) -> bool:
    """Fix45: the telling's own trigger names its crowd by a definite role noun right after
    the verb (``ورفع المعتصمون لافتات تطالب بإقالة رئيس مجلس الإدارة``): the crowd told back,
    whatever the actor finder took from the clause (round 45's ev-1805 took the banner's
    object)."""
    words = e.trigger.text.split()
    return len(words) >= 2 and _definite_role(words[1])


__all__ = ["DEFINITE_ROLES", "crowd_retold"]
