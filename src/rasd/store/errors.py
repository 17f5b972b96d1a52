"""The store's error class, defined with the others in :mod:`rasd.errors` and re-exported
here so store modules import it from their own package."""

from __future__ import annotations

from rasd.errors import StoreError

__all__ = ["StoreError"]
