"""Comment stance and sentiment: cues, attachment, negation, clauses, scripture left out,
and the floor on the team's labelled comments (tests/gold/comments/stance.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.comments.mentions import find_mentions
from rasd.comments.sentiment import comment_sentiment
from rasd.comments.stance import comment_stance
from rasd.comments.stance_cues import stance_cues
from rasd.comments.stance_eval import read_cases, score
from rasd.model import Span

GOLD = Path(__file__).resolve().parent.parent / "gold" / "comments" / "stance.jsonl"


def _polarities(text: str, exclude: tuple[Span, ...] = ()) -> dict[str, str]:
    stances = comment_stance(text, find_mentions(text), exclude=exclude)
    return {s.target: s.polarity for s in stances}


@pytest.mark.parametrize(("text", "target", "polarity"), [
    ("الله يلعن إيران وكل من يدعمها", "IRN", "against"),
    ("تحيا تونس حرة أبية", "TUN", "for"),
    ("الله ينصر الأردن", "JOR", "for"),
    ("الاحتلال الإسرائيلي لن يدوم", "ISR", "against"),
    ("نتنياهو مجرم", "per:netanyahu", "against"),
    ("الحرب كلها بسبب الناتو", "org:nato", "against"),
    ("الجزائر أبطال في هذه المباراة", "DZA", "for"),
    ("فرنسا أعلنت زيادة الضرائب", "FRA", "neutral"),
])
def test_cues_give_the_side(text: str, target: str, polarity: str) -> None:
    assert _polarities(text)[target] == polarity


def test_negation_flips_a_cue() -> None:
    assert _polarities("الله لا يوفق أمريكا")["USA"] == "against"
    assert _polarities("تركيا ليست عدو لنا")["TUR"] == "for" or \
        _polarities("تركيا ليست عدو لنا")["TUR"] == "neutral"
    assert _polarities("تركيا عدو لنا")["TUR"] == "against"


def test_often_is_not_a_negation_and_slogans_are_not_either() -> None:
    assert _polarities("كثيرا ما خذلت بريطانيا حلفاءها")["GBR"] == "against"
    assert _polarities("لا للاحتلال الروسي")["RUS"] == "against"


def test_a_cue_stays_in_its_clause() -> None:
    found = _polarities("الصين تبني الموانئ. الله يلعن الفساد")
    assert found["CHN"] == "neutral"


def test_next_cue_takes_the_actor_after_it_not_before() -> None:
    found = _polarities("قطر قالت الله ينصر السودان")
    assert found["SDN"] == "for" and found["QAT"] == "neutral"


def test_a_place_after_in_is_not_blamed_by_a_near_cue() -> None:
    found = _polarities("الروس أرسلوا قواتهم إلى سوريا للقمع")
    assert found["RUS"] == "against" and found["SYR"] == "neutral"


def test_evidence_holds_cue_and_mention_in_document_offsets() -> None:
    page = "xx الله يلعن إيران"
    text = page[3:]
    (st,) = comment_stance(text, find_mentions(text, 3), offset=3)
    assert st.evidence.text == "الله يلعن إيران" == page[st.evidence.start:st.evidence.end]
    assert st.score == -1.0 and st.name == "إيران"


def test_scripture_is_not_the_readers_words() -> None:
    text = "أمريكا تقول ما تقول، وقال تعالى: إن الشيطان لكم عدو"
    start = text.index("إن الشيطان")
    verse = Span(start, len(text), text[start:])
    assert _polarities(text)["USA"] == "neutral"  # the comma ends the clause anyway
    text2 = "أمريكا إن الشيطان لكم عدو"
    verse2 = Span(7, len(text2), text2[7:])
    assert _polarities(text2)["USA"] == "against"
    assert _polarities(text2, (verse2,))["USA"] == "neutral"
    assert verse.text.startswith("إن")


def test_sentiment_sign_and_range() -> None:
    assert comment_sentiment("الله ينصر فلسطين، نصر قريب وأمل كبير") > 0.5
    assert comment_sentiment("مجرمين وقتلة وخونة، كارثة ومصيبة") < -0.5
    assert comment_sentiment("أعلنت الوزارة موعد الامتحانات") == 0.0
    assert comment_sentiment("ليس مجرم") > 0


def test_lexicon_loads_with_valid_rows() -> None:
    cues = stance_cues()
    assert "يلعن" in cues and all(-1 <= c.weight <= 1 for cs in cues.values() for c in cs)


def test_gold_floor() -> None:
    cases = read_cases(GOLD)
    assert len(cases) >= 60
    assert {c.split for c in cases} == {"dev", "test"}
    # Measured 2026-12-04 (COMM4, 278 cases): dev 0.971, test 0.777 (before the round's
    # changes, the 80 fresh cases included: dev 0.835, test 0.741). 2026-12-03 (COMM3,
    # 198 cases): dev 0.970, test 0.798 (before: dev 0.818, test 0.808). 2026-12-02
    # (COMM2, 158 cases): dev 0.886, test 0.848; before the harm verbs, pronouns,
    # vocatives and relative clauses: dev 0.481, test 0.506.
    assert score(cases, "dev").accuracy >= 0.93
    assert score(cases, "test").accuracy >= 0.75


def test_a_harm_verb_blames_the_doer_not_the_victim() -> None:
    found = _polarities("روسيا دمرت أوكرانيا")
    assert found["RUS"] == "against" and found["UKR"] == "neutral"
    found = _polarities("الميليشيات نهبت ليبيا والسودان ما لهم ذنب")
    assert found["LBY"] == "neutral"


def test_a_second_person_pronoun_is_about_the_one_addressed() -> None:
    found = _polarities("يا تونس يا بلد الزيتون، ربي يحميك")
    assert found["TUN"] == "for"
    found = _polarities("الجزائر قالت كلمتها، يا مغرب الله يحفظك")
    assert found["MAR"] == "for" and found["DZA"] == "neutral"


def test_a_third_person_pronoun_is_about_the_earlier_topic() -> None:
    found = _polarities("الكويت بعثت مساعدات للسودان، الله يعزها")
    assert found["KWT"] == "for" and found["SDN"] == "neutral"
    found = _polarities("عمان استقبلت وفد إيران، شكرا لها")
    assert found["IRN"] == "neutral"
    # the pronoun may sit on the first word of the cue
    found = _polarities("المغرب بعث أطباء لليبيا، جزاهم الله خيرا")
    assert found["MAR"] == "for" and found["LBY"] == "neutral"


def test_a_curse_on_whoever_harms_an_actor_is_for_the_actor() -> None:
    assert _polarities("الله يلعن من خان سوريا")["SYR"] == "for"
    assert _polarities("ربنا لا يسامح ولا يوفق كل من باع لبنان")["LBN"] == "for"
    # no cue verb in the relative clause: the curse is about nobody named
    assert _polarities("الله يلعن من يحب إيران")["IRN"] == "neutral"
    # من as "from" is no relative clause
    assert _polarities("شكرا من القلب للكويت")["KWT"] == "for"
    assert _polarities("شكرا من كل قلبي للجزائر")["DZA"] == "for"
    assert _polarities("تحيا من تونس لكل العرب")["TUN"] == "for"
    # a noun cue before من is no wish: the relative rule is not for it
    assert _polarities("جاءنا الإرهابيين من أنحاء أمريكا")["USA"] == "against"


def test_gods_epithet_is_not_praise() -> None:
    assert _polarities("السوريين تعبوا والله العظيم")["SYR"] == "neutral"
    assert _polarities("المغرب لعب والله مزيان")["MAR"] == "for"


def test_some_words_keep_a_negation_for_themselves() -> None:
    assert _polarities("ما نسينا جرائم بريطانيا في فلسطين")["GBR"] == "against"
    assert _polarities("ما زالت إيران تتآمر علينا")["IRN"] == "against"
    # but a negated falling-short is praise
    assert _polarities("السعودية ما قصرت أبدا")["SAU"] == "for"


def test_a_cue_word_inside_a_place_name_is_not_read() -> None:
    assert _polarities("الأردن أرسل قافلة إلى خان يونس")["JOR"] == "neutral"
    assert _polarities("الأردن خان العرب")["JOR"] == "against"


def test_eval_stance_command(tmp_path: Path) -> None:
    import io
    import json

    from rasd.cli import main

    gold = tmp_path / "cases.jsonl"
    rows = [{"id": "x1", "split": "dev", "text": "الله يلعن إيران", "target": "IRN",
             "polarity": "against"},
            {"id": "x2", "split": "test", "text": "فرنسا أعلنت الميزانية", "target": "FRA",
             "polarity": "for"}]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["eval", "stance", str(gold), "--split", "all", "--errors"],
                out=out, err=err) == 0
    text = out.getvalue()
    assert "cases 2  accuracy 0.500" in text and "x2 FRA gold=for got=neutral" in text
    out = io.StringIO()
    assert main(["eval", "stance", str(gold), "--split", "test"], out=out, err=err) == 0
    assert "cases 1  accuracy 0.000" in out.getvalue()
    assert main(["eval", "stance", str(tmp_path / "none.jsonl")], out=out, err=err) == 1


def test_a_verb_joined_by_and_keeps_the_clause_subject() -> None:
    found = _polarities("أمريكا احتلت العراق ونهبت نفطه")
    assert found["USA"] == "against" and found["IRQ"] == "neutral"
    found = _polarities("الروس في سوريا قتلوا المدنيين")
    assert found["RUS"] == "against" and found["SYR"] == "neutral"
    # an actor of its own after و is the subject
    found = _polarities("إيران تدعم الحوثي والحوثي دمر اليمن")
    assert found["org:houthis"] == "against" and found["IRN"] == "neutral"


def test_a_verb_opening_its_clause_has_the_earlier_subject() -> None:
    found = _polarities("الحوثيين، دمروا اليمن")
    assert found["org:houthis"] == "against" and found["YEM"] == "neutral"
    found = _polarities("تركيا وقفت مع أذربيجان")
    assert found["TUR"] == "for" and found["AZE"] == "neutral"
    # verb first, subject after, no earlier actor
    assert _polarities("ارتكبت إسرائيل مجزرة جديدة")["ISR"] == "against"
    # an earlier actor too: not sure who is meant
    found = _polarities("أمريكا صامتة، ودمرت إسرائيل غزة")
    assert found["USA"] == found["ISR"] == "neutral"


def test_relative_clauses_and_reporters() -> None:
    found = _polarities("مصر تدين المجزرة التي ارتكبتها إسرائيل في رفح")
    assert found["EGY"] == "neutral" and found["ISR"] == "against"
    assert _polarities("نتنياهو الذي قتل الفلسطينيين يجب أن يحاكم")["per:netanyahu"] == "against"
    found = _polarities("الأمم المتحدة توثق جرائم بحق السوريين")
    assert found["org:un"] == found["SYR"] == "neutral"


def test_idioms_holding_their_own_negation() -> None:
    assert _polarities("روسيا لا يهمها غير مصالحها")["RUS"] == "against"
    assert _polarities("الأمم المتحدة ما لها أي فايدة")["org:un"] == "against"


def test_prayers_in_the_imperative() -> None:
    assert _polarities("يارب احفظ الكويت")["KWT"] == "for"
    assert _polarities("اللهم عليك بالأمريكان")["USA"] == "against"
    assert _polarities("الله عليك يا مصر")["EGY"] != "against"  # Egyptian praise
    assert _polarities("اللهم دمر إسرائيل")["ISR"] == "against"


def test_a_negation_negates_one_cue_in_its_own_clause() -> None:
    # the curse's لا is spent on يوفق: the harm verb after it is not praise
    found = _polarities("ربنا لا يوفق حفتر دمر ليبيا")
    assert found["per:haftar"] == "against" and found["LBY"] == "neutral"
    assert _polarities("ربي لا يوفق داعش خربوا الموصل")["org:isis"] == "against"
    # nor does it reach past a comma
    assert _polarities("الله لا يوفقهم ولا يسامحهم، الحوثيين دمروا كل شي")[
        "org:houthis"] == "against"
    assert _polarities("نتنياهو لا سامحه الله")["per:netanyahu"] == "against"


def test_repeated_letters_are_emphasis() -> None:
    assert _polarities("ايراااان راس الشررر")["IRN"] == "against"
    assert _polarities("تحيااا الجزائر")["DZA"] == "for"


def test_exclusion_is_no_negation() -> None:
    assert _polarities("بريطانيا ما يهمها غير مصالحها")["GBR"] == "against"
    assert _polarities("النظام السوري ما يفهم الا لغة القوة")["SYR"] == "against"


def test_how_the_subject_acts_is_about_the_subject() -> None:
    found = _polarities("تركيا تساند فلسطين بالكلام فقط")
    assert found["TUR"] == "against" and found["PSE"] == "neutral"


def test_a_comparison_praises_one_and_faults_the_other() -> None:
    found = _polarities("المغرب أشرف من فرنسا بكثير")
    assert found["MAR"] == "for" and found["FRA"] == "against"
    found = _polarities("روسيا أسوأ من أمريكا")
    assert found["RUS"] == "against" and found["USA"] == "neutral"
    # a plain comparison of sizes is no side
    assert set(_polarities("العراق أكبر من الكويت في المساحة").values()) == {"neutral"}


def test_who_and_where_questions() -> None:
    assert _polarities("منو اللي دمر سوريا غير روسيا؟")["RUS"] == "against"
    assert _polarities("مين اللي فاز بالانتخابات في تركيا؟")["TUR"] == "neutral"
    assert _polarities("أين منظمة التعاون الإسلامي من هذه المجازر؟")["org:oic"] == "against"
    assert _polarities("وين بتنعقد القمة الجاية؟ في قطر؟")["QAT"] == "neutral"


def test_parties_between_which_something_happens() -> None:
    found = _polarities("غلت الأسعار بسبب النزاع بين الهند وباكستان")
    assert found["IND"] == found["PAK"] == "neutral"
    assert _polarities("الغلاء بسبب إيران")["IRN"] == "against"


def test_new_verb_families() -> None:
    assert _polarities("قطر وقفت معنا والإمارات طعنتنا")["ARE"] == "against"
    assert _polarities("إيران تتاجر بدماء الشيعة")["IRN"] == "against"
    assert _polarities("نشكر الكويت على المساعدات")["KWT"] == "for"
    assert _polarities("الجيش اللبناني عاشت ايدهم، حموا الحدود")["org:laf"] == "for"
    assert _polarities("الله يطول في عمر السلطان هيثم بن طارق")["per:haitham"] == "for"
    assert _polarities("الجامعة العربية ما تسوي شي")["org:arableague"] == "against"
