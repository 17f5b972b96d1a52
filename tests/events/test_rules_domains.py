"""Page domains beyond sports (rasd.events.senses.domains): a weather, market, culture, sermon,
health or school page keeps only what such a page can still report; a political page that
mentions rain or a company keeps its events. The team's own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analysis import analyze
from rasd.events import extractor
from rasd.events.senses.domains import DomainPolicy, domain_policies, page_domain
from rasd.model import Event
from rasd.text.tokens import document_tokens

PUB = date(2015, 11, 10)

WEATHER = (
    "توقعت الرئاسة العامة للأرصاد استمرار هطول الأمطار الرعدية على المنطقة الشرقية حتى "
    "نهاية الأسبوع، مع رياح نشطة مثيرة للغبار وارتفاع الأمواج. وأغلقت السلطات الموانئ "
    "أمام حركة الملاحة بعد أن ضربت العاصفة الساحل، ورفع الدفاع المدني حالة التأهب وأجلى "
    "السكان من الأحياء المنخفضة، فيما تنخفض الحرارة إلى خمس درجات مئوية.")
RAINY_RAID = (
    "شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أمس رغم هطول الأمطار وشدة "
    "الرياح، وقال المتحدث باسم قوات التحالف إن الغارات دمرت مخازن أسلحة. وأعلن الجيش "
    "اليمني أن العاصفة لم تمنع قواته من التقدم، فيما أدانت الحكومة اليمنية قصف المسلحين "
    "للأحياء السكنية.")
MARKET = (
    "اشتعلت حرب أسعار بين شركات الاتصالات في السوق، وهبط المؤشر العام للأسهم في "
    "البورصة بعد أن انسحبت السيولة من التداولات وتراجعت أرباح الشركة الفصلية. ووقعت "
    "الشركة اتفاقية تعاون مع مصرف محلي لتمويل العملاء، واتفقت الشركتان على توحيد "
    "الأسعار، فيما أعلنت شركة ثالثة انسحابها من سوق الهواتف بعد تراجع المبيعات.")
FESTIVAL = (
    "افتتح مهرجان المسرح العربي دورته الجديدة بمسرحية تروي معركة المدينة وحصارها، "
    "وقال المخرج إن الفنانين جسدوا الهجوم على القلعة كما ترويه الرواية، فيما قدم "
    "الشاعر قصيدة في الأمسية وعرض الفيلم الفائز بجائزة السينما.")


def events(text: str) -> list[Event]:
    return [e for e in analyze(text, published=PUB).events if not e.negated]


def domain_of(text: str) -> DomainPolicy | None:
    return page_domain(document_tokens(text))


@pytest.fixture
def no_domains(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor without the page-domain gate: the pages' words are still triggers."""
    monkeypatch.setattr(extractor, "page_domain", lambda toks: None)


def test_a_weather_page_whose_storm_closes_ports_has_no_event() -> None:
    policy = domain_of(WEATHER)
    assert policy is not None and policy.domain == "weather"
    assert events(WEATHER) == []


@pytest.mark.parametrize("page", [WEATHER, MARKET])
def test_the_pages_propose_events_without_the_gate(no_domains: None, page: str) -> None:
    # the storm's relief and the company's withdrawal are read as acts
    assert events(page)


def test_the_plays_siege_is_a_works_content_even_without_the_gate(no_domains: None) -> None:
    # assault22: the play's battle (work_content) and its siege (violence_references's work
    # reading for COERCE) are the play's content, read without the culture gate too
    assert events(FESTIVAL) == []


def test_a_political_page_that_mentions_rain_keeps_its_events() -> None:
    assert domain_of(RAINY_RAID) is None
    assert "ASSAULT" in {e.type for e in events(RAINY_RAID)}


def test_a_market_pages_price_war_is_no_event() -> None:
    policy = domain_of(MARKET)
    assert policy is not None and policy.domain == "economy"
    assert events(MARKET) == []


def test_a_festivals_battle_is_no_event() -> None:
    policy = domain_of(FESTIVAL)
    assert policy is not None and policy.domain == "culture"
    assert events(FESTIVAL) == []


def test_every_gated_domain_has_a_policy_and_vocabulary() -> None:
    from rasd.events.lexicon import domain_words

    words = domain_words()
    assert {"weather", "economy", "culture", "religion", "health", "education"} \
        <= set(domain_policies())
    assert set(domain_policies()) <= set(words)
    assert "politics" in words  # the counterweight
