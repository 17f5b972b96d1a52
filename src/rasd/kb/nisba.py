"""Nisba (relational) adjectives: the regular stem of a country name and its inflections.

Used by ``scripts/build_kb.py`` to generate ``data/kb/norp.tsv``, and available to anyone
adding nationalities of their own. Irregular stems (أمريكا → أمريكي is regular, but
الولايات المتحدة → أمريكي, النمسا → نمساوي, باكستان → باكستاني are not) and broken plurals
(الروس، الأتراك) are curated in ``data/kb/sources/countries_extra.tsv``.
"""

from __future__ import annotations

#: Masculine singular, feminine singular, masculine plural (nominative, oblique), feminine
#: plural, masculine dual (nominative), feminine dual (nominative, oblique). The masculine
#: dual oblique (ـين) coincides with the plural oblique.
NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ات", "ان", "تان", "تين")


def rule_stem(name: str) -> str | None:
    """The nisba stem of a one-word country name by the regular rule, or ``None``.

    كازاخستان → كازاخي (ـستان drops), روسيا → روسي, فرنسا → فرنسي, السعودية → سعودي,
    لبنان → لبناني. Names of several words and names ending in a vowel (توغو → توغولي,
    جيبوتي) have no regular stem.
    """
    words = name.split()
    if len(words) != 1:
        return None
    w = words[0]
    if w.startswith("ال"):
        w = w[2:]
    if w.endswith("ستان") and len(w) > 6:
        return w[:-4] + "ي"
    if w.endswith("يا"):
        return w[:-1]
    if w.endswith("ا"):
        return w[:-1] + "ي"
    if w.endswith("ية"):
        return w[:-1]
    if w.endswith("ة"):
        return w[:-1] + "ي"
    if w.endswith(("ي", "و")):
        return None
    return w + "ي"


def inflect(stem: str) -> list[str]:
    """Every gender, number and definiteness form of a (possibly multi-word) nisba stem.

    Words agree one by one (كوري شمالي → الكورية الشمالية); a word prefixed ``=`` does not
    inflect and the word after it takes no article (=جنوب أفريقي → الجنوب أفريقية).
    """
    words = stem.split()
    fixed = [w.startswith("=") for w in words]
    words = [w.lstrip("=") for w in words]
    out: list[str] = []
    for suffix in NISBA_SUFFIXES:
        bare = [w if f else w + suffix for w, f in zip(words, fixed, strict=True)]
        out.append(" ".join(bare))
        definite = [
            ("ال" + w) if i == 0 or not fixed[i - 1] else w for i, w in enumerate(bare)
        ]
        out.append(" ".join(definite))
    return out
