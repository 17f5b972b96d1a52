from __future__ import annotations

import json
from pathlib import Path

from rasd.comments.toxicity import ToxicityClassifier, weights_path_of
from rasd.comments.toxicity_features import FEATURE_VERSION
from rasd.comments.toxicity_train import train_toxicity

RUDE = ["يا حمار اسكت", "انتم كلاب وخونة", "حرامي وكذاب", "يلعن أبوكم يا سفلة",
        "غبي ومتخلف", "يا حقير يا نذل", "تفو عليكم يا كذابين", "شوية زبالة"]
CALM = ["شكرا على المقال", "نتمنى السلامة للجميع", "تحليل مفيد وواضح", "الله يرحم الضحايا",
        "أتفق مع الكاتب", "متى تفتح المدارس", "خبر مهم جدا", "الحوار هو الحل",
        "أرقام دقيقة ومفيدة", "بالتوفيق للمنتخب", "الأسعار مرتفعة", "ننتظر القرار"]


def test_train_writes_a_loadable_model_and_card(tmp_path: Path) -> None:
    data = tmp_path / "data.tsv"
    rows = [(t, "Offensive") for t in RUDE] + [(t, "Non-Offensive") for t in CALM]
    data.write_text("Comment\tMajority_Label\n" + "".join(f"{t}\t{lab}\n" for t, lab in rows),
                    "utf-8")
    also = tmp_path / "also.tsv"
    also.write_text("Comment\tMajority_Label\nيا جحش\tOffensive\nمقال جميل\tNon-Offensive\n",
                    "utf-8")
    out = tmp_path / "m" / "toxicity.crfsuite"
    report = train_toxicity(data, [also], out, dev_fraction=0.25, folds=3, max_iter=50)
    assert out.is_file() and report.card_path.is_file()
    assert weights_path_of(out).is_file()
    card = json.loads(report.card_path.read_text("utf-8"))
    assert card["feature_version"] == FEATURE_VERSION
    assert card["threshold"] == report.threshold
    assert card["weights_file"] == "toxicity.weights.tsv"
    # The threshold comes from cross-validation of the train part, not from dev.
    assert report.cv.total == 15 and report.dev.total == 5
    assert card["cv_scores"]["gold"] == 6 and card["dev_scores"]["gold"] == 2
    assert card["data"][0]["dev"] == 5 and card["data"][1]["comments"] == 2
    clf = ToxicityClassifier.load(out)
    assert clf.threshold == report.threshold
    assert clf.probability("يا حمار يا كذاب") > clf.probability("شكرا على المقال")
