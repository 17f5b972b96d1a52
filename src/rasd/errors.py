"""Error classes. Every error has a stable ``code`` and, where it applies, a ``where``
(``path`` or ``path:line``) so a batch can name exactly what failed and why."""

from __future__ import annotations


class RasdError(Exception):
    """Base class of every error rasd raises on purpose."""

    code = "rasd_error"

    def __init__(self, reason: str, *, where: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


class InputError(RasdError):
    """The input cannot be read as a page (missing, empty, binary, undecodable, too big)."""

    code = "input_error"


class MissingInput(InputError):
    code = "missing"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class InputTooLarge(InputError):
    code = "too_large"


class NotArabic(InputError):
    code = "not_arabic"


class RecordError(InputError):
    """A record of a batch (JSONL line, CSV row) is malformed."""

    code = "bad_record"


class PipelineError(RasdError):
    """A pipeline is assembled wrongly (a stage needs what no earlier stage provides)."""

    code = "pipeline"


class UnreadableInput(InputError):
    """The path exists but cannot be read (permissions, a FIFO, a symlink loop)."""

    code = "unreadable"


class StoreError(RasdError):
    """The database cannot be opened, migrated, read or written."""

    code = "store"


class DataMissing(RasdError):
    """Data rasd needs at run time is not installed (a dependency's data package)."""

    code = "data_missing"


class ExportError(RasdError):
    """An export cannot be written (bad target, missing optional dependency)."""

    code = "export"


class SparkJobError(RasdError):
    """The Spark job cannot start (pyspark missing, bad arguments, output exists)."""

    code = "spark"
