"""Named-entity recognition: a CRF tagger over Arabic news text.

``NerTagger.load().tag(text)`` finds PERSON / ORG / LOC / MISC mentions in raw text with
the model shipped in ``rasd/data/models/ner.crfsuite`` (its card ``ner.json`` says how it
was trained and how well it scores); :func:`rasd.ner.train.train_ner` trains a new one and
:func:`rasd.evaluation.ner.evaluate_ner` scores one on a CoNLL file.
"""

from rasd.ner.tagger import MentionType, NerMention, NerTagger

__all__ = ["MentionType", "NerMention", "NerTagger"]
