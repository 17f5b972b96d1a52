"""A model person name without the verb, credit noun or preposition at its edge
(rasd.entities.verbs via rasd.entities.units.ner_units)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rasd.entities.verbs import credit_like, verb_like
from tests.entities.helpers import entity_of, link

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def test_verb_after_a_person_name_stays_out_of_it() -> None:
    doc = link("قال المدرب إن فينغر ينتهي من خطته غدا.", {"فينغر ينتهي": "PERSON"})
    assert entity_of(doc, "فينغر").type == "PERSON"


def test_future_verb_before_a_person_name_stays_out_of_it() -> None:
    doc = link("وقالت الصحيفة إن وسيغيب كوستا عن المباراة.", {"وسيغيب كوستا": "PERSON"})
    assert entity_of(doc, "كوستا").type == "PERSON"


def test_credit_noun_before_a_person_name_stays_out_of_it() -> None:
    doc = link("الفيلم من إخراج رامي فؤاد وبطولة نخبة من الشباب.",
               {"إخراج رامي فؤاد": "PERSON"})
    assert entity_of(doc, "رامي فؤاد").type == "PERSON"


def test_preposition_ala_before_a_person_name_stays_out_but_the_name_ali_stays() -> None:
    doc = link("وعرضت الحكومة على عثمان منصبا جديدا.", {"على عثمان": "PERSON"})
    assert entity_of(doc, "عثمان").type == "PERSON"
    doc = link("وقال علي عثمان إنه سيحضر.", {"علي عثمان": "PERSON"})
    assert entity_of(doc, "علي عثمان").type == "PERSON"


def test_name_words_that_are_also_verbs_stay() -> None:
    doc = link("وصل خالد بن يزيد إلى المدينة.", {"خالد بن يزيد": "PERSON"})
    assert entity_of(doc, "خالد بن يزيد").type == "PERSON"
    assert not verb_like("يزيد")  # a given name first
    assert not verb_like("تريزيغيه")


def test_verb_likeness_reads_clitics_and_persons() -> None:
    assert verb_like("ينتهي") and verb_like("ستنتهي") and verb_like("وسينتهي")
    assert not verb_like("الانتهاء")  # the article makes a noun
    assert credit_like("واخراج") and not credit_like("محمد")


@pytest.mark.skipif(not (SHARED / "news").is_dir(), reason="needs ../shared/data")
def test_shipped_verb_list_is_the_build_scripts_output(tmp_path: Path) -> None:
    out = tmp_path / "verbs.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "ner_verbs.py"),
                    str(SHARED / "news" / "saudinewsnet-3000.jsonl"),
                    str(SHARED / "ner" / "aqmar-train.bio"), "--out", str(out)],
                   check=True, capture_output=True)
    shipped = ROOT / "src" / "rasd" / "data" / "ner" / "verbs.tsv"
    # The build leaves out given names and KB people's words: after editing those lists,
    # rebuild with the command in scripts/ner_verbs.py's docstring.
    assert out.read_text("utf-8") == shipped.read_text("utf-8"), "verbs.tsv is stale"
