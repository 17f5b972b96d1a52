"""A demand told as voiced during a protest (fix39, round 39).

``ونظمت عائلات من حي التضامن … وقفة أمام مبنى المحافظة، طالبت خلالها بمحاكمة علنية للضابط``
and ``نفذت جمعية «صرخة المودعين» اعتصاما أمام قصر العدل …، طالبت خلاله القضاء بـ…``: a
finite demand verb after the protest's comma whose next word is ``خلاله``/``خلالها`` ("during
it") is what the protest demanded, like the participle ``مطالبين`` or ``رفعوا خلالها شعارات
تطالب`` (the gold codes one PROTEST, ev-488, ev-829, ev-1029, round 39). The sentence builder
gives the demand the protest's clause, so :func:`rasd.events.sentence_folds.fold_demands`
folds it.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: "During it" with the pronoun of the protest just told (normalised: خلالها is خلالها,
#: the ة-less spelling is the same).
DURING_IT = frozenset(normalize_key(w) for w in (
    "خلاله", "خلالها", "خلالهما", "فيه", "فيها"))


def voiced_during(toks: list[Token], first: int) -> bool:
    """Whether the trigger word at ``first`` opens its clause after a comma and is followed
    by ``خلاله``/``خلالها``: a demand voiced during the protest told before."""
    return 0 < first < len(toks) - 1 and toks[first - 1].norm in ("،", ",") \
        and toks[first + 1].norm in DURING_IT
