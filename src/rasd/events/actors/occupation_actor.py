"""The country of an actor named as the occupation or as settlers (task fix44).

Arabic news about the Palestinian territories, Lebanon and Syria names the Israeli state's
organs by the occupation they run rather than by a nisba: ``قوات الاحتلال``، ``سلطات
الاحتلال``، ``جيش الاحتلال``، ``إدارة سجون الاحتلال``، ``طائرات الاحتلال``، ``بلدية الاحتلال``,
and Israeli settlers as ``المستوطنون`` or, in WAFA's and the Palestinian ministries' usage,
``المستعمرون``. Neither word is in the KB (they name no entity), so such a phrase used to take
the event's country by the fallback of :func:`rasd.events.extractor._with_countries`: the West
Bank village's ``PSE`` for the army or the settlers that raided it. The dev gold codes every
such actor ``ISR`` (96 occupation phrases, 28 settler phrases, none otherwise).

The reading is Israel's only when no other occupier is named: ``الاحتلال الأمريكي``،
``الاحتلال التركي``، ``المستعمر الفرنسي`` (Iraqi, Syrian Kurdish, Algerian usage) name their
own country with a nisba, and then this module says nothing (the nisba's own reading, or the
fallback, stands).
"""

from __future__ import annotations

import re

#: The occupation word as the head's complement (قوات الاحتلال، سجون الاحتلال) or a settlers'
#: noun, in any number and case, with or without the article. ``مستعمر`` alone (singular)
#: is the Algerian and Maghreb word for the colonial power of the past, so only the plural
#: settlers' forms are read.
_OCCUPIER = re.compile(
    r"(?:^|\s)(?:ال)?احتلال(?:\s|$)|(?:^|\s)[وف]?(?:ال|لل)?(?:مستوطن(?:ون|ين|ة)?|مستعمرون|مستعمرين)"
    r"(?:\s|$)")
#: The Israeli nisba and its synonyms: the same occupier, named (قوات الاحتلال الإسرائيلي).
_ISRAELI = re.compile(r"إسرائيل|الإسرائيلي|الإسرائيلية|الصهيوني|الصهيونية|اليهود")
#: Another occupier's nisba right after the word (الاحتلال الأمريكي، المستوطنين الفرنسيين):
#: a definite adjective in -ي/-ية/-يين that is not Israel's.
_OTHER_NISBA = re.compile(
    r"(?:احتلال|مستوطن\S*|مستعمر\S*)\s+ال\S+(?:ي|ية|يين|يون)(?:\s|$)")

#: The country the phrase names.
ISRAEL = "ISR"


def occupation_country(phrase: str) -> str | None:
    """``ISR`` when the actor ``phrase`` names the occupation or settlers with no other
    occupier's nisba (قوات الاحتلال، المستعمرون، طواقم بلدية الاحتلال); otherwise None."""
    if not _OCCUPIER.search(phrase):
        return None
    if _ISRAELI.search(phrase):
        return ISRAEL
    if _OTHER_NISBA.search(phrase):
        return None
    return ISRAEL


__all__ = ["ISRAEL", "occupation_country"]
