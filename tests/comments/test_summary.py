"""The article-level reader summary."""

from __future__ import annotations

from rasd.comments.summary import TOP_MENTIONS, summarize
from rasd.model import Comment, Entity, Mention, Span, Stance, Toxicity


def _entity(kb_id: str, name: str, type_: str = "GPE") -> Entity:
    span = Span(0, len(name), name)
    return Entity(span, type_, (Mention(span),), kb_id=kb_id)  # type: ignore[arg-type]


def _comment(targets: list[tuple[str, str, str]], toxic: bool = False,
             duplicate_of: int | None = None) -> Comment:
    span = Span(0, 1, "x")
    return Comment(
        span,
        mentions=tuple(_entity(f"iso:{t}", n) for t, n, _ in targets),
        stance=tuple(Stance(t, n, p, span, -1.0 if p == "against" else 0.0)  # type: ignore[arg-type]
                     for t, n, p in targets),
        toxicity=Toxicity(toxic, 0.9 if toxic else 0.1),
        duplicate_of=duplicate_of,
    )


def test_counts_shares_and_order() -> None:
    comments = [
        _comment([("RUS", "روسيا", "against"), ("USA", "أمريكا", "neutral")], toxic=True),
        _comment([("RUS", "الروس", "against"), ("USA", "أمريكا", "for")]),
        _comment([("KAZ", "كازاخستان", "neutral")], duplicate_of=0),
        _comment([]),
    ]
    s = summarize(comments, declared=5)
    assert (s.declared, s.parsed, s.toxic, s.toxic_share, s.duplicates) == (5, 4, 1, 0.25, 1)
    assert [(c.target, c.against, c.favour, c.neutral) for c in s.stance] == [
        ("RUS", 2, 0, 0), ("USA", 0, 1, 1), ("KAZ", 0, 0, 1)]
    assert s.stance[0].name == "روسيا"  # the first name seen
    assert [(m.target, m.comments) for m in s.top_mentions] == [("RUS", 2), ("USA", 2), ("KAZ", 1)]


def test_no_comments() -> None:
    s = summarize([], declared=None)
    assert (s.parsed, s.toxic, s.toxic_share, s.stance, s.top_mentions) == (0, 0, 0.0, (), ())


def test_a_comment_counts_once_per_actor_and_top_is_capped() -> None:
    many = [(f"A{i:02d}", "x", "neutral") for i in range(TOP_MENTIONS + 5)]
    s = summarize([_comment(many + many[:1])], declared=1)
    assert len(s.top_mentions) == TOP_MENTIONS
    assert all(m.comments == 1 for m in s.top_mentions)


def test_top_mentions_carry_the_usual_spelling() -> None:
    def said(*names: str) -> Comment:
        span = Span(0, 1, "x")
        return Comment(span, mentions=tuple(_entity("gn:283506", n) for n in names))

    s = summarize([said("جنين"), said("جنين", "مخيم جنين"), said("جنين")], declared=None)
    assert [(m.target, m.name, m.comments) for m in s.top_mentions] == [("gn:283506", "جنين", 3)]
