"""The store fixtures (both engines) for the export tests."""

from tests.store.conftest import store, target

__all__ = ["store", "target"]
