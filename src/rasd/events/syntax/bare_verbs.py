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

A listed act noun that carries a plural object pronoun (``ومنعهم من السفر``، ``وتوقيفهم``) is
no kind either: the pronoun names the persons it was done to, as in a judge's order
``قرارا بتوقيف المتهمين الأربعة ومنعهم من السفر، والحجز الاحتياطي على أموالهم`` (three
measures, ev-1746) or a prosecutor's ``بالتحفظ على أموال المتهمين ومنعهم من السفر`` (round
57). Only the plural pronouns are read: a final ه is also the normalised ة of a noun.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_key

#: Letters of a first-form (triliteral) past, whose bare form is also its verbal noun.
FIRST_FORM_LETTERS = 3


def lemma_is_noun(lemma: str) -> bool:
    """Whether a verb row's bare ``lemma`` also reads as its verbal noun (a first-form
    triliteral: قتل، خطف، قصف)."""
    return len(normalize_key(lemma)) == FIRST_FORM_LETTERS


#: Plural object pronouns attached to a verbal noun (منعهم، توقيفهما، ترحيلهن), normalised.
PERSON_SUFFIXES = ("هم", "هما", "هن")
#: Letters a word keeps before the pronoun (a bare noun of three letters and more).
STEM_LETTERS = 3


def names_persons(norm: str) -> bool:
    """Whether the normalised word ``norm`` ends in a plural object pronoun after a stem of
    :data:`STEM_LETTERS` letters or more: an act done to named persons."""
    return any(norm.endswith(p) and len(norm) - len(p) >= STEM_LETTERS
               for p in PERSON_SUFFIXES)


__all__ = ["FIRST_FORM_LETTERS", "PERSON_SUFFIXES", "STEM_LETTERS", "lemma_is_noun",
           "names_persons"]
