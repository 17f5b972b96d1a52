"""``rasd serve``: loopback by default, the token from the environment, uvicorn started
with the app (uvicorn itself is replaced: no socket is opened)."""

from __future__ import annotations

import argparse
import io
from typing import Any

import pytest

from rasd import cli_serve


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rasd")
    cli_serve.add_serve_command(parser.add_subparsers(dest="command"))
    return parser.parse_args(["serve", *argv])


def test_defaults_bind_loopback() -> None:
    args = _parse(["--db", "x.db"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "x.db")
    assert args.func is cli_serve.cmd_serve


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_bad_ports_are_usage_errors(port: str) -> None:
    with pytest.raises(SystemExit):
        _parse(["--port", port])


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> tuple[int, dict[str, Any], str]:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    err = io.StringIO()
    rc = cli_serve.cmd_serve(_parse(argv), io.StringIO(), err)
    return rc, seen, err.getvalue()


def test_serve_runs_the_app_without_writes(monkeypatch: pytest.MonkeyPatch,
                                           api_db: str) -> None:
    monkeypatch.delenv(cli_serve.TOKEN_ENV, raising=False)
    rc, seen, err = _run(monkeypatch, ["--db", api_db, "--port", "8123"])
    assert rc == 0 and seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.rasd.token is None
    assert "http://127.0.0.1:8123/" in err and "writes disabled" in err


def test_serve_takes_the_token_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                    api_db: str) -> None:
    monkeypatch.setenv(cli_serve.TOKEN_ENV, "tok")
    rc, seen, err = _run(monkeypatch, ["--db", api_db])
    assert rc == 0 and seen["app"].state.rasd.token == "tok"
    assert "writes enabled" in err and "tok" not in err.replace("token", "")


def test_an_unopenable_store_is_reported(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Any) -> None:
    rc, seen, err = _run(monkeypatch, ["--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert rc == 1 and not seen and "rasd: error:" in err
