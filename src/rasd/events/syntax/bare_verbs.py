"""fix57: which bare verb forms are also the act's verbal noun.

A list of kinds of violence (``القتل والخطف والقصف``) names no act, and
:func:`rasd.events.gates.without_generic_runs` drops such a run of act nouns. A verb row read
on its bare lemma fused to و counts there as a noun, since the first-form past and its
verbal noun are written alike (``وقتل``، ``وخطف``، ``وقصف``، ``ونهب``). A derived verb's
lemma is not its verbal noun (``وناشد`` / مناشدة، ``وأدان`` / إدانة، ``واعتقل`` / اعتقال): it
is the past tense of a reaction or an act of its own, and a sentence that condemns, describes
and appeals (``وأدان الوالي الهجوم، واصفا إياه بأنه «جريمة حرب»، وناشد المنظمات …``, round
57) told three acts, not a list. Only a lemma of three letters, the first form, is read as
the noun.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key

#: Letters of a first-form (triliteral) past, whose bare form is also its verbal noun.
FIRST_FORM_LETTERS = 3


def lemma_is_noun(lemma: str) -> bool:
    """Whether a verb row's bare ``lemma`` also reads as its verbal noun (a first-form
    triliteral: قتل، خطف، قصف)."""
    return len(normalize_key(lemma)) == FIRST_FORM_LETTERS


__all__ = ["FIRST_FORM_LETTERS", "lemma_is_noun"]
