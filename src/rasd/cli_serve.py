"""``rasd serve``: the REST API and the dashboard over a store (docs/api.md).

Binds to loopback by default: the API has no user accounts, only an optional write token,
so exposing it (``--host 0.0.0.0``) is a deliberate choice. Writes (``POST
/api/documents``) are enabled only when ``$RASD_API_TOKEN`` is set.
"""

from __future__ import annotations

import argparse
import os
from typing import Any, Final, TextIO

from rasd.cli_output import EXIT_FAILURES, EXIT_OK
from rasd.store.errors import StoreError

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000
#: Environment variable holding the bearer token writes need.
TOKEN_ENV: Final = "RASD_API_TOKEN"


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from e
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {port}")
    return port


def cmd_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import uvicorn

    from rasd.api import create_app

    token = os.environ.get(TOKEN_ENV) or None
    try:
        app = create_app(args.db, token=token)
    except StoreError as e:
        print(f"rasd: error: {e} [{e.code}]", file=err)
        return EXIT_FAILURES
    writes = ("writes enabled with the bearer token" if token
              else f"writes disabled: set {TOKEN_ENV} to enable them")
    print(f"rasd: serving {args.db} on http://{args.host}:{args.port}/ ({writes})",
          file=err, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                server_header=False)
    return EXIT_OK


def add_serve_command(sub: Any) -> None:
    """Register ``rasd serve`` on the top-level subparsers."""
    p = sub.add_parser("serve", help="serve the REST API and the dashboard over a store")
    p.add_argument("--db", default=os.environ.get("RASD_DB") or "rasd.db",
                   help="SQLite file or postgresql:// URL (default rasd.db or $RASD_DB)")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to bind (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT,
                   help=f"TCP port (default {DEFAULT_PORT})")
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"],
                   help="uvicorn's log level (default info)")
    p.set_defaults(func=cmd_serve)
