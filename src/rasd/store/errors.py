"""The store's error class (kept here until it joins :mod:`rasd.errors`)."""

from __future__ import annotations

from rasd.errors import RasdError


class StoreError(RasdError):
    """The database cannot be opened, migrated, read or written."""

    code = "store"
