"""Brackets around a name or a month's other name use up no gap (as quotation marks do):
``قوات سوريا الديمقراطية (قسد)``, ``في فبراير (شباط) الماضي``."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze

PUB = date(2026, 11, 3)


def _types(text: str) -> set[str]:
    doc = analyze(text, published=PUB)
    return {e.type for e in doc.events if not (e.negated or e.future or e.hypothetical)}


def test_a_signing_with_a_bracketed_month_name() -> None:
    text = "ووقعت تونس في مارس (آذار) الماضي اتفاقية للتعاون الأمني مع إيطاليا."
    assert "SUPPORT" in _types(text)


def test_a_shooting_by_fighters_named_in_brackets() -> None:
    text = "وأطلق مسلحو (الشباب) النار على المارة في سوق بمقديشو."
    assert "ASSAULT" in _types(text)


def test_blame_laid_by_a_force_named_with_its_abbreviation() -> None:
    text = "وحملت قوات سوريا الديمقراطية (قسد) الجيش التركي مسؤولية الهجوم."
    assert "ACCUSE" in _types(text)


def test_brackets_do_not_open_a_clause_boundary() -> None:
    # a full stop still ends the gap: the signing verb finds no agreement across sentences
    text = "ووقعت الحكومة (السابقة) في مارس. اتفاقية التجارة الحرة موضوع نقاش في البرلمان."
    assert "SUPPORT" not in _types(text)
