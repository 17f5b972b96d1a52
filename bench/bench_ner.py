"""NER benchmark: quality on the dev splits and tagging speed on news text.

    PYTHONPATH=src .venv/bin/python bench/bench_ner.py [--model PATH] [--texts N]

Quality: the model's entity-level scores on the ANERcorp dev split (the last 10% of
anercorp-train.txt, the block training held out) and on AQMAR dev, each tagged from raw
text: ANERcorp dev both with :data:`CONTEXT_SENTENCES` consecutive sentences as one text
(an article's worth, what document-level features and name spreading need) and one
sentence at a time. Speed: words per second on the first N SaudiNewsNet articles, split
into the stages that make up ``NerTagger.tag`` (word splitting, gazetteer labels,
features, compiled CRF, name spreading), with the same sentences also featurised as
attribute strings and tagged by CRFsuite for comparison; one process, one core. Needs
../shared/data; prints markdown tables.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rasd.evaluation.ner import NerReport, evaluate_ner, evaluate_sentences
from rasd.ner.conll import read_conll, split_tail
from rasd.ner.consistency import propagate_names
from rasd.ner.doc import CONTEXT_SENTENCES
from rasd.ner.tagger import NerTagger, default_model_path
from rasd.ner.words import sentence_chunks

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANERCORP = DATA / "ner" / "anercorp-train.txt"
AQMAR_DEV = DATA / "ner" / "aqmar-dev.bio"
NEWS = DATA / "news" / "saudinewsnet-3000.jsonl"
DEV_FRACTION = 0.1


def quality(tagger: NerTagger) -> list[NerReport]:
    reports: list[NerReport] = []
    if ANERCORP.exists():
        _, dev = split_tail(read_conll(ANERCORP), DEV_FRACTION)
        reports.append(evaluate_sentences(
            dev, tagger, source=f"ANERcorp dev (last 10%), {CONTEXT_SENTENCES} sentences a text",
            context=CONTEXT_SENTENCES))
        reports.append(evaluate_sentences(
            dev, tagger, source="ANERcorp dev (last 10%), each sentence alone"))
    if AQMAR_DEV.exists():
        reports.append(evaluate_ner(AQMAR_DEV, tagger))
    return reports


def speed(tagger: NerTagger, n_texts: int) -> dict[str, float]:
    """Time ``n_texts`` articles stage by stage, then another ``n_texts`` end to end.

    A first, untimed set of ``n_texts`` articles warms the per-word caches the way a long
    crawl does; the two timed sets are disjoint from it and from each other, so no timed
    article benefits from having been seen before.
    """
    with NEWS.open(encoding="utf-8") as handle:
        every = [json.loads(line)["text"] for line in handle]
    warm, texts, others = (every[k * n_texts:(k + 1) * n_texts] for k in range(3))
    for text in warm:
        tagger.tag(text)
        # the string-feature cache of the CRFsuite comparison path warms up the same way
        words = tagger.split_words(text)
        tagger.features.document(
            words, tagger.labeler(text, words) if tagger.labeler is not None else None)

    timings = {"split": 0.0, "gazetteer": 0.0, "features": 0.0, "crf": 0.0, "spread": 0.0,
               "crfsuite": 0.0}
    n_words = 0
    clock = time.perf_counter
    scorer = tagger.scorer
    for text in texts:
        t0 = clock()
        words = tagger.split_words(text)
        t1 = clock()
        gaz = tagger.labeler(text, words) if tagger.labeler is not None else None
        t2 = clock()
        # features: per-type records (cached) and document features; crf: the per-position
        # features, emission sums and Viterbi of the compiled model (rasd.ner.emissions)
        scored = scorer.words(words)
        doc = scorer.document(scored, gaz)
        weights = scorer.document_weights(doc)
        chunks = sentence_chunks(text, words)
        t3 = clock()
        labels = [y for a, b in chunks
                  for y in scorer.tag(words[a:b], scored[a:b],
                                      gaz[a:b] if gaz is not None else None,
                                      doc_weights=weights[a:b])]
        t4 = clock()
        propagate_names(words, labels, tagger.features.triggers)
        t5 = clock()
        # The same sentences through attribute strings and CRFsuite, as before compiling.
        old = [y for a, b in chunks
               for y in tagger.model.tag(tagger.features.sentence(
                   words[a:b], gaz[a:b] if gaz is not None else None, doc[a:b]))]
        t6 = clock()
        if old != labels:
            print(f"warning: CRFsuite and the compiled model disagree on {len(words)} words",
                  file=sys.stderr)
        timings["spread"] += t5 - t4
        timings["split"] += t1 - t0
        timings["gazetteer"] += t2 - t1
        timings["features"] += t3 - t2
        timings["crf"] += t4 - t3
        timings["crfsuite"] += t6 - t5
        n_words += len(words)

    t0 = clock()
    n_mentions = sum(len(tagger.tag(text)) for text in others)
    end_to_end = clock() - t0
    return {
        "texts": len(texts),
        "words": n_words,
        "MB": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
        "e2e_texts": len(others),
        "e2e_words": sum(len(tagger.split_words(t)) for t in others),
        "e2e_MB": sum(len(t.encode("utf-8")) for t in others) / 1e6,
        "mentions": n_mentions,
        "end_to_end_s": end_to_end,
        **{f"{k}_s": v for k, v in timings.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument("--texts", type=int, default=500,
                        help="articles per set (warm-up, staged, end to end)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is not available: nothing to benchmark", file=sys.stderr)
        return 1
    tagger = NerTagger.from_card(args.model)
    print(f"model: {args.model} (words: {tagger.splitter_name}, "
          f"gazetteer: {tagger.labeler.name if tagger.labeler else 'none'})\n")

    for report in quality(tagger):
        print(f"### {report.source}: {report.sentences} sentences, {report.tokens} tokens\n")
        print("| type | gold | pred | P | R | F1 |\n|---|---:|---:|---:|---:|---:|")
        for s in (*report.per_type, report.micro_core, report.micro_all):
            print(f"| {s.type} | {s.gold} | {s.predicted} | {s.precision:.3f} | "
                  f"{s.recall:.3f} | {s.f1:.3f} |")
        print()

    if NEWS.exists():
        s = speed(tagger, args.texts)
        words = s["words"]
        stages = ("split", "gazetteer", "features", "crf", "spread")
        staged = sum(s[f"{k}_s"] for k in stages)
        print(f"### Speed: {s['texts']:.0f} SaudiNewsNet articles, {words:.0f} words, "
              f"{s['MB']:.2f} MB, one core\n")
        print("| stage | seconds | words/s |\n|---|---:|---:|")
        for k in stages:
            sec = s[f"{k}_s"]
            rate = f"{words / sec:,.0f}" if sec > 0 else "-"
            print(f"| {k} | {sec:.2f} | {rate} |")
        own = s["features_s"] + s["crf_s"] + s["spread_s"]
        print(f"| features + crf + spread (the tagger's own work) | {own:.2f} | "
              f"{words / own:,.0f} |")
        print(f"| all stages | {staged:.2f} | {words / staged:,.0f} |")
        print(f"| (for comparison: string features + CRFsuite instead of crf) | "
              f"{s['crfsuite_s']:.2f} | {words / s['crfsuite_s']:,.0f} |")
        print(f"\n`tag()` end to end on {s['e2e_texts']:.0f} other articles "
              f"({s['e2e_words']:.0f} words, {s['e2e_MB']:.2f} MB): {s['end_to_end_s']:.2f} s, "
              f"{s['e2e_words'] / s['end_to_end_s']:,.0f} words/s, "
              f"{s['e2e_MB'] / s['end_to_end_s']:.2f} MB/s, {s['mentions']:.0f} mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
