"""rasd (رصد): Arabic news to a searchable, geocoded record of political events."""

from rasd.analysis import analyze, default_pipeline
from rasd.model import Document, Span

__all__ = ["Document", "Span", "__version__", "analyze", "default_pipeline"]
__version__ = "0.1.0"
