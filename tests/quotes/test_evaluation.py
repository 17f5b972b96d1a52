"""The quote evaluator: matching rules, report and the gold passages."""

from __future__ import annotations

from pathlib import Path

from rasd.evaluation.quotes import (
    evaluate_quotes,
    format_quotes_report,
    load_passages,
    speaker_matches,
)

GOLD = Path(__file__).resolve().parent.parent / "gold" / "events" / "passages.jsonl"

#: Floors well under what the stage scores on the dev passages (docs in the report), so a
#: regression fails the test while gold edits by others do not. F1 0.854 on 844 passages
#: after the characterisation convention was settled (2026-12-03 (10); 0.800 before, with
#: the convention coded both ways); 0.919 on 904 passages after the dev gold's omitted
#: reported clauses were completed (2026-12-04 (11)); 0.947 on 979 passages after the lead's
#: quote decisions were coded (opinions, hopes, mixed quotes; same session); new rounds'
#: first quote gold can cost a point or two.
MIN_DEV_F1 = 0.82
MIN_DEV_SPEAKER = 0.85


def test_speaker_rule_is_mutual_containment() -> None:
    assert speaker_matches("برايس", ["نيد برايس"])
    assert speaker_matches("المتحدث باسم الخارجية، نيد برايس", ["نيد برايس"])
    assert speaker_matches("منظمة التعاون الإسلامي", ["المنظمة", "منظمة التعاون الاسلامي"])
    assert not speaker_matches("الحكومة", ["المعارضة"])
    assert not speaker_matches("الحكومة", [])


def test_scores_on_own_passages() -> None:
    passages = [
        {"id": "a", "split": "dev", "published": "2024-03-01",
         "text": "وقال وزير المالية خالد يوسف: «العجز سينخفض هذا العام». "
                 "وأعرب الاتحاد عن قلقه من \"العنف\".",
         "quotes": [{"speaker": "خالد يوسف", "starts_with": "العجز سينخفض", "direct": True}],
         "not_quotes": ["العنف"]},
        {"id": "b", "split": "test", "published": "2024-03-01",
         "text": "أعلنت البلدية أن المياه ستعود غدا إلى الأحياء الشرقية.",
         "quotes": [{"speaker": "الشرطة", "starts_with": "المياه ستعود", "direct": False},
                    {"speaker": "البلدية", "starts_with": "لا وجود له", "direct": True}],
         "not_quotes": []},
    ]
    report = evaluate_quotes(passages)
    dev, test = report.splits
    assert (dev.split, dev.all.tp, dev.all.fp, dev.all.fn) == ("dev", 1, 0, 0)
    assert dev.speaker_right == 1 and dev.violations == 0
    assert (test.all.tp, test.all.fn, test.indirect.tp, test.direct.fn) == (1, 1, 1, 1)
    assert test.speaker_right == 0  # found, but gold names another speaker
    text = format_quotes_report(report, details=True)
    assert "quotes [dev]" in text and "quotes [test]" in text and "missed" in text


def test_dev_gold_floor() -> None:
    rows = [r for r in load_passages(GOLD) if r.get("split") == "dev"]
    report = evaluate_quotes(rows)
    (dev,) = report.splits
    assert dev.all.f1 >= MIN_DEV_F1, format_quotes_report(report, details=True)
    assert dev.speaker_accuracy >= MIN_DEV_SPEAKER
