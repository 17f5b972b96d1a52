"""The REST API of ``rasd serve`` (docs/api.md): :func:`create_app` builds the FastAPI
application over a store."""

from rasd.api.app import create_app

__all__ = ["create_app"]
