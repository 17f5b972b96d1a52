"""The entity stage: named entities linked to the knowledge base, with role phrases,
nationality adjectives, capital metonymy and in-document coreference."""

from rasd.entities.linker import NAME_KINDS, EntityLinker

__all__ = ["NAME_KINDS", "EntityLinker"]
