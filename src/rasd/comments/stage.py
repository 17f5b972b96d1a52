"""Stage: comments — what readers say under the article (issue 6, ``docs/schema.md``,
"Comments").

For every parsed comment: personal data to mask (e-mail addresses and phone numbers, in
the comment and its author line), scripture quotes, the actors it names, the reader's
stance toward each and the overall sentiment (scripture left out: it is not the reader's
own words), toxicity (scored on the text with scripture blanked out), the dialect flag,
and which earlier comment it copies; then the article's :class:`CommentSummary`.

Mentions inside a scripture quote or a masked span are dropped: a verse naming مصر is not
the reader talking about Egypt, and an e-mail address is not a place.

When the shipped toxicity model cannot be loaded (missing, or trained for other features)
every other field is still filled: ``toxicity`` stays None and the document carries a
``toxicity_unavailable`` warning, so a broken install shows in every output without
stopping a batch.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import ClassVar

from rasd.comments.dialect import dialect_of
from rasd.comments.duplicates import duplicate_key, duplicate_links
from rasd.comments.hygiene import find_redactions
from rasd.comments.mentions import MentionFinder
from rasd.comments.scripture import ScriptureFinder
from rasd.comments.sentiment import comment_sentiment
from rasd.comments.stance import comment_stance, comment_words
from rasd.comments.summary import summarize
from rasd.comments.toxicity import ModelError, ToxicityClassifier
from rasd.comments.toxicity_features import Word, words_of
from rasd.model import Comment, Document, Entity, Span, Toxicity, Warning
from rasd.text.tokens import tokenize

log = logging.getLogger(__name__)


class CommentAnalyzer:
    """Fill the comment fields and ``comment_summary`` (see module doc). The finders and
    the classifier default to the shipped ones, loaded once per process."""

    name: ClassVar[str] = "comments/1"
    requires: ClassVar[frozenset[str]] = frozenset({"comments", "comments_declared"})
    provides: ClassVar[frozenset[str]] = frozenset({"comments", "comment_summary"})

    def __init__(
        self,
        mentions: MentionFinder | None = None,
        scripture: ScriptureFinder | None = None,
        toxicity: ToxicityClassifier | None = None,
    ) -> None:
        self._mentions = mentions
        self._scripture = scripture
        self._toxicity = toxicity
        self._no_model = False

    @property
    def mention_finder(self) -> MentionFinder:
        if self._mentions is None:
            self._mentions = MentionFinder.load()
        return self._mentions

    @property
    def scripture_finder(self) -> ScriptureFinder:
        if self._scripture is None:
            self._scripture = ScriptureFinder.load()
        return self._scripture

    @property
    def classifier(self) -> ToxicityClassifier | None:
        """The toxicity classifier, or None when the model cannot be loaded (logged)."""
        if self._toxicity is None and not self._no_model:
            try:
                self._toxicity = ToxicityClassifier.load()
            except ModelError as err:
                log.error("comments: no toxicity scores: %s", err)
                self._no_model = True  # tried once per analyzer: do not re-read per comment
        return self._toxicity

    def __call__(self, doc: Document) -> Document:
        known = frozenset(e.kb_id for e in doc.entities if e.kb_id)
        analysed = [self._analyze(doc.text, c, known) for c in doc.comments]
        comments = [c for c, _ in analysed]
        if comments and self.classifier is None:
            doc = replace(doc, warnings=(*doc.warnings, Warning(
                "toxicity_unavailable", "the toxicity model could not be loaded")))
        links = duplicate_links([c.span.text for c in comments],
                                [c.author.text if c.author else None for c in comments],
                                [key for _, key in analysed])
        comments = [replace(c, duplicate_of=d) if d is not None else c
                    for c, d in zip(comments, links, strict=True)]
        return replace(doc, comments=tuple(comments),
                       comment_summary=summarize(comments, doc.comments_declared))

    def analyze(self, page: str, comment: Comment,
                known: frozenset[str] = frozenset()) -> Comment:
        """One comment with its analysis fields filled (``page`` is ``Document.text``;
        ``known``: the KB ids of the article's entities)."""
        return self._analyze(page, comment, known)[0]

    def _analyze(self, page: str, comment: Comment,
                 known: frozenset[str] = frozenset()) -> tuple[Comment, str]:
        """The analysed comment and its duplicate key. The text is tokenised once for
        mentions, stance and sentiment, and split into match keys once for the dialect
        flag and the duplicate key (each used to re-normalise it on its own)."""
        text, off = comment.span.text, comment.span.start
        redactions = find_redactions(text, off)
        if comment.author is not None:
            redactions = find_redactions(comment.author.text, comment.author.start) + redactions
        scripture = self.scripture_finder.find(text, off)
        quoted = [q.span for q in scripture]
        blocked = quoted + [r.span for r in redactions]
        tokens = tokenize(text)
        mentions = tuple(e for e in (
            _keep_mentions(e, blocked) for e in self.mention_finder.find(text, off, tokens, known))
            if e is not None)
        words = comment_words(text, off, quoted, tokens)
        keys = words_of(text)
        return replace(
            comment,
            mentions=mentions,
            scripture=scripture,
            stance=comment_stance(text, mentions, off, prepared=words),
            sentiment=comment_sentiment(text, off, prepared=words),
            toxicity=self._toxicity_of(page, text, off, quoted, keys),
            dialect=dialect_of(text, keys),
            redactions=redactions,
        ), duplicate_key(text, keys)

    def _toxicity_of(
        self, page: str, text: str, off: int, quoted: list[Span], words: list[Word]
    ) -> Toxicity | None:
        """Toxicity of the reader's own words: scripture is blanked with spaces (same
        length, so the classifier's spans stay document offsets) and the spans' texts are
        re-read from the page. ``words``: ``words_of(text)``, the classifier's own words
        when nothing is blanked (most comments), so it does not split the text again."""
        classifier = self.classifier
        if classifier is None:
            return None
        if not quoted:
            return classifier.score(text, off, words)
        own = text
        for q in quoted:
            s, e = q.start - off, q.end - off
            own = own[:s] + " " * (e - s) + own[e:]
        tox = classifier.score(own, off)
        return replace(tox, spans=tuple(Span.of(page, s.start, s.end) for s in tox.spans))


def _keep_mentions(entity: Entity, blocked: list[Span]) -> Entity | None:
    """The entity without mentions overlapping ``blocked`` spans, or None if none is left."""
    kept = tuple(m for m in entity.mentions
                 if not any(m.span.start < b.end and b.start < m.span.end for b in blocked))
    if len(kept) == len(entity.mentions):
        return entity
    if not kept:
        return None
    span = next((m.span for m in kept if m.kind == "name"), kept[0].span)
    return replace(entity, mentions=kept, span=span)
