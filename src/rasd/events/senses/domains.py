"""Page domains beyond sports: a weather, market, culture, sermon, health or school page
keeps only the triggers such a page can still report as political acts.

On real news (the audit of ``tests/gold/events/real_news.tsv``) a large share of the false
events sit on pages that are not political news: a storm that *attacks* a coast, a *war*
of prices, a festival's *battle*, a sermon's *killing*. The vocabulary that marks each
domain is data (``modifiers.tsv`` rows of kind ``domain``), as is what a page of the
domain may still report (``domain_policy.tsv``). A page is of a domain only when it uses
:data:`DOMAIN_CUES` distinct words of it and more than :data:`POLITICS_RATIO` times as many
as of the political vocabulary (the ``politics`` row): a political page that mentions rain
or a company keeps its events.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from rasd.datafiles import tsv_rows
from rasd.events.lexicon import DATA_PACKAGE, LexiconError, domain_words
from rasd.events.matcher import Match
from rasd.text.tokens import Token

log = logging.getLogger(__name__)

#: Distinct words of a domain's vocabulary a page needs: on the audit's dev articles two
#: words also catch political pages (a minister's visit to a school, a report on oil
#: revenues); from three on, the pages are the section's own.
DOMAIN_CUES = 3
#: The domain's distinct words must outnumber the political ones (``politics`` row) by
#: this factor: at 1.0 sermons that comment on a war and market pages on sanctions still
#: lost true events on the dev articles; at 1.5 almost only the section's own pages remain.
POLITICS_RATIO = 1.5
#: Domains of modifiers.tsv with no policy of this module: sports (the extractor's own rule)
#: and the political counterweight.
NOT_GATED = frozenset({"sports", "politics"})
POLITICS = "politics"


@dataclass(frozen=True, slots=True)
class DomainPolicy:
    """What a page of ``domain`` may still report: triggers of at least ``min_weight``
    whose type is not in ``drop_types`` or whose mode is in ``keep_modes``."""

    domain: str
    min_weight: float
    drop_types: frozenset[str]
    keep_modes: frozenset[str]

    def keeps(self, match: Match) -> bool:
        """Whether the trigger ``match`` can still make an event on such a page."""
        t = match.trigger
        return t.weight >= self.min_weight and (
            t.type not in self.drop_types or t.mode in self.keep_modes)


@cache
def domain_policies() -> dict[str, DomainPolicy]:
    """Domain → its policy (``domain_policy.tsv``)."""
    out: dict[str, DomainPolicy] = {}
    for lineno, cols in tsv_rows(DATA_PACKAGE, "domain_policy.tsv"):
        if len(cols) < 4:
            raise LexiconError(f"domain_policy.tsv:{lineno}: bad row")
        name, weight, types, modes = cols[:4]
        out[name] = DomainPolicy(name, float(weight), _names(types), _names(modes))
    return out


def _names(cell: str) -> frozenset[str]:
    return frozenset(n.strip() for n in cell.split(",") if n.strip())


@cache
def _word_domains() -> dict[str, tuple[str, ...]]:
    """Cue word → the domains whose vocabulary lists it: one probe per token instead of one
    per token and domain (every page of a crawl is read)."""
    out: dict[str, list[str]] = {}
    for name, words in domain_words().items():
        for word in words:
            out.setdefault(word, []).append(name)
    return {w: tuple(names) for w, names in out.items()}


@dataclass(frozen=True, slots=True)
class PageWords:
    """The distinct words of a page: normalised forms, bases, and (form, base) pairs. The
    page-level vocabulary tests (sports, domains) look at distinct words only, and building
    these sets runs in C where a test per token ran in Python."""

    norms: frozenset[str]
    bases: frozenset[str]
    pairs: frozenset[tuple[str, str]]


_NORM_BASE = itemgetter(3, 5)  # Token.norm, Token.base


def page_words(toks: Iterable[Token]) -> PageWords:
    """The :class:`PageWords` of the page's tokens."""
    pairs = frozenset(map(_NORM_BASE, toks))
    return PageWords(frozenset(map(itemgetter(0), pairs)),
                     frozenset(map(itemgetter(1), pairs)), pairs)


def page_domain(toks: Iterable[Token] | PageWords) -> DomainPolicy | None:
    """The policy of the page's domain, or None for political news (and sports, which the
    extractor gates itself): the domain with most distinct cue words, when it has at least
    :data:`DOMAIN_CUES` and more than :data:`POLITICS_RATIO` times the political ones."""
    words = toks if isinstance(toks, PageWords) else page_words(toks)
    index = _word_domains()
    if index.keys().isdisjoint(words.norms) and index.keys().isdisjoint(words.bases):
        return None  # no cue word at all: every count is 0
    policies = domain_policies()
    seen: dict[str, set[str]] = {name: set() for name in domain_words()}
    for norm, base in words.pairs:
        by_norm = index.get(norm, ())
        for name in by_norm:
            seen[name].add(norm)
        for name in index.get(base, ()):
            if name not in by_norm:  # the word itself counts before its base
                seen[name].add(base)
    counts = {name: len(cues) for name, cues in seen.items()
              if name in policies and name not in NOT_GATED}
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])
    politics = len(seen.get(POLITICS, ()))
    if counts[best] < DOMAIN_CUES or counts[best] <= POLITICS_RATIO * politics:
        return None
    log.debug("page domain %s (%d words, %d political)", best, counts[best], politics)
    return policies[best]
