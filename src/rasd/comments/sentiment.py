"""The overall tone of a reader comment, -1 (negative) .. +1 (positive).

Every stance cue (``data/comments/stance.tsv``) and every sentiment word
(``data/comments/sentiment.tsv``) in the reader's own words counts with its weight, a
negation before it flipping the sign; scripture the comment quotes is left out. The score
is ``(positive - negative) / (positive + negative + SENTIMENT_DAMPING)``: one word alone
moves a comment only part of the way, a comment full of one kind of word nears ±1.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.comments.stance import CommentWords, comment_words
from rasd.comments.stance_cues import sentiment_hits
from rasd.model import Span
from rasd.text.tokens import Token

#: Added to the denominator so that a single evaluative word gives ±0.5, not ±1: one word
#: is thin evidence for the tone of a whole comment.
SENTIMENT_DAMPING = 1.0


def comment_sentiment(
    text: str,
    offset: int = 0,
    exclude: Sequence[Span] = (),
    tokens: Sequence[Token] | None = None,
    prepared: CommentWords | None = None,
) -> float:
    """The sentiment of ``text`` (at document offset ``offset``) without the ``exclude``
    spans (document offsets)."""
    cw = prepared if prepared is not None else comment_words(text, offset, exclude, tokens)
    weights = [h.weight for h in cw.cues]
    weights += [w for _, w in sentiment_hits(cw.words, cw.skip)]
    positive = sum(w for w in weights if w > 0)
    negative = -sum(w for w in weights if w < 0)
    return round((positive - negative) / (positive + negative + SENTIMENT_DAMPING), 3)
