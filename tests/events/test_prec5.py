"""Precision pass 5 (2026-12-04 (15)): the probes of :mod:`tests.events.probes_prec5` scored
with the rules alone, and the data the pass changed (the bare إبعاد row, the domain policies).
Every ``MUST_NOT`` probe was reported by the rules before the pass; the ``MUST`` probes are
the true senses next to them. Held-out probes the rules get wrong are strict xfails with
their reason, so a later fix shows up."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.events.lexicon import triggers
from rasd.events.senses.domains import domain_policies
from tests.events.probes_prec5 import HELD_OUT_MUST, HELD_OUT_MUST_NOT, MUST, MUST_NOT
from tests.events.rule_checks import held_out_cases, known_failures, types

PUB = date(2026, 12, 2)  # a Wednesday

#: Held-out probes the rules get wrong after the pass (not tuned on, so left as found).
HELD_OUT_WRONG: dict[str, str] = {
    "وأبعدت السلطات الإسرائيلية الناشط المقدسي عن المسجد الأقصى لمدة شهرين.":
        "the verb أبعد is no trigger (only the noun إبعاد is), before the pass and after",
}


@pytest.mark.parametrize("text, type_", MUST_NOT)
def test_false_sense_not_reported(text: str, type_: str) -> None:
    assert type_ not in types(text, PUB)


@pytest.mark.parametrize("text, type_", MUST)
def test_true_sense_reported(text: str, type_: str) -> None:
    assert type_ in types(text, PUB)


@pytest.mark.parametrize(
    "text, type_, expected",
    known_failures(held_out_cases(HELD_OUT_MUST, HELD_OUT_MUST_NOT), HELD_OUT_WRONG))
def test_held_out(text: str, type_: str, expected: bool) -> None:
    assert (type_ in types(text, PUB)) == expected


def test_probe_counts() -> None:
    """At least 40 probes, about half of them held out (24 written with the 26 tuned ones)."""
    tuned = len(MUST) + len(MUST_NOT)
    held = len(HELD_OUT_MUST) + len(HELD_OUT_MUST_NOT)
    assert tuned + held >= 40 and held >= 24 and 100 * held >= 45 * (tuned + held)


# --- the data the pass changed


def test_bare_ibaad_needs_corroboration() -> None:
    # the bare noun keeps hazards, rivals and officials away: under 0.5, so it is an event
    # only with an armed party or a second trigger; the deportation is told by the rows
    # with a destination or a foreign object
    bare = [t for t in triggers() if t.lemma == "إبعاد" and t.pos == "noun"]
    assert bare and all(t.weight < 0.5 for t in bare)
    phrases = {t.lemma for t in triggers() if t.type == "COERCE" and t.lemma.startswith("إبعاد ")}
    assert {"إبعاد عن البلاد", "إبعاد وافدين"} <= phrases


@pytest.mark.parametrize("domain, dropped", [
    ("culture", {"SUPPORT", "REQUEST", "CONSULT"}),
    ("religion", {"SUPPORT", "REQUEST", "REJECT", "CONSULT"}),
    ("health", {"CONSULT"}),
])
def test_domains_drop_the_pass_types(domain: str, dropped: set[str]) -> None:
    assert dropped <= domain_policies()[domain].drop_types


def test_religion_keeps_accusations() -> None:
    # a mufti's condemnation of a bombing is news on a sermon page (3 true events of the
    # audit's dev sermon pages)
    assert "ACCUSE" not in domain_policies()["religion"].drop_types


def test_a_state_agreement_still_signed() -> None:
    # the contract block leaves states' agreements, memoranda and treaties to the signing row
    assert "SUPPORT" in types("ووقعت مصر وفرنسا اتفاقية لشراء طائرات رافال.", PUB)
    assert "SUPPORT" not in types("ووقعت الحكومة عقدا مع شركة لبناء محطة كهرباء.", PUB)


def test_a_single_ambassadors_farewell_call_is_a_meeting() -> None:
    # only the plural قدموا (a crowd that came to greet the host) is a courtesy
    text = ("واستقبل وزير الخارجية في مكتبه أمس سفير اليابان لدى المملكة الذي قدم للسلام عليه "
            "بمناسبة انتهاء فترة عمله.")
    assert "CONSULT" in types(text, PUB)
    crowd = ("واستقبل وزير الخارجية في مكتبه أمس، المسؤولين والأعيان وجموع المواطنين الذين "
             "قدموا للسلام عليه.")
    assert "CONSULT" not in types(crowd, PUB)
