"""The knowledge base of places and actors, and the gazetteer that finds them in text.

Data files live in ``rasd/data/kb`` (built by ``scripts/build_kb.py``; ``docs/kb.md``).
"""

from rasd.kb.gazetteer import Gazetteer, GazetteerMatch, Resolution, disambiguate
from rasd.kb.model import ENTITY_TYPES, SECTORS, EntityType, KBEntry, Precision, Sense, name_key
from rasd.kb.store import KnowledgeBase, add_user_entries, search, user_kb_path

__all__ = [
    "ENTITY_TYPES",
    "SECTORS",
    "EntityType",
    "Gazetteer",
    "GazetteerMatch",
    "KBEntry",
    "KnowledgeBase",
    "Precision",
    "Resolution",
    "Sense",
    "add_user_entries",
    "disambiguate",
    "name_key",
    "search",
    "user_kb_path",
]
