"""The page files of a directory tree or a ZIP archive, in name order: hidden entries and
:data:`~rasd.io.sniff.SKIPPED_SUFFIXES` passed over, symbolic-link loops broken, and
entries that cannot be read reported as failures rather than dropped."""

from __future__ import annotations

import logging
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from rasd.errors import MissingInput, UnreadableInput
from rasd.io.records import RecordFailure, os_failure
from rasd.io.sniff import SKIPPED_SUFFIXES, suffix_of

log = logging.getLogger(__name__)


@dataclass(slots=True)
class WalkCounts:
    """What a directory walk passed over, for the "no pages here" message."""

    hidden: int = 0
    skipped: int = 0


def is_page_member(info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return False
    parts = info.filename.split("/")
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return False
    return suffix_of(parts[-1]) not in SKIPPED_SUFFIXES


def walk(root: str, counts: WalkCounts, seen: set[tuple[int, int]]) -> Iterator[
        str | RecordFailure]:
    """Page files under ``root`` in name order (files and subdirectories interleaved),
    following symbolic links but never into a directory already visited."""
    try:
        info = os.stat(root)
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(root) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield RecordFailure(root, os_failure(exc, root))
        return
    for entry in entries:
        if entry.name.startswith("."):
            counts.hidden += 1
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            yield RecordFailure(entry.path, os_failure(exc, entry.path))
            continue
        if is_dir:
            key = _inode(entry.path)
            if key is not None and key in seen:
                log.debug("not revisiting %s (symbolic link loop)", entry.path)
                continue
            yield from walk(entry.path, counts, seen)
        elif is_file:
            if os.path.splitext(entry.name)[1].lower() in SKIPPED_SUFFIXES:
                counts.skipped += 1
                log.debug("skipping %s (not a page format)", entry.path)
                continue
            yield entry.path
        elif entry.is_symlink() and not os.path.exists(entry.path):
            yield RecordFailure(entry.path, MissingInput("broken symbolic link",
                                                         where=entry.path))
        else:
            yield RecordFailure(entry.path, UnreadableInput(
                "not a regular file (a FIFO, socket or device)", where=entry.path))


def _inode(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
