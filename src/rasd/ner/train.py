"""Training the CRF NER model (``rasd train ner FILES... --out PATH``).

The dev split is the LAST ``dev_fraction`` of the FIRST file's sentences, one contiguous
block: whole articles the model never saw, an honest estimate of its accuracy on unseen
news (a random sentence split would share articles, names and all, with training). Any
further files are training data only.

With ``adapt`` the further files are another domain (AQMAR's Wikipedia beside ANERcorp's
news) and their examples get the feature augmentation of Daumé (2007, "Frustratingly easy
domain adaptation"), source side: every feature of theirs appears twice, as itself and
with :data:`rasd.ner.features.DOMAIN_PREFIX`. The shared copy learns what both domains
agree on; the prefixed copy absorbs what only the other domain does (its MISC-heavy
annotation, encyclopaedic style), so it does not pull the news weights. Tagging never
produces a prefixed feature, so the news model is the shared weights alone (the compiled
tagger does not even load the others: :class:`rasd.ner.compiled.CompiledCrf`). Plain
concatenation of AQMAR lowered held-out F1; the augmentation raised it (``docs/quality.md``).

Each training sentence goes through the same path as text at tagging time: its tokens are
joined with spaces, re-split by the word splitter, the gold tags projected onto those
words, cut into the tagger's chunks, and featurised. The model therefore never sees a
tokenisation or a sentence boundary the tagger would not produce.

Training is deterministic: L-BFGS has no randomness, and ``seed`` fixes the order the
sentences are given to CRFsuite, so the same files, parameters and seed give the same
model.

With ``refit`` the recipe is scored as above, then trained again on ALL the sentences (dev
block included) and that model is written: the usual last step once a recipe is chosen,
worth it here because the learning curve is still steep (dev micro F1 P/L/O 0.762 from the
first 80% of ANERcorp's train span, 0.788 from 90%). The card then keeps the held-out
scores of the recipe, says ``refit``, and ``rasd eval ner`` warns when asked to score such
a model on sentences it was trained on.
"""

from __future__ import annotations

import hashlib
import logging
import random
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Literal

from rasd.evaluation.ner import NerReport, block_text, evaluate_sentences
from rasd.ner.card import CardData, CardScore, ModelCard, card_path
from rasd.ner.conll import ConllSentence, read_conll, split_tail
from rasd.ner.crf import DEFAULT_C1, DEFAULT_C2, DEFAULT_MAX_ITER, CrfParams, fit_crf
from rasd.ner.dictionary import FOLDS, MIN_COUNT, NameDictionary, dictionary_path
from rasd.ner.doc import CONTEXT_SENTENCES
from rasd.ner.features import DOMAIN_PREFIX, FEATURE_VERSION, FeatureExtractor, resources_digest
from rasd.ner.gazetteer import GazetteerLabeler, kb_labeler
from rasd.ner.tagger import NerTagger
from rasd.ner.words import (
    Word,
    WordSplitter,
    project_spans,
    resolve_splitter,
    sentence_chunks,
)

log = logging.getLogger(__name__)

DEFAULT_SEED: Final = 13
DEFAULT_DEV_FRACTION: Final = 0.1

GazetteerChoice = Literal["auto", "none"] | GazetteerLabeler


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What training produced: the model, its card and its dev-split scores."""

    model_path: Path
    card_path: Path
    card: ModelCard
    dev: NerReport | None


@dataclass(frozen=True, slots=True)
class _Example:
    xseq: list[list[str]]
    yseq: list[str]


def train_ner(
    train_files: Sequence[str | Path],
    *,
    out_path: str | Path,
    dev_fraction: float = DEFAULT_DEV_FRACTION,
    seed: int = DEFAULT_SEED,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iter: int = DEFAULT_MAX_ITER,
    min_freq: int = 1,
    gazetteer: GazetteerChoice = "auto",
    word_splitter: str | None = None,
    context: int = CONTEXT_SENTENCES,
    notes: Sequence[str] = (),
    refit: bool = False,
    adapt: bool = False,
    name_dictionary: bool = False,
) -> TrainReport:
    """Train a NER model on CoNLL files, score it on the dev split and write model + card.

    ``gazetteer``: ``"auto"`` uses the KB gazetteer when :mod:`rasd.kb` is importable,
    ``"none"`` trains without gazetteer features, or pass a labeler. ``word_splitter``:
    ``None`` for the text layer's tokenizer when present (else built-in), or a name from
    :mod:`rasd.ner.words`. ``context``: consecutive sentences joined into one text (the
    document the tagger sees) in training and dev scoring. ``notes`` go into the model card
    as they are. ``refit``: after scoring the dev split, retrain on every sentence and
    write that model (see the module doc). ``adapt``: the files after the first are
    another domain, their features augmented (module doc). ``name_dictionary``: add the
    out-of-fold dictionary features (:mod:`rasd.ner.dictionary`; an experiment, off by
    default).
    """
    if not train_files:
        raise ValueError("no training files given")
    out = Path(out_path)
    params = CrfParams(c1=c1, c2=c2, max_iter=max_iter, min_freq=min_freq)
    splitter_name, split_words = resolve_splitter(word_splitter)
    labeler = kb_labeler() if gazetteer == "auto" else None if gazetteer == "none" else gazetteer

    data: list[CardData] = []
    train: list[ConllSentence] = []
    dev: list[ConllSentence] = []
    for k, path in enumerate(train_files):
        sentences = read_conll(path)
        head, tail = split_tail(sentences, dev_fraction) if k == 0 else (sentences, [])
        train.extend(head)
        dev.extend(tail)
        # the card names the corpus file, not where it lay on the training machine
        data.append(CardData(Path(path).name, len(head), _tokens(head), len(tail),
                             _tokens(tail)))
        log.info("%s: %d training and %d dev sentences", path, len(head), len(tail))

    refit = refit and bool(dev)
    with tempfile.TemporaryDirectory(prefix="rasd-ner-") as tmp:
        scored = Path(tmp) / out.name if refit else out
        started = time.perf_counter()
        names = _fit(train, split_words, labeler, params, seed, context, scored,
                     data[0].train_sentences if adapt else None, name_dictionary)
        seconds = time.perf_counter() - started
        tagger = NerTagger(scored, splitter=splitter_name, labeler=labeler, dictionary=names)
        report = evaluate_sentences(dev, tagger, source=f"dev split of {train_files[0]}",
                                    context=context) if dev else None
    if refit:
        # The held-out model was scored; the model kept sees the dev block too. The first
        # file's sentences stay in their order, so this is the dev_fraction=0 model.
        started = time.perf_counter()
        head_size = data[0].train_sentences
        everything = [*train[:head_size], *dev, *train[head_size:]]
        names = _fit(everything, split_words, labeler, params, seed, context, out,
                     head_size + len(dev) if adapt else None, name_dictionary)
        seconds += time.perf_counter() - started
        tagger = NerTagger(out, splitter=splitter_name, labeler=labeler, dictionary=names)
    card = ModelCard(
        model_file=out.name,
        sha256=hashlib.sha256(out.read_bytes()).hexdigest(),
        created=datetime.now(UTC).strftime("%Y-%m-%d"),
        feature_version=FEATURE_VERSION,
        resources=resources_digest(),
        word_splitter=splitter_name,
        gazetteer=labeler.name if labeler is not None else None,
        seed=seed,
        dev_fraction=dev_fraction,
        split=(f"dev = the last {dev_fraction:.0%} of the first file's sentences as one "
               "contiguous block (whole unseen articles); everything else trains; "
               f"{context} consecutive sentences make one text"
               + ("; dev_scores are the held-out model's, the model written was then "
                  "retrained on every sentence, dev block included (refit)" if refit else "")),
        params={**asdict(params), "context_sentences": context,
                **({"refit": True} if refit else {}),
                **({"adapt": True} if adapt and len(data) > 1 else {}),
                **({"name_dictionary_min_count": MIN_COUNT} if name_dictionary else {})},
        data=tuple(data),
        dev_scores=_card_scores(report) if report is not None else (),
        train_seconds=round(seconds, 1),
        model_bytes=out.stat().st_size,
        labels=tuple(sorted(tagger.model.labels())),
        notes=tuple(notes),
    )
    cpath = card_path(out)
    card.write(cpath)
    return TrainReport(out, cpath, card, report)


def _fit(
    sentences: Sequence[ConllSentence], split_words: WordSplitter,
    labeler: GazetteerLabeler | None, params: CrfParams, seed: int, context: int, out: Path,
    other_from: int | None = None, name_dictionary: bool = False,
) -> NameDictionary | None:
    """Train a model on ``sentences`` (``context`` of them per text) and write it.

    ``other_from``: the sentences from this index on are another domain; their texts are
    cut apart from the first domain's and their features augmented (module doc).
    ``name_dictionary``: add the dictionary features (:mod:`rasd.ner.dictionary`), each
    tenth of the first domain's texts featurised with the other tenths' dictionary, the
    other domain with the whole first domain's; that whole dictionary is written beside
    ``out`` and returned."""
    base = FeatureExtractor()
    cut = len(sentences) if other_from is None else other_from
    texts = [_prepare(sentences[k:min(k + context, cut)], split_words, labeler)
             for k in range(0, cut, context)]
    others = [_prepare(sentences[k:k + context], split_words, labeler)
              for k in range(cut, len(sentences), context)]
    full: NameDictionary | None = None
    extractors = [base] * len(texts)
    if name_dictionary:
        # Contiguous parts (whole articles), as the dev block is: a name repeated within an
        # article must not vouch for itself.
        part = [i * FOLDS // len(texts) for i in range(len(texts))]
        full = NameDictionary.build(_tagged(texts))
        folds = [FeatureExtractor(base.triggers, base.clusters, dictionary=NameDictionary.build(
            _tagged([t for t, p in zip(texts, part, strict=True) if p != f])))
            for f in range(FOLDS)]
        extractors = [folds[p] for p in part]
        full.write(dictionary_path(out))
    examples = [ex for text, extractor in zip(texts, extractors, strict=True)
                for ex in _featurise(text, extractor)]
    other_extractor = base if full is None else FeatureExtractor(
        base.triggers, base.clusters, dictionary=full)
    for text in others:
        for ex in _featurise(text, other_extractor):
            ex.xseq[:] = [[*x, *[DOMAIN_PREFIX + f for f in x]] for x in ex.xseq]
            examples.append(ex)
    random.Random(seed).shuffle(examples)
    fit_crf([e.xseq for e in examples], [e.yseq for e in examples], params, out)
    return full


@dataclass(frozen=True, slots=True)
class _Text:
    """Consecutive sentences joined into one text, split into words, gold labels projected."""

    text: str
    words: list[Word]
    labels: list[str]
    gazetteer: list[str | None] | None


def _tagged(texts: Sequence[_Text]) -> Iterable[tuple[Word, str]]:
    return ((w, label) for t in texts for w, label in zip(t.words, t.labels, strict=True))


def _prepare(
    block: Sequence[ConllSentence], split_words: WordSplitter,
    labeler: GazetteerLabeler | None,
) -> _Text:
    """Consecutive sentences joined by newlines into one text, as evaluation does
    (:func:`rasd.evaluation.ner.block_text`), so document-level features see the same
    context in training as in evaluation."""
    text, starts = block_text(block)
    words = split_words(text)
    spans = [
        (base + joined.offsets[r.start][0], base + joined.offsets[r.end - 1][1], r.label)
        for sentence, base in zip(block, starts, strict=True)
        for joined in (sentence.joined(),)
        for r in sentence.runs()
    ]
    labels = [tag or "O" for tag in project_spans(spans, words)]
    gazetteer = labeler(text, words) if labeler is not None else None
    return _Text(text, words, labels, gazetteer)


def _featurise(t: _Text, extractor: FeatureExtractor) -> list[_Example]:
    """One example per tagger chunk of a prepared text."""
    words, gazetteer = t.words, t.gazetteer
    doc = extractor.document(words, gazetteer)
    out: list[_Example] = []
    for a, b in sentence_chunks(t.text, words):
        xseq = extractor.sentence(words[a:b], gazetteer[a:b] if gazetteer is not None else None,
                                  doc[a:b])
        out.append(_Example(xseq, t.labels[a:b]))
    return out


def _tokens(sentences: Sequence[ConllSentence]) -> int:
    return sum(len(s.tokens) for s in sentences)


def _card_scores(report: NerReport) -> tuple[CardScore, ...]:
    rows = (*report.per_type, report.micro_core, report.micro_all)
    return tuple(
        CardScore(s.type, round(s.precision, 4), round(s.recall, 4), round(s.f1, 4), s.gold,
                  s.predicted)
        for s in rows
    )
