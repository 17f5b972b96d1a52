"""Server-side failures: logged with their cause, answered ``500 internal`` in the error
shape with no detail for the client."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.store import Store


def _assert_internal(r: Any) -> None:
    # The test client's response class comes from httpx or httpx2, whichever Starlette uses.
    assert r.status_code == 500
    assert r.json() == {"error": {"code": "internal",
                                  "message": "internal error (logged on the server)"}}
    assert "Traceback" not in r.text and "sqlite" not in r.text.lower()


def test_a_store_error_is_500_internal_and_logged(writable_db: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(writable_db)
    with Store.open(writable_db) as store:
        store.db.execute("DROP TABLE incidents")  # a damaged store
    with TestClient(app) as c, caplog.at_level(logging.ERROR, logger="rasd.api"):
        _assert_internal(c.get("/api/stats"))
        assert "no such table: incidents" in caplog.text
        # The rest of the API still answers.
        assert c.get("/api/documents").status_code == 200


def test_a_bug_is_500_internal_with_its_traceback_in_the_log(
        api_db: str, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    from rasd.api import stats

    def broken(db: object) -> dict[str, object]:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(stats, "stats", broken)
    with TestClient(create_app(api_db)) as c, caplog.at_level(logging.ERROR,
                                                                 logger="rasd.api"):
        _assert_internal(c.get("/api/stats"))
    assert "ZeroDivisionError: a bug" in caplog.text
