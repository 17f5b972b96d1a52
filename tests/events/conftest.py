"""The rule tests (``test_rules*``, ``test_extractor``) check what the trigger rules propose,
so they run with the learned candidate filter off; the seed facts and the evaluation tests
run the whole stage, filter included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasd.events.learned.candidate_filter import filter_disabled

RULE_MODULES = ("test_rules", "test_extractor")


@pytest.fixture(autouse=True)
def _rules_without_filter(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.module.__name__.rsplit(".", 1)[-1].startswith(RULE_MODULES):
        with filter_disabled():
            yield
    else:
        yield
