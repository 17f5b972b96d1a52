"""Lexicons for reader-comment analysis (rasd.comments)."""
