"""Round-10 rules on the team's own sentences: a toll updated later in a wire story, the
dead of a battle not given to the capture told with it, a revolution's day that dates no
act, a participle call (داعيا), agreements told by their terms, joint patrols, committal
warrants, demolition notices, suspended cooperation, cancelled and scheduled meetings, and
what reports no act (a feddan, a court upholding a verdict, the Rapid Support Forces'
name, a ministry's advice to the public, a treaty's terms)."""

from __future__ import annotations

from datetime import date

from rasd.analysis import analyze
from rasd.model import Event

PUB = date(2026, 7, 15)  # a Wednesday


def events(text: str, published: date = PUB) -> list[Event]:
    return list(analyze(text, published=published).events)


def facts(text: str) -> list[Event]:
    return [e for e in events(text) if not (e.negated or e.future or e.hypothetical)]


def modes(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in facts(text)}


def types(text: str) -> set[str]:
    return {e.type for e in facts(text)}


# --- tolls

def test_a_later_toll_updates_an_open_count() -> None:
    text = ("قتل 12 شخصا على الأقل، صباح اليوم، في قصف مدفعي على سوق شعبي في مدينة كادقلي. "
            "وقال مسؤول في المستشفى إن حصيلة القتلى ارتفعت إلى 17 قتيلا.")
    [attack] = [e for e in events(text) if e.type == "ASSAULT"]
    assert attack.killed is not None and attack.killed.min == 17


def test_a_war_total_is_no_update() -> None:
    text = ("قتل 12 شخصا على الأقل، صباح اليوم، في قصف مدفعي على سوق شعبي في مدينة كادقلي. "
            "وبلغ عدد القتلى منذ بدء الحرب نحو 150 ألف شخص.")
    [attack] = [e for e in events(text) if e.type == "ASSAULT"]
    assert attack.killed is not None and attack.killed.min == 12


def test_the_dead_of_a_battle_are_not_the_captured() -> None:
    text = ("استعاد الجيش، أمس، بلدة الخوي بعد معارك مع المتمردين أسفرت عن مقتل 30 منهم "
            "وأسر 9 آخرين.")
    dead = [e for e in events(text) if e.killed is not None]
    assert dead and all(e.mode != "abduct" for e in dead)


# --- dates

def test_a_revolutions_day_dates_no_act() -> None:
    text = ("أصدر الرئيس، أمس الثلاثاء، قرارا بالعفو عن 900 سجين بمناسبة عيد ثورة "
            "23 يوليو.")
    pardons = [e for e in events(text) if e.type == "CONCEDE"]
    assert pardons and pardons[0].date == date(2026, 7, 14)


# --- acts phrased the way unseen news phrases them

def test_a_participle_call_names_its_recipient() -> None:
    text = "أدان المجلس الهجوم على القافلة، داعيا الحكومة إلى ملاحقة المسؤولين عنه."
    requests = [e for e in events(text) if e.type == "REQUEST"]
    assert requests and requests[0].recipient is not None
    assert "الحكومة" in requests[0].recipient.span.text


def test_an_agreement_told_by_its_terms() -> None:
    text = ("توصل الطرفان، مساء الاثنين في جوبا، بعد جولات من التفاوض إلى اتفاق يقضي بتقاسم "
            "عائدات النفط.")
    assert "AGREE" in types(text)


def test_joint_patrols_and_a_committal_warrant() -> None:
    assert ("COOPERATE", "military") in modes(
        "بدأت القوات التركية والروسية، اليوم، دورياتها المشتركة في ريف الحسكة.")
    assert ("COERCE", "arrest") in modes(
        "أصدر قاضي التحقيق بطاقة إيداع بالسجن في حق ناشط نقابي بتهمة التحريض.")


def test_demolition_notices_threaten() -> None:
    text = "سلمت سلطات الاحتلال، أمس، أصحاب أربعة منازل في سلوان إخطارات بهدمها."
    assert "THREATEN" in types(text)
    assert ("ASSAULT", "destroy") not in modes(text)


def test_suspended_cooperation_is_a_sanction() -> None:
    text = "أعلنت الحكومة تعليق التعاون مع المحكمة الجنائية الدولية اعتبارا من اليوم."
    assert ("SANCTION", "discontinue") in modes(text)


def test_a_cancelled_and_a_scheduled_meeting() -> None:
    cancelled = events("أعلنت الخارجية إلغاء جولة المفاوضات مع الجانب الإثيوبي.")
    assert any(e.type == "CONSULT" and e.negated for e in cancelled)
    scheduled = events("لن تشارك المعارضة في الاجتماع الذي كان مقررا مع الحكومة.")
    assert all(e.future for e in scheduled if e.type == "CONSULT")


# --- mentions that report no act

def test_feddans_and_upheld_verdicts() -> None:
    assert "ACCUSE" not in types("أتلفت الآفة محصول ثلاثة آلاف فدان من القمح هذا الموسم.")
    text = "قضت محكمة الاستئناف بتأييد الحكم الابتدائي بسجن الصحفي ثلاث سنوات."
    assert "SUPPORT" not in types(text)
    assert "SANCTION" in types(text)


def test_the_rapid_support_forces_are_no_support() -> None:
    text = "أكد قائد ميداني في الدعم السريع أن قواته أعادت تموضعها خارج المدينة."
    assert "SUPPORT" not in types(text)


def test_advice_to_the_public_is_no_request() -> None:
    text = "دعت وزارة الطاقة المواطنين إلى ترشيد استهلاك الكهرباء في ساعات الذروة."
    assert "REQUEST" not in types(text)


def test_a_treatys_terms_are_no_acts() -> None:
    text = ("وقع الطرفان أمس اتفاقا للسلام في الدوحة. وينص الاتفاق على انسحاب القوات من "
            "المدن وتبادل الأسرى.")
    assert "RETREAT" not in types(text)
