"""CRF features for NER: what each word is, what surrounds it, and what a gazetteer says.

Feature extraction dominates tagging time, so everything that depends on one word only
(its forms, affixes, shape, length, trigger classes) and its rendering as seen from each
neighbouring position is computed once per distinct word and cached; a sentence is then
assembled by concatenating cached lists, plus the few features that depend on two words
(bigrams), on the position, or on the sentence (multi-word triggers, gazetteer labels).

Templates (``o`` is a relative offset):
  own word   ``w`` normalised form, ``b`` clitic-stripped base, ``c`` clitics, ``p1..p4`` /
             ``s1..s4`` base prefixes/suffixes, ``sh`` shape, ``ln`` length, ``vr`` long-vowel
             share, ``t`` trigger
             and name-list classes, ``k1``/``k2`` coarse/fine word cluster (``rare`` for
             words too rare to cluster, the shape for numbers and punctuation);
  o = ±1     ``w b c sh s2 t k1 k2`` of the neighbour; o = ±2: ``w b t k1``;
  topic      ``T:SPORT``-style marks when the sentence has a ``TOPIC_`` cue word, alone and
             with the word's coarse cluster and gazetteer label;
  bigrams    ``w-1|w0`` and ``w0|w+1`` on normalised forms;
  position   ``BOS``/``EOS`` on the first/last word, ``-1BOS``-style padding beyond edges;
  gazetteer  ``g`` (``B-LOC``, ``I-ORG`` ...) for the word and its ±1 neighbours;
  document   what the word's other occurrences in the text say (:mod:`rasd.ner.doc`);
  dictionary ``dict=``/``dictb=``: the entity labels the word's form and base carried in the
             training data, for models trained with :mod:`rasd.ner.dictionary` (optional).
Changing a template changes :data:`FEATURE_VERSION`; the model card records it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Final

from rasd.ner.clusters import CLUSTER_FILE, CLUSTER_PACKAGE, load_clusters
from rasd.ner.dictionary import NameDictionary
from rasd.ner.doc import context_of, document_features, word_key
from rasd.ner.triggers import LEXICON_FILES, LEXICON_PACKAGE, TriggerLexicon, load_triggers
from rasd.ner.words import Word

FEATURE_VERSION: Final = "ner-features/6"

#: Distinct words whose features are kept; news vocabularies are Zipfian, so a cache this
#: size serves nearly every token of a long crawl while staying well under 100 MB.
MAX_CACHED_WORDS: Final = 200_000

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_LATIN = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PUNCT = re.compile(r"[^\w\s]+")

#: Offsets whose view of a word is cached, and the label each view's features carry.
#: (±3 views were dropped in ner-features/6: they cost time and did not help dev F1.)
_OFFSETS: Final = (-2, -1, 1, 2)  # FeatureExtractor.sentence unrolls this order
_OFFSET_LABEL: Final = {-2: "-2", -1: "-1", 1: "+1", 2: "+2"}
#: Per view, in :data:`_OFFSETS` order: whether it is a near one (±1, which also sees the
#: clitics, shape, suffix and fine cluster), and its feature-name prefixes (``k1= w= b= c=
#: sh= s2= k2= t=`` behind the offset label), joined once rather than once per word type.
_VIEW_PREFIXES: Final = tuple(
    (o in (-1, 1), tuple(_OFFSET_LABEL[o] + name
                         for name in ("k1=", "w=", "b=", "c=", "sh=", "s2=", "k2=", "t=")))
    for o in _OFFSETS)

#: Prefix of the domain-specific copy of each feature of another domain's training
#: examples (:mod:`rasd.ner.train`, ``adapt``); tagging never produces it.
DOMAIN_PREFIX: Final = "src:"

#: Lexicon classes named ``TOPIC_X`` mark a sentence's subject (sport, business): a city's
#: name in a match report is usually its club, in a market report its bourse.
TOPIC_PREFIX: Final = "TOPIC_"


def resources_digest() -> str:
    """SHA-256 over the data files features are made from (lexicons, clusters).

    A model is only valid with the data it was trained with; the card stores this digest
    and the tagger warns when the shipped files have changed since.
    """
    digest = hashlib.sha256()
    files = [(LEXICON_PACKAGE, name) for name in LEXICON_FILES]
    files.append((CLUSTER_PACKAGE, CLUSTER_FILE))
    for package, name in files:
        ref = resources.files(package).joinpath(name)
        digest.update(name.encode())
        digest.update(ref.read_bytes() if ref.is_file() else b"-")
    return digest.hexdigest()


def shape(norm: str) -> str:
    """Script/shape class of a normalised token."""
    if _ARABIC.fullmatch(norm):
        return "AR"
    if _NUMBER.fullmatch(norm):
        return "NUM"
    if _LATIN.fullmatch(norm):
        return "LAT"
    if _PUNCT.fullmatch(norm):
        return "PUNCT"
    return "MIX"


def length_bucket(n: int) -> str:
    # Arabic names cluster in 3-7 letters; beyond 8 every length behaves alike.
    return str(n) if n < 8 else "8+"


#: The long-vowel letters, counted one by one with ``str.count`` (in C).
_LONG_VOWELS: Final = ("ا", "و", "ي")


def vowel_ratio_bucket(base: str) -> str:
    """Share of long-vowel letters (ا و ي), in fifths.

    Transliterated foreign names spell their vowels out (``فولكسفاغن``, ``يوكانان``) where
    Arabic words mostly leave them unwritten, so a high share hints at a name.
    """
    if not base:
        return "-"
    vowels = sum(map(base.count, _LONG_VOWELS))
    return str(min(4, 5 * vowels // len(base)))


def pseudo_cluster(word_shape: str) -> tuple[str, str]:
    label = "rare" if word_shape in ("AR", "LAT", "MIX") else word_shape
    return label, label


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """The features of one word type: its own, and how its neighbours see it."""

    own: tuple[str, ...]
    views: tuple[tuple[str, ...], ...]  # as seen from each of _OFFSETS
    topics: tuple[str, ...]
    cluster: str  # coarse cluster, for topic conjunctions
    doc_key: str | None  # rasd.ner.doc.word_key
    doc_classes: tuple[str, ...]  # rasd.ner.doc.context_classes


class FeatureExtractor:
    """Turns a sentence of :class:`Word` into CRFsuite attribute lists."""

    def __init__(
        self,
        triggers: TriggerLexicon | None = None,
        clusters: dict[str, tuple[str, str]] | None = None,
        known: frozenset[str] | None = None,
        dictionary: NameDictionary | None = None,
    ) -> None:
        """``known``: when given (a trained model's attributes), features outside it are
        dropped, which changes no prediction but saves CRFsuite most of its input.
        ``dictionary``: the labels words carried in training (:mod:`rasd.ner.dictionary`),
        for models trained with it."""
        self.triggers = triggers if triggers is not None else load_triggers()
        self.clusters = clusters if clusters is not None else load_clusters()
        self.known = known
        self.dictionary = dictionary
        self._cache: dict[tuple[str, str, str], WordFeatures] = {}

    def sentence(
        self,
        words: Sequence[Word],
        gazetteer: Sequence[str | None] | None = None,
        doc: Sequence[list[str]] | None = None,
    ) -> list[list[str]]:
        """One attribute list per word; ``gazetteer`` gives a BIO label (or None) per word,
        ``doc`` its document-level features (:func:`rasd.ner.doc.document_features`)."""
        n = len(words)
        if n == 0:
            return []
        cache = self._cache
        table = [cache.get((w.norm, w.clitics, w.base)) or self._word(w) for w in words]
        extras = self.extras(words, [f.topics for f in table], [f.cluster for f in table],
                             gazetteer, doc)
        known = self.known
        out: list[list[str]] = []
        for i in range(n):
            feats = list(table[i].own)  # cached lists are already filtered by `known`
            # The views of the neighbours, in the order of _OFFSETS = (-2, -1, 1, 2).
            if i >= 2:
                feats += table[i - 2].views[0]
            if i >= 1:
                feats += table[i - 1].views[1]
            if i + 1 < n:
                feats += table[i + 1].views[2]
                if i + 2 < n:
                    feats += table[i + 2].views[3]
            extra = extras[i]
            feats += extra if known is None else [f for f in extra if f in known]
            out.append(feats)
        return out

    def extras(
        self,
        words: Sequence[Word],
        topics: Sequence[tuple[str, ...]],
        clusters: Sequence[str],
        gazetteer: Sequence[str | None] | None = None,
        doc: Sequence[list[str]] | None = None,
    ) -> list[list[str]]:
        """Per word, the features that are no function of one word type: bigrams, sentence
        edges, multi-word triggers, gazetteer labels, topic conjunctions and document
        features. ``topics`` and ``clusters``: each word's :attr:`WordFeatures.topics` and
        :attr:`WordFeatures.cluster`. Shared by :meth:`sentence` (training, CRFsuite) and
        the compiled scorer (:mod:`rasd.ner.emissions`), so both see the same features."""
        n = len(words)
        norms = [w.norm for w in words]
        pairs = [norms[i] + "|" + norms[i + 1] for i in range(n - 1)]
        multi = self.triggers.scan_multi(words) if self.triggers.multi else {}
        sentence_topics = sorted({t for word_topics in topics for t in word_topics})
        out: list[list[str]] = []
        for i in range(n):
            extra = ["w-1|w0=" + pairs[i - 1]] if i >= 1 else ["BOS", "-1PAD"]
            if i + 1 < n:
                extra.append("w0|w+1=" + pairs[i])
            else:
                extra += ["EOS", "+1PAD"]
            add_context(extra, i, multi, gazetteer, sentence_topics, clusters[i])
            if doc is not None:
                extra += doc[i]
            out.append(extra)
        return out

    def document(
        self, words: Sequence[Word], gazetteer: Sequence[str | None] | None = None
    ) -> list[list[str]]:
        """Document-level features of every word of one text (see :mod:`rasd.ner.doc`)."""
        table = [self._word(w) for w in words]
        return document_features([f.doc_key for f in table], [f.doc_classes for f in table],
                                 gazetteer, self.clusters)

    def _word(self, word: Word) -> WordFeatures:
        key = (word.norm, word.clitics, word.base)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) >= MAX_CACHED_WORDS:
                self._cache.clear()
            cached = self._cache[key] = self.word_features(word)
        return cached

    def word_features(self, word: Word) -> WordFeatures:
        """Everything about ``word`` that depends on its type only (uncached).

        Run once per word type by training and :meth:`sentence` (the tagger reads the same
        weights without the strings: :mod:`rasd.ner.type_scores`, which must follow any
        change here), so the feature names are joined from prefixes built once
        (:data:`_VIEW_PREFIXES`) and the trigger classes are looked up once for the own
        features, the views and the document-level classes."""
        norm, clitics, base = word.norm, word.clitics, word.base
        classes = self.triggers.classes_of(norm, base)
        sh = shape(norm)
        s2 = base[-2:]
        own = [
            "bias",
            "w=" + norm,
            "b=" + base,
            "c=" + clitics,
            "p1=" + base[:1],
            "p2=" + base[:2],
            "p3=" + base[:3],
            "s1=" + base[-1:],
            "s2=" + s2,
            "s3=" + base[-3:],
            "p4=" + base[:4],
            "s4=" + base[-4:],
            "sh=" + sh,
            "ln=" + length_bucket(len(base)),
            "vr=" + vowel_ratio_bucket(base),
        ]
        if classes:
            own += ["t=" + c for c in classes]
        # A word the cluster corpus saw fewer than a handful of times is rare in news,
        # which is itself a hint at a name: it gets the pseudo-cluster "rare".
        cluster = self.clusters.get(base) or pseudo_cluster(sh)
        k1, k2 = cluster[0], cluster[1]
        own += ["k1=" + k1, "k2=" + k2]
        if self.dictionary is not None:
            own += self.dictionary.features(norm, base)
        views: list[tuple[str, ...]] = []
        for near, (pk1, pw, pb, pc, psh, ps2, pk2, pt) in _VIEW_PREFIXES:
            view = [pk1 + k1, pw + norm, pb + base]
            if near:
                view += [pc + clitics, psh + sh, ps2 + s2, pk2 + k2]
            if classes:
                view += [pt + c for c in classes]
            views.append(tuple(view))
        topics = tuple("T:" + c[len(TOPIC_PREFIX):] for c in classes if c.startswith(TOPIC_PREFIX))
        if self.known is not None:
            known = self.known
            own = [f for f in own if f in known]
            views = [tuple(f for f in view if f in known) for view in views]
        doc_classes = context_of(classes)
        return WordFeatures(tuple(own), tuple(views), topics, cluster[0],
                             word_key(word, doc_classes), doc_classes)


def add_context(
    extra: list[str], i: int, multi: dict[int, tuple[str, ...]] | None,
    gazetteer: Sequence[str | None] | None, topics: Sequence[str], cluster: str,
) -> None:
    """Append position ``i``'s multi-word trigger, gazetteer-label and topic features, in
    the order the model was trained with (shared by :meth:`FeatureExtractor.extras` and the
    compiled scorer, :mod:`rasd.ner.emissions`)."""
    if multi:
        add_multi(extra, multi, i)
    if gazetteer is not None:
        tag = gazetteer[i]
        if tag is not None:
            extra.append("g=" + tag)
        if i > 0 and gazetteer[i - 1] is not None:
            extra.append("-1g=" + str(gazetteer[i - 1]))
        if i + 1 < len(gazetteer) and gazetteer[i + 1] is not None:
            extra.append("+1g=" + str(gazetteer[i + 1]))
    for topic in topics:
        extra += [topic, topic + "|k1=" + cluster]
        if gazetteer is not None and gazetteer[i] is not None:
            extra.append(topic + "|g=" + str(gazetteer[i]))


def add_multi(feats: list[str], multi: dict[int, tuple[str, ...]], i: int) -> None:
    """Append position ``i``'s multi-word trigger features (``multi``: what
    :meth:`TriggerLexicon.scan_multi` found in the sentence), its own and its neighbours'."""
    for o in (0, *_OFFSETS):
        classes = multi.get(i + o)
        if classes:
            label = "" if o == 0 else _OFFSET_LABEL[o]
            feats.extend(label + "t=" + c for c in classes)
