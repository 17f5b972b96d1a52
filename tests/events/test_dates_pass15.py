"""Event dates, the third dates pass (2026-12-04 (15)): a "before" clause's time, a counted
interval before an activity that lasts, a counter-claim or a speech participle's clause, a
coarse time inside the act's words and a noun act's own relative clause. The probes are
the team's own sentences (``dates_pass15_probes``); the filter is off."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.events.dates.date_clauses import before_clause_at, counter_claim_at, durative_noun
from rasd.events.syntax.clauses import continues
from rasd.model import Event
from rasd.text.tokens import tokenize
from tests.events.dates_pass15_probes import HELD_OUT, TUNED, Probe
from tests.events.rule_checks import events


def _event(text: str, word: str) -> Event:
    found = [e for e in events(text) if word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in events(text)]
    return found[0]


def _dated_as(e: Event, expected: date | None) -> bool:
    if expected is None:  # no date of its own: the publication fallback or none
        return e.date_basis in ("published", "none")
    return e.date == expected and e.date_basis != "published"


@pytest.mark.parametrize(("text", "word", "expected"), TUNED)
def test_tuned_probe(text: str, word: str, expected: date | None) -> None:
    e = _event(text, word)
    assert _dated_as(e, expected), (e.date, e.date_basis)


#: Held-out probes rasd still misses after the pass, with the reason (scored once, at the
#: end; docs/quality.md gives the figures).
_HELD_OUT_MISSES: dict[int, str] = {
    2: "type recall, not date: a dispersal told with a pronoun object (فرقتهم) in a reported "
       "clause is not proposed",
    12: "merge, not date: the counter-claim's protest (تظاهروا) folds into the main clause's "
        "march (مسيرة) and takes its day",
    16: "the participle rule reads only a clause with no time: here the clause runs back over "
        "the comma-set object to the main clause's أمس الثلاثاء, which dates it first",
    20: "a deed reported after كما أعلنت … أن is not read as a reported clause (only a "
        "و-opened speech verb is), so it takes no paragraph date",
}


def _held_out_params() -> list[object]:
    return [pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason=_HELD_OUT_MISSES[k]))
            if k in _HELD_OUT_MISSES else pytest.param(*p) for k, p in enumerate(HELD_OUT)]


@pytest.mark.parametrize(("text", "word", "expected"), _held_out_params())
def test_held_out_probe(text: str, word: str, expected: date | None) -> None:
    e = _event(text, word)
    assert _dated_as(e, expected), (e.date, e.date_basis)


def test_probe_lists_are_halves() -> None:
    probes: list[Probe] = TUNED + HELD_OUT
    assert len(probes) >= 30 and abs(len(TUNED) - len(HELD_OUT)) <= 4


def test_a_stance_after_a_speech_participle_takes_no_date_of_the_main_clause() -> None:
    text = ("شكر رئيس الوزراء، أمس الثلاثاء، الحكومة السعودية على وديعتها، مشيرا إلى أن حكومته "
            "تجري مفاوضات مع صندوق النقد الدولي.")
    assert _dated_as(_event(text, "مفاوضات"), None)


# --- the helpers on their own

def test_before_clause_is_found_after_the_trigger_only() -> None:
    toks = tokenize("اعتقلت الشرطة ستة منهم، قبل أن تفرج عنهم صباح اليوم.")
    at = before_clause_at(toks, 0, len(toks))
    assert toks[at].text == "قبل"
    assert before_clause_at(toks, at + 1, len(toks)) == len(toks)


def test_before_alone_counting_back_opens_no_clause() -> None:
    toks = tokenize("اعتقلت الشرطة ستة منهم قبل يومين في العاصمة.")
    assert before_clause_at(toks, 0, len(toks)) == len(toks)


def test_a_counter_claim_opens_at_its_conjunction() -> None:
    toks = tokenize("قتل ثلاثة مدنيين، فيما قالت الوزارة إن دفاعاتها أسقطت 40 مسيرة.")
    first = next(k for k, t in enumerate(toks) if t.text == "أسقطت")
    at = counter_claim_at(toks, first)
    assert at is not None and toks[at].text == "فيما"


def test_a_claim_verb_itself_is_not_inside_a_claim() -> None:
    toks = tokenize("قتل ثلاثة مدنيين، فيما أعلنت الشرطة اعتقال خمسة مشتبه بهم.")
    first = next(k for k, t in enumerate(toks) if t.text == "اعتقال")
    assert counter_claim_at(toks, first) is None


def test_lasting_activities_are_durative_and_one_off_acts_are_not() -> None:
    assert durative_noun("احتجاجات") and durative_noun("ومعارك") and durative_noun("إضراب")
    assert not durative_noun("هجوم") and not durative_noun("اشتباكات")


def test_also_before_a_past_verb_continues_the_narrative() -> None:
    assert continues(tokenize("كما رحب المجلس بالاتفاق."))
    assert not continues(tokenize("كما أن الجيش نشر تعزيزات."))
    assert not continues(tokenize("كما قال المتحدث إن التحقيق مستمر."))
