"""Bootstrap interval of the NER headline over the items of a team-written set.

``rasd eval ner`` prints one micro F1 over PER/LOC/ORG; how far that figure would move on
another sample of the same kind of news is what the bar of issue 4 needs. This script tags
the gold file exactly as ``rasd eval ner`` does (the shipped model, the entity stage or
``--tagger-only``, ``CONTEXT_SENTENCES`` sentences a text), reads every prediction on the
gold tokens (the token-aligned headline of :mod:`rasd.evaluation.ner`), sums gold,
predicted and correct names per item (a news item or passage: its sentences are drawn
together, since names repeat within an item) and resamples the items with replacement.

    python scripts/ner_bootstrap.py tests/gold/ner/team2.bio --items tests/gold/ner/team2.jsonl
    python scripts/ner_bootstrap.py tests/gold/ner/team.bio --passages   # the first set
    ... --tagger-only     # the CRF tagger alone
    ... --errors          # every sentence where gold and prediction differ, for reading

The totals are checked against :func:`rasd.evaluation.ner.evaluate_sentences` on the
same predictions, so the interval is around the very figure the CLI prints.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.evaluation.ner import (
    CORE_TYPES,
    Entity,
    Tagger,
    evaluate_sentences,
    tag_blocks,
    token_entities,
)
from rasd.ner.conll import ConllSentence, read_conll
from rasd.ner.doc import CONTEXT_SENTENCES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_gold_tokens  # a sibling script, not part of the package

#: Bootstrap draws, as for the first set's interval in docs/quality.md.
DRAWS = 2000
#: The bar of issue 4 (entity-level micro F1 over PER/LOC/ORG).
BAR = 0.80


@dataclass(frozen=True, slots=True)
class Judged:
    """One gold sentence with its gold and predicted names on its tokens."""

    sentence: ConllSentence
    gold: frozenset[Entity]
    predicted: frozenset[Entity]


def tag_sentences(sentences: Sequence[ConllSentence], tagger: Tagger,
                  context: int = CONTEXT_SENTENCES) -> list[Judged]:
    """Tag ``context`` sentences at a time as ``rasd eval ner`` does; keep the core types
    (PER/LOC/ORG) read on the gold tokens."""
    out: list[Judged] = []
    for sentence, got in tag_blocks(list(sentences), tagger, context):
        gold = {(r.start, r.end, str(r.label)) for r in sentence.runs()}
        pred = token_entities(sentence.joined().offsets, set(got))
        out.append(Judged(sentence,
                          frozenset(e for e in gold if e[2] in CORE_TYPES),
                          frozenset(e for e in pred if e[2] in CORE_TYPES)))
    return out


def per_item(judged: Sequence[Judged], sizes: Sequence[int]) -> list[tuple[int, int, int]]:
    """(gold, predicted, correct) per item, ``sizes`` being each item's sentence count."""
    if sum(sizes) != len(judged):
        raise ValueError(f"{sum(sizes)} sentences in the items, {len(judged)} in the gold")
    out: list[tuple[int, int, int]] = []
    pos = 0
    for n in sizes:
        chunk = judged[pos:pos + n]
        pos += n
        out.append((sum(len(j.gold) for j in chunk), sum(len(j.predicted) for j in chunk),
                    sum(len(j.gold & j.predicted) for j in chunk)))
    return out


def f1(counts: Sequence[tuple[int, int, int]]) -> float:
    gold = sum(c[0] for c in counts)
    pred = sum(c[1] for c in counts)
    ok = sum(c[2] for c in counts)
    return 2 * ok / (gold + pred) if gold + pred else 0.0


def bootstrap(counts: Sequence[tuple[int, int, int]], draws: int = DRAWS,
              seed: int = 0) -> list[float]:
    """Micro F1 of ``draws`` resamples of the items (with replacement), sorted."""
    rng = random.Random(seed)
    n = len(counts)
    return sorted(f1([counts[rng.randrange(n)] for _ in range(n)]) for _ in range(draws))


def show_errors(judged: Sequence[Judged], names: Sequence[str]) -> None:
    """Print each sentence whose gold and predicted names differ, with the item id."""
    for j, name in zip(judged, names, strict=True):
        if j.gold == j.predicted:
            continue
        tokens = j.sentence.tokens
        print(f"{name}  {' '.join(tokens)}")
        for e in sorted(j.gold - j.predicted):
            print(f"    missed  {e[2]}:{' '.join(tokens[e[0]:e[1]])}")
        for e in sorted(j.predicted - j.gold):
            print(f"    wrong   {e[2]}:{' '.join(tokens[e[0]:e[1]])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--items", type=Path, help="the JSONL the gold was cut from")
    group.add_argument("--passages", action="store_true",
                       help="the gold is team.bio, cut from the events passages")
    parser.add_argument("--tagger-only", action="store_true")
    parser.add_argument("--draws", type=int, default=DRAWS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)

    from rasd.cli_ner import EntityStageTagger, entity_stage
    from rasd.ner.tagger import NerTagger

    rows = (ner_gold_tokens.read_items(args.items) if args.items
            else ner_gold_tokens.select_passages())
    sizes = [len(list(ner_gold_tokens.sentences(str(r["text"])))) for r in rows]
    names = [str(r["id"]) for r, n in zip(rows, sizes, strict=True) for _ in range(n)]
    ner = NerTagger.load(None)
    linker = None if args.tagger_only else entity_stage(ner)
    tagger: Tagger = ner if linker is None else EntityStageTagger(linker)
    sentences = read_conll(args.gold)
    judged = tag_sentences(sentences, tagger)
    counts = per_item(judged, sizes)
    report = evaluate_sentences(sentences, tagger, context=CONTEXT_SENTENCES)
    core = report.token_core
    assert core is not None
    total = (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))
    if total != (core.gold, core.predicted, core.correct):
        raise SystemExit(f"per-item totals {total} differ from the report's "
                         f"{(core.gold, core.predicted, core.correct)}")
    if args.errors:
        show_errors(judged, names)
    draws = bootstrap(counts, args.draws, args.seed)
    low = draws[int(0.025 * len(draws))]
    high = draws[int(0.975 * len(draws)) - 1]
    below = sum(d < BAR for d in draws) / len(draws)
    what = "tagger alone" if linker is None else "entity stage"
    print(f"{args.gold} ({what}): {len(rows)} items, gold {total[0]}, predicted "
          f"{total[1]}, correct {total[2]}; micro P/L/O F1 {f1(counts):.4f}; "
          f"{len(draws)} draws over items: 95% interval {low:.4f}-{high:.4f}, "
          f"{below:.1%} of draws below {BAR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
