"""Imported by the parallel ingest's fork server (:mod:`rasd.store.parallel`): importing
this module builds the default pipeline and analyses one sentence, so that the lazily
loaded models and lexicons are in memory before the server forks its workers. Each worker
then starts warm (and shares those pages with its siblings) instead of paying the few
seconds of loading itself. Nothing else should import it: the import is the work."""

from __future__ import annotations

from rasd.analysis import analyze, default_pipeline
from rasd.caches import freeze_loaded

#: A short Arabic sentence that goes through every stage (entities, an event, a quote).
WARM_UP = "قالت الحكومة في بيان إن الشرطة اعتقلت عشرة متظاهرين في العاصمة يوم الأحد."


def warm() -> None:
    default_pipeline()
    analyze(WARM_UP)
    freeze_loaded()  # before the fork: the workers then share these pages untouched


warm()
