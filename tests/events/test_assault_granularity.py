"""ASSAULT granularity pass (2026-12-04 (15), task assault): a property or abduction noun
joined to an attack's toll, an act told "during it" and an interception of the arms told
before are parts or retellings of one attack (:mod:`rasd.events.retellings.assault_parts`); acts
told by verbs of their own, captures and the other side's drones stay apart. Probes are the team's
own sentences (:mod:`tests.events.assault_granularity_probes`)."""

from __future__ import annotations

import pytest

from rasd.model import Event
from tests.events.assault_granularity_probes import DEV, HELD_OUT, Probe
from tests.events.rule_checks import events_of_type

#: Held-out probes the rules still miss at the end of the pass (strict: a fix shows). Scored
#: once: 7 of 16 passed on the code before the pass, 11 of 16 after it. Left: an abduction
#: verb before the attack noun (قتل عشرة وخطف العشرات في هجوم), خلاله inside a phrase
#: trigger (وأضرموا خلاله النار), two bombings merged, a storming split from its shooting,
#: and فقتلوا left apart from the attack (ev-651 joins وقتلوا to it). The merging pass of
#: 2026-12-04 (16) folds the act done خلاله into the attack (h_burning_during_raid passes).
#: Task fix42 (2026-12-05 (18)) folds a bare kill verb into the attack its sentence tells
#: (h_burnt_after_killings_own_verb passes).
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "h_raid_toll_and_abduction", "h_two_bombings_two_cities",
    "h_shot_and_looting_separate_verbs"})


def _assaults(text: str) -> list[Event]:
    return events_of_type(text, "ASSAULT")


@pytest.mark.parametrize("probe", DEV, ids=[p.name for p in DEV])
def test_dev_probe(probe: Probe) -> None:
    found = _assaults(probe.text)
    assert len(found) == probe.assaults, (probe.why, [e.trigger.text for e in found])


@pytest.mark.parametrize("probe", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="held out, still missed"))
    if p.name in HELD_OUT_MISSED else p for p in HELD_OUT], ids=[p.name for p in HELD_OUT])
def test_held_out_probe(probe: Probe) -> None:
    found = _assaults(probe.text)
    assert len(found) == probe.assaults, (probe.why, [e.trigger.text for e in found])


def test_the_burning_of_the_toll_clause_is_evidence_of_the_attack() -> None:
    text = ("هاجم مسلحون مجهولون، فجر الأحد، قرية نائية في ولاية النيل الأزرق، ما أسفر عن مقتل "
            "ستة مزارعين وإحراق عشرات المنازل، بحسب مسؤول محلي.")
    (attack,) = _assaults(text)
    assert attack.mode != "destroy", "the attack on people keeps its own means"
    assert attack.killed is not None and attack.killed.min == 6


def test_an_attack_of_unknown_means_takes_the_burning_told_during_it() -> None:
    text = ("دانت الخارجية الفلسطينية الهجوم الذي شنه مستوطنون فجر اليوم على قرية المغير، "
            "وأحرقوا خلاله ثلاث مركبات وحظيرة للمواشي.")
    (attack,) = _assaults(text)
    assert attack.mode == "destroy"


def test_the_interception_sentence_is_evidence_of_the_attack() -> None:
    text = ("استهدفت روسيا منشآت الطاقة في مدينة لفيف بهجوم واسع بالمسيرات الليلة الماضية. "
            "وقال سلاح الجو الأوكراني إن دفاعاته أسقطت 54 مسيرة من أصل 70 أطلقتها روسيا.")
    (attack,) = _assaults(text)
    assert len(attack.evidence) == 2
