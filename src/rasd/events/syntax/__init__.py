"""Clauses, modifier cues and modes of a sentence: what the words around a trigger say about it."""
