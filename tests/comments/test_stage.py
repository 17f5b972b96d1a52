"""The comments/1 stage end to end: every comment field, the summary, the default
pipeline, the text rendering, and the seed page's comment facts (skips without
../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rasd
from rasd.analysis import default_pipeline
from rasd.comments.stage import CommentAnalyzer
from rasd.model import Document
from rasd.render import render_document
from tests.conftest import SEED_DIR, need

#: A page of our own: an article and four comments (a curse with a verse and contact
#: details, a cheer, the same cheer by another reader, an insult).
PAGE = "\n".join([
    "سياسة",
    "",
    "وفد روسي يزور القاهرة لبحث ملف الغاز",
    "",
    "وصل وفد روسي إلى القاهرة أمس لبحث اتفاقيات الغاز مع الحكومة المصرية، وفق بيان رسمي.",
    "",
    "وقال البيان إن المحادثات ستستمر يومين.",
    "",
    "التعليقات (4)",
    "أبو خالد",
    "الأحد، 11-06-2023 09:47 م",
    "الله يلعن روووسيا وكل من يصدقها، قال تعالى: إن الله مع الصابرين. "
    "راسلوني على abu.khaled@example.com أو 0501234567",
    "سلمى",
    "الأحد، 11-06-2023 10:05 م",
    "تحيا مصر، ومرحبا بالتعاون مع الجميع.",
    "مراقب",
    "الأحد، 11-06-2023 10:20 م",
    "تحيا مصر، ومرحبا بالتعاون مع الجميع.",
    "زائر",
    "الأحد، 11-06-2023 11:00 م",
    "يا حمير يا أغبياء، الأمريكان والروس كلهم كلاب",
    "",
])


@pytest.fixture(scope="module")
def doc() -> Document:
    return rasd.analyze(PAGE)


def test_stage_is_in_the_default_pipeline() -> None:
    assert default_pipeline().names[-1] == CommentAnalyzer.name == "comments/1"


def test_every_comment_is_read(doc: Document) -> None:
    curse, cheer, copy, insult = doc.comments
    assert [e.kb_id for e in curse.mentions] == ["iso:RUS"]
    assert [(s.target, s.polarity) for s in curse.stance] == [("RUS", "against")]
    assert [(q.source, q.reference) for q in curse.scripture] == [("quran", "2:153")]
    assert [r.kind for r in curse.redactions] == ["email", "phone"]
    assert curse.sentiment is not None and curse.sentiment < 0
    assert [(s.target, s.polarity) for s in cheer.stance] == [("EGY", "for")]
    assert cheer.duplicate_of is None and copy.duplicate_of == 1
    assert insult.toxicity is not None and insult.toxicity.offensive
    assert cheer.toxicity is not None and not cheer.toxicity.offensive
    assert {c.dialect for c in doc.comments} <= {"msa", "dialect"}
    assert {s.target: s.polarity for s in insult.stance} == {"USA": "against", "RUS": "against"}


def test_spans_index_the_page(doc: Document) -> None:
    for span in doc.spans():
        assert doc.text[span.start:span.end] == span.text


def test_summary(doc: Document) -> None:
    s = doc.comment_summary
    assert s is not None
    assert (s.declared, s.parsed, s.toxic, s.toxic_share, s.duplicates) == (4, 4, 2, 0.5, 1)
    rows = {c.target: (c.against, c.favour, c.neutral) for c in s.stance}
    assert rows == {"RUS": (2, 0, 0), "EGY": (0, 2, 0), "USA": (1, 0, 0)}
    assert [(m.target, m.comments) for m in s.top_mentions[:2]] == [("EGY", 2), ("RUS", 2)]


def test_no_comments_gives_an_empty_summary() -> None:
    doc = rasd.analyze("عنوان\n\nنص الخبر بلا تعليقات.")
    assert doc.comment_summary is not None and doc.comment_summary.parsed == 0


def test_text_rendering_shows_flags_stance_and_summary(doc: Document) -> None:
    out = render_document(doc, "page")
    assert "[toxic" in out and "against RUS" in out and "scripture 2:153" in out
    assert "[copy of #2]" in out and "ردود القراء" in out
    assert "abu.khaled@example.com" not in out and "0501234567" not in out


# --- the seed page --------------------------------------------------------------------


def test_seed_comment_facts() -> None:
    page = need(SEED_DIR / "000_deac851cec9a8270.txt").read_text("utf-8")
    expected = json.loads(need(SEED_DIR / "expected.json").read_text("utf-8"))["comments"]
    doc = rasd.analyze(page)
    assert len(doc.comments) == len(expected)
    for comment, want in zip(doc.comments, expected, strict=True):
        assert comment.author is not None and comment.author.text == want["author"]
        countries = {e.country for e in comment.mentions
                     if e.kb_id is not None and e.kb_id.startswith("iso:")}
        assert countries == set(want["mentions_countries"])
        names = [m.span.text for e in comment.mentions for m in e.mentions]
        for other in want["mentions_other"]:
            assert any(other in n for n in names), other
        for verse in want.get("scripture", []):
            assert any(q.reference == verse["reference"]
                       and q.span.text.startswith(verse["text_starts_with"])
                       for q in comment.scripture)
        against = {s.target for s in comment.stance if s.polarity == "against"}
        assert set(want["stance_against"]) <= against
        assert not {s.target for s in comment.stance if s.polarity == "for"} & against
        assert comment.toxicity is not None and comment.toxicity.offensive == want["toxic"]


def test_seed_second_comment_is_not_against_the_united_states() -> None:
    # The second reader expects the West to back the protests: no side against the USA.
    page = need(SEED_DIR / "000_deac851cec9a8270.txt").read_text("utf-8")
    second = rasd.analyze(page).comments[1]
    assert {s.target: s.polarity for s in second.stance}["USA"] != "against"


def test_fixture_pages_stay_consistent() -> None:
    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.txt"))
    for path in pages:
        doc = rasd.analyze(path.read_text("utf-8"))
        s = doc.comment_summary
        assert s is not None and s.parsed == len(doc.comments)
        for c in doc.comments:
            assert c.toxicity is not None and c.dialect is not None


def test_a_missing_toxicity_model_leaves_a_warning_not_a_failure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.comments import stage as stage_module
    from rasd.comments.toxicity import ModelError

    def broken(cls: object, path: object = None) -> object:
        raise ModelError("no model")

    monkeypatch.setattr(stage_module.ToxicityClassifier, "load", classmethod(broken))
    doc = rasd.analyze(PAGE)
    plain = CommentAnalyzer()(doc)
    assert all(c.toxicity is None for c in plain.comments)
    assert [c.stance for c in plain.comments] == [c.stance for c in doc.comments]
    assert "toxicity_unavailable" in {w.code for w in plain.warnings}
