"""The quote stage's word lists (``rasd/data/quotes/*.tsv``), loaded once and normalised.

Reporting verbs are listed form by form in ``reporting_verbs.tsv``; the clitic rules live
here: a form may carry the conjunction و or ف in front, and the verbs marked
``objects=yes`` an object pronoun at the end (اعتبرته، وصفتها).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from rasd.datafiles import tsv_rows
from rasd.errors import RasdError
from rasd.text.normalize import normalize_key

VerbKind = Literal["say", "carry", "label", "deny", "stance"]

#: Conjunctions a reporting verb may carry in front (وقال، فأضاف).
CONJUNCTIONS = ("", "و", "ف")
#: Object pronouns a verb marked ``objects=yes`` may carry (اعتبرته، وصفتها، اعتبرتهم).
OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما")
#: The silent alif of a plural past (وصفوا), dropped before an object pronoun (وصفوه).
PLURAL_ALIF = "وا"
#: Pronoun suffixes a preposition may carry (فيها، عليه، منهم).
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
#: Proclitics a naming noun may carry when matched (وقناة، بعملية، لحركة). Not the article:
#: a name follows its noun in construct (``منظمة «مراسلون بلا حدود»``), while a definite noun
#: before a quotation is its speaker (``وأكدت المنظمة «...»``).
NOUN_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول")

_KINDS: frozenset[str] = frozenset({"say", "carry", "label", "deny", "stance"})


class LexiconError(RasdError):
    """A quote-stage data file is malformed."""

    code = "lexicon"


@dataclass(frozen=True, slots=True)
class VerbForm:
    """What a normalised word means as a reporting verb."""

    lemma: str
    kind: VerbKind
    participle: bool


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    """Every list the quote stage matches against, keyed by normalised word."""

    verbs: dict[str, VerbForm]
    complementizers: frozenset[str]
    blocks_complementizer: frozenset[str]
    stops: frozenset[str]
    times: frozenset[str]
    naming: frozenset[str]
    naming_verbs: frozenset[str]
    kana: frozenset[str]
    qad: frozenset[str]
    clause_openers: frozenset[str]
    statements: frozenset[str]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    not_subject: frozenset[str]
    governed_nouns: frozenset[str]
    addressee_verbs: frozenset[str]
    impersonal: frozenset[str]
    inscribed: frozenset[str]
    writing_verbs: frozenset[str]
    phrase_ends: frozenset[str]
    documentary: frozenset[str]
    documentary_qualifiers: frozenset[str]
    source_nouns: frozenset[str]
    noun_governors: frozenset[str]
    slogans: frozenset[str]
    name_adjectives: frozenset[str]
    pronoun_openers: frozenset[str]
    to_addressee: frozenset[str]

    def verb(self, norm: str) -> VerbForm | None:
        return self.verbs.get(norm)

    def is_stop(self, norm: str) -> bool:
        """A frame preposition, bare or with a pronoun (في، فيها، عليه), or a ``بال`` phrase."""
        if norm in self.stops or (norm.startswith("بال") and len(norm) > 4):
            return True
        return any(norm.endswith(x) and norm[:-len(x)] in self.stops for x in PRONOUN_SUFFIXES)

    def is_governed_noun(self, norm: str) -> bool:
        """A verbal noun with the verb's ب in front (بارتكاب، بالرد), whose quotation is the
        act a party names (``اتهمه بارتكاب «جريمة حرب»``)."""
        if not norm.startswith("ب"):
            return False
        noun = norm[1:]
        return noun in self.governed_nouns or (
            noun.startswith("ال") and noun[2:] in self.governed_nouns)

    def is_naming_noun(self, norm: str) -> bool:
        return any(norm.startswith(p) and norm[len(p):] in self.naming for p in NOUN_PREFIXES)


def _rows(name: str) -> list[list[str]]:
    return [fields for _, fields in tsv_rows("rasd.data.quotes", name)]


def _verbs() -> dict[str, VerbForm]:
    verbs: dict[str, VerbForm] = {}
    for number, row in enumerate(_rows("reporting_verbs.tsv"), 1):
        if len(row) != 5 or row[1] not in _KINDS or row[2] not in ("yes", "no"):
            raise LexiconError(f"reporting_verbs.tsv row {number}: {row!r}")
        lemma, kind, objects, finite, participles = row
        suffixes = OBJECT_SUFFIXES if objects == "yes" else ("",)
        for forms, participle in ((finite, False), (participles, True)):
            for form in forms.split():
                key = normalize_key(form)
                for conj in CONJUNCTIONS:
                    for suffix in suffixes:
                        # The first listing wins: a form shared by two verbs keeps one meaning.
                        verbs.setdefault(conj + _with_object(key, suffix),
                                         VerbForm(lemma, cast(VerbKind, kind), participle))
    return verbs


def _with_object(key: str, suffix: str) -> str:
    """A form with an object pronoun: a plural past drops its silent alif before it
    (وصفوا → وصفوه، اعتبروا → اعتبروها), as Arabic spelling has it."""
    if suffix and key.endswith(PLURAL_ALIF):
        return key[:-1] + suffix
    return key + suffix


@cache
def quote_lexicon() -> QuoteLexicon:
    """The lexicon, built on first use."""
    groups: dict[str, set[str]] = {}
    for row in _rows("quote_words.tsv"):
        if len(row) != 2:
            raise LexiconError(f"quote_words.tsv: bad row {row!r}")
        groups.setdefault(row[0], set()).update(normalize_key(w) for w in row[1].split())
    return QuoteLexicon(
        verbs=_verbs(),
        complementizers=frozenset(groups.get("complementizer", ())),
        blocks_complementizer=frozenset(groups.get("blocks_complementizer", ())),
        stops=frozenset(groups.get("stop", ())),
        times=frozenset(groups.get("time", ())),
        naming=frozenset(groups.get("naming", ())),
        naming_verbs=frozenset(groups.get("naming_verb", ())),
        kana=frozenset(groups.get("kana", ())),
        qad=frozenset(groups.get("qad", ())),
        clause_openers=frozenset(groups.get("clause_opener", ())),
        statements=frozenset(groups.get("statement", ())),
        pronouns=frozenset(groups.get("pronoun", ())),
        relatives=frozenset(groups.get("relative", ())),
        not_subject=frozenset(groups.get("not_subject", ())),
        governed_nouns=frozenset(groups.get("governed_noun", ())),
        addressee_verbs=frozenset(groups.get("addressee_verb", ())),
        impersonal=frozenset(groups.get("impersonal", ())),
        inscribed=frozenset(groups.get("inscribed", ())),
        writing_verbs=frozenset(groups.get("writing_verb", ())),
        phrase_ends=frozenset(groups.get("phrase_end", ())),
        documentary=frozenset(groups.get("documentary", ())),
        documentary_qualifiers=frozenset(groups.get("documentary_qualifier", ())),
        source_nouns=frozenset(groups.get("source_noun", ())),
        noun_governors=frozenset(groups.get("noun_governor", ())),
        slogans=frozenset(groups.get("slogan", ())),
        name_adjectives=frozenset(groups.get("name_adjective", ())),
        pronoun_openers=frozenset(groups.get("pronoun_opener", ())),
        to_addressee=frozenset(groups.get("to_addressee", ())),
    )
