"""PLOVER events: the ontology (plover.tsv) and the extractor that fills ``Document.events``.

The spine, in the order a page goes through it: :mod:`~rasd.events.extractor` (the stage) →
:mod:`~rasd.events.readings` and :mod:`~rasd.events.matcher` (trigger rows of
:mod:`~rasd.events.lexicon` over a sentence's tokens) → :mod:`~rasd.events.gates` (matches that
report nothing) → :mod:`~rasd.events.sentence_events` (the events one sentence tells) and
:mod:`~rasd.events.sentence_folds` → :mod:`~rasd.events.merge` (one event per act of the page,
joining tellings whose participants, places, dates and tolls agree:
:mod:`~rasd.events.tellings_agree`).
The readings those steps ask are grouped by the question they answer:

- :mod:`rasd.events.syntax` — clauses, modifier cues and modes around a trigger;
- :mod:`rasd.events.senses` — what a trigger word means on this page (no event, another type);
- :mod:`rasd.events.actors` — who did it to whom, and on whose word;
- :mod:`rasd.events.dates` — when; :mod:`rasd.events.location` — where;
- :mod:`rasd.events.casualties` — how many killed, injured or arrested, and in which event;
- :mod:`rasd.events.folds` — one act told with several words in one sentence;
- :mod:`rasd.events.retellings` — one act told again across the page;
- :mod:`rasd.events.learned` — the candidate filter and its blind bank.
"""

from rasd.events.extractor import EventExtractor

__all__ = ["EventExtractor"]
