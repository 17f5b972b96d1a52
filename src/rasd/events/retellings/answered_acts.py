"""An act a reply answers, told there for the first time with its own party (task fix41,
blind round 41).

``ردا على`` before a definite noun marks the act replied to as already known (modifiers.tsv
``generic … referred-next``: ``ردا على الغارة``، ``ردا على هذه الخطوة``): the act was told
before, or is common knowledge, and is no event of its own. A definite noun followed by a
relative clause whose verb takes the noun back as a pronoun and names its own doer is not
such a retelling::

    فرض رسوم جمركية مضادة على سلع أمريكية، ردا على الرسوم التي فرضتها واشنطن على واردات
    الصلب … مطلع الشهر الجاري

The relative clause tells who did it (and often when): the act is told here for the first
time, as the gold's convention for background acts reads a political act named as the cause
of the main act (README, "Background acts after إثر/بعد/عقب": told there for the first time,
an event of its own, dated by its own words).
"""

from __future__ import annotations

from rasd.events.syntax.clauses import strip_conj
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Relative pronouns that open the clause naming the act's doer.
RELATIVE = frozenset(normalize_key(w) for w in ("التي", "الذي", "اللذين", "اللتين", "الذين"))
#: Words between the noun and its relative pronoun: one adjective (الرسوم الجمركية التي).
ADJECTIVE_REACH = 1
#: Resumptive object pronouns a relative clause's verb takes back the noun with (فرضتها،
#: شنها، أعلنوها), in normalised spelling.
RESUMPTIVE = ("ها", "ه", "هم", "هما")
#: Shortest verb with its pronoun (فرضها): shorter words are particles.
MIN_VERB_CHARS = 4
#: Prepositions that may follow the verb where its doer would stand (التي فرضتها على):
#: the doer is then untold.
PREPOSITIONS = frozenset(normalize_key(w) for w in ("على", "في", "من", "إلى", "عن", "منذ"))


def told_with_its_doer(toks: list[Token], at: int) -> bool:
    """Whether the definite noun at token ``at`` is followed by a relative clause whose verb
    takes it back as a pronoun and names a doer after it (الرسوم التي فرضتها واشنطن): an act
    told here with its own party, not one already known."""
    for k in range(at + 1, min(len(toks), at + 2 + ADJECTIVE_REACH)):
        if strip_conj(toks[k].norm) not in RELATIVE:
            continue
        if k + 2 >= len(toks):
            return False
        verb, doer = toks[k + 1], toks[k + 2]
        return (verb.kind == "word" and len(verb.norm) >= MIN_VERB_CHARS
                and verb.norm.endswith(RESUMPTIVE) and doer.kind == "word"
                and strip_conj(doer.norm) not in RELATIVE | PREPOSITIONS)
    return False


#: Words that name the act after them as the cause or background of the main act (README,
#: "Background acts after إثر/بعد/عقب"), normalised, with و fused or not.
BACKGROUND_WORDS = frozenset(normalize_key(w) for w in ("إثر", "عقب", "بعد", "أعقاب"))
#: How far before the trigger the background word may stand (إثر مواجهات، بعد ليلة ثانية
#: من المواجهات).
BACKGROUND_REACH = 4


def background_start(toks: list[Token], lo: int, first: int) -> int:
    """The index a background act's own clause starts at: the إثر/بعد/عقب word at most
    :data:`BACKGROUND_REACH` tokens before the trigger at ``first`` (أوقفت الشرطة … مرشحي
    المعارضة في الانتخابات المقررة في 13 أغسطس، و11 من أنصاره، إثر مواجهات …): a time told
    before that word is the main act's or its object's, not the background act's; ``lo``
    when there is none."""
    for k in range(first - 1, max(lo, first - BACKGROUND_REACH) - 1, -1):
        if strip_conj(toks[k].norm) in BACKGROUND_WORDS:
            return k
    return lo

