"""Token features of the learned event-trigger proposer (issue 5).

The proposer is a CRFsuite sequence tagger over the tokens of a sentence: BIO labels whose
class is the PLOVER type (``B-ASSAULT``, ``I-ASSAULT``, ``O``), trained on the gold
passages' evidence spans. Its features are what a lexicon rule cannot generalise from: the
word's clitic-free base, its affixes and the NER word clusters (so ``قصفت`` carries what
was learned about ``دكت`` when both sit in one cluster), plus whether the trigger lexicon
knows the word as the first word of a row and for which type (the rules' own opinion, so
the model learns where they are reliable), the neighbours within two tokens and where the
sentence lies in the passage.

This module holds the features, the gold BIO labels and the reading of a tagged sentence
into proposals; ``scripts/event_proposer_cv.py`` measures the proposer with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.events.matcher import first_hits
from rasd.model import Span
from rasd.ner.clusters import load_clusters
from rasd.text.tokens import Token, document_tokens

#: Bump when a feature changes: a model trained on other features is refused.
FEATURE_VERSION: Final = 1
#: Neighbours within this many tokens contribute their word, base and lexicon type.
WINDOW: Final = 2
#: Affix lengths of the base (Arabic inflection lives in 1-3 letter prefixes and suffixes).
AFFIXES: Final = (2, 3)
#: Sentence index buckets: the headline/lead (0, 1) report the main act, later sentences
#: background and reactions.
_SENT_BUCKETS: Final = ((0, "s0"), (1, "s1"), (3, "s2-3"), (7, "s4-7"))


def sentence_tokens(text: str, sentences: Sequence[Span]) -> list[list[Token]]:
    """The tokens of each sentence span (document tokens whose start lies in it)."""
    toks = document_tokens(text)
    out: list[list[Token]] = []
    i = 0
    for s in sentences:
        while i < len(toks) and toks[i].start < s.start:
            i += 1
        sent: list[Token] = []
        while i < len(toks) and toks[i].start < s.end:
            sent.append(toks[i])
            i += 1
        out.append(sent)
    return out


def lexicon_types(norm: str) -> tuple[str, ...]:
    """The PLOVER types of the trigger rows a word may start (``block`` for block rows),
    sorted and deduplicated."""
    types = {("block" if e.trigger.block else e.trigger.type) for e in first_hits(norm)}
    return tuple(sorted(types))


def _word_attrs(tok: Token, clusters: dict[str, tuple[str, str]]) -> list[str]:
    if tok.kind != "word":
        return [f"k={tok.kind}", f"w={tok.norm if tok.kind != 'number' else '<num>'}"]
    base = tok.base
    attrs = [f"w={tok.norm}", f"b={base}", f"c={tok.clitics}"]
    attrs += [f"p{n}={base[:n]}" for n in AFFIXES if len(base) > n]
    attrs += [f"x{n}={base[-n:]}" for n in AFFIXES if len(base) > n]
    k = clusters.get(base)
    attrs += [f"k1={k[0]}", f"k2={k[1]}"] if k else ["k1=rare"]
    lex = lexicon_types(tok.norm)
    attrs += [f"lex={t}" for t in lex] or ["lex=none"]
    return attrs


def _sent_bucket(index: int) -> str:
    for limit, name in _SENT_BUCKETS:
        if index <= limit:
            return name
    return "s8+"


def sentence_features(toks: Sequence[Token], sent_index: int) -> list[list[str]]:
    """CRFsuite attribute lists, one per token of a sentence."""
    clusters = load_clusters()
    own = [_word_attrs(t, clusters) for t in toks]
    short = [[a for a in attrs if a[:2] in ("w=", "b=", "k=") or a.startswith("lex=")]
             for attrs in own]
    sb = _sent_bucket(sent_index)
    out: list[list[str]] = []
    for i, attrs in enumerate(own):
        feats = ["bias", f"sent={sb}", f"pos={min(i, 5)}", *attrs]
        for d in range(-WINDOW, WINDOW + 1):
            if d == 0:
                continue
            j = i + d
            if 0 <= j < len(toks):
                feats += [f"{d}:{a}" for a in short[j]]
            else:
                feats.append(f"{d}:edge")
        # the lexicon's opinion of the pair (word, next word) catches phrase rows
        if i + 1 < len(own):
            feats.append(f"lexpair={own[i][-1]}|{own[i + 1][-1]}")
        out.append(feats)
    return out


def bio_labels(toks: Sequence[Token], spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """BIO labels of a sentence's tokens from typed character spans ``(type, start, end)``:
    each span marks the tokens it overlaps; where two spans overlap the earlier one wins."""
    labels = ["O"] * len(toks)
    for typ, s, e in spans:
        inside = [i for i, t in enumerate(toks) if t.start < e and s < t.end and labels[i] == "O"]
        for k, i in enumerate(inside):
            labels[i] = ("B-" if k == 0 else "I-") + typ
    return labels


def chunks(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """The maximal runs of one type in a tagged sentence: ``(type, first, last)`` token
    indices. A ``B-`` label, or an ``I-`` label of another type, starts a new run."""
    out: list[tuple[str, int, int]] = []
    for i, lab in enumerate(labels):
        if lab == "O":
            continue
        bio, _, typ = lab.partition("-")
        if bio == "I" and out and out[-1][0] == typ and out[-1][2] == i - 1:
            out[-1] = (typ, out[-1][1], i)
        else:
            out.append((typ, i, i))
    return out
