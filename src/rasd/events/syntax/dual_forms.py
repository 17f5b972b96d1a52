"""Task fix45: the dual of an attached pronoun, which the lexicon's forms leave out.

A row lists an object or possessive pronoun by its persons (``سبيله|سبيلها|سبيلهم``،
``سراحه|سراحها|سراحهم``) and, being written word by word, often forgets the dual
(``سبيلهما``). News tells two persons as often as one or many: two journalists released
(``قبل أن تخلي سبيلهما بكفالة``), two accused charged (``ووجهت إليهما``). Round 45 lost a
release so (ev-1814); 182 alternatives of triggers.tsv listed ``…هم`` beside ``…ه`` without
``…هما``. :func:`with_duals` completes the paradigm when a slot is compiled: an alternative
whose last word ends in the plural pronoun ``هم``, listed beside its singular in ``ه``, gains
its dual in ``هما``. Nothing else is guessed: a word that merely ends in ``هم`` (``فهم``،
``سهم``) has no singular partner in its slot and gains nothing.
"""

from __future__ import annotations

#: The attached pronouns: 3rd person masculine singular, plural and the dual.
_SINGULAR, _PLURAL, _DUAL = "ه", "هم", "هما"


def with_duals(alts: list[str]) -> list[str]:
    """``alts`` (one slot's raw ``|`` alternatives, ``_``-joined words) with the dual of
    each plural pronoun form whose singular is listed beside it, in order, no repeats."""
    have = set(alts)
    out = list(alts)
    for alt in alts:
        if not alt.endswith(_PLURAL) or len(alt) <= len(_PLURAL) + 1:
            continue
        stem = alt[: -len(_PLURAL)]
        dual = stem + _DUAL
        if stem + _SINGULAR in have and dual not in have:
            out.append(dual)
            have.add(dual)
    return out


__all__ = ["with_duals"]
