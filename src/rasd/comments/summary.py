"""The readers' reaction to one article: how many comments, how heated, whom they blame or
back, whom they name (``Document.comment_summary``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.comments.stance import stance_target
from rasd.model import Comment, CommentSummary, Entity, MentionCount, StanceCount

#: How many of the most mentioned actors the summary lists.
TOP_MENTIONS = 10


def mention_key(entity: Entity) -> str:
    """The id a mention is counted under: the stance target (``RUS``, ``org:nato``) when
    the entity is an actor, else its KB id, else its name."""
    return stance_target(entity) or entity.kb_id or entity.span.text


def _usual_form(forms: Counter[str]) -> str:
    """The spelling readers used most for one target (the first seen on a tie): ``جنين``,
    not the KB id ``gn:283506``."""
    return forms.most_common(1)[0][0]


def summarize(comments: Sequence[Comment], declared: int | None) -> CommentSummary:
    """The summary of analysed ``comments``; ``declared`` is the count the page states.

    Stance counts are per actor over comments (a comment counts once per actor), most
    discussed actor first (comments taking a side, then all comments naming it);
    top mentions count comments, not mentions, so one long comment does not dominate.
    """
    parsed = len(comments)
    toxic = sum(1 for c in comments if c.toxicity is not None and c.toxicity.offensive)
    duplicates = sum(1 for c in comments if c.duplicate_of is not None)
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    order = {"against": 0, "for": 1, "neutral": 2}
    for c in comments:
        for st in c.stance:
            row = counts.setdefault(st.target, [0, 0, 0])
            row[order[st.polarity]] += 1
            names.setdefault(st.target, st.name)
    stance = sorted(
        (StanceCount(t, names[t], a, f, n) for t, (a, f, n) in counts.items()),
        key=lambda s: (-(s.against + s.favour), -(s.against + s.favour + s.neutral), s.target))
    mentioned: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for c in comments:
        keys = set()
        for e in c.mentions:
            key = mention_key(e)
            keys.add(key)
            forms.setdefault(key, Counter())[e.span.text] += 1
        mentioned.update(keys)
    top = [MentionCount(key, _usual_form(forms[key]), n) for key, n in
           sorted(mentioned.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_MENTIONS]]
    return CommentSummary(
        declared=declared, parsed=parsed, toxic=toxic,
        toxic_share=round(toxic / parsed, 3) if parsed else 0.0,
        duplicates=duplicates, stance=tuple(stance), top_mentions=tuple(top))
