"""Reading a CRFsuite model file (``lCRF``/``FOMC``, as ``pycrfsuite.Trainer`` writes it).

The tagger compiles the model into per-attribute weight vectors (:mod:`rasd.ner.compiled`)
and needs every weight exactly as stored. python-crfsuite's ``Tagger.info()`` only gives
them through a text dump rounded to six decimals and takes over a second on the shipped
model; the binary file is simple and documented in CRFsuite's ``crf1d_model.c``, and this
reader takes a small fraction of that time.

Layout (little-endian): a 48-byte header (magic ``lCRF``, file size, type ``FOMC``,
version, number of features, labels and attributes, and the offsets of the feature chunk,
the label and attribute string databases and two reference chunks); the ``FEAT`` chunk of
``(type, src, dst, weight)`` records, type 0 a state feature (attribute ``src``, label
``dst``) and type 1 a transition (label ``src`` to label ``dst``); and two ``CQDB``
chunks mapping ids to strings, each with a backward array of record offsets whose records
are ``(id, key size, key bytes + NUL)``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from rasd.errors import RasdError

_HEADER: Final = struct.Struct("<4sI4sI8I")
_CHUNK: Final = struct.Struct("<4sII")  # chunk id, chunk size, number of items
_CQDB_HEADER: Final = struct.Struct("<4s5I")  # id, size, flag, byte order, bwd size, bwd offset
_RECORD: Final = struct.Struct("<II")  # a CQDB record's id and key size (NUL included)
FEATURE_RECORD: Final = struct.Struct("<IIId")  # type, src, dst, weight: 20 bytes, unpadded

_MAGIC: Final = b"lCRF"
_FIRST_ORDER: Final = b"FOMC"
STATE_FEATURE: Final = 0
TRANSITION: Final = 1


class CrfFileError(RasdError):
    """A file that is not a CRFsuite first-order model this reader understands."""

    code = "crf_model"


@dataclass(frozen=True, slots=True)
class CrfFile:
    """The contents of a model file: ids index ``labels`` and ``attributes``.

    ``state``: ``(attribute id, label id, weight)`` for every state feature, and
    ``transitions``: ``(from label id, to label id, weight)``, both in file order;
    ``features_at``: the byte offset of the first of the ``n_features`` feature records
    (:data:`FEATURE_RECORD`), for code that rewrites weights in place.
    """

    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state: tuple[tuple[int, int, float], ...]
    transitions: tuple[tuple[int, int, float], ...]
    features_at: int
    n_features: int


def read_crf_file(path: Path) -> CrfFile:
    """Parse the model file at ``path`` (see the module doc for the layout)."""
    buf = path.read_bytes()
    try:
        return parse_crf_bytes(buf)
    except CrfFileError as exc:
        raise CrfFileError(exc.reason, where=str(path)) from exc
    except (struct.error, UnicodeDecodeError) as exc:
        raise CrfFileError(f"not a readable CRFsuite model ({exc})", where=str(path)) from exc


def parse_crf_bytes(buf: bytes) -> CrfFile:
    """Parse a model held in memory (raises :class:`CrfFileError` or :class:`struct.error`)."""
    magic, _size, kind, _version, _nf, n_labels, n_attrs, off_features, off_labels, \
        off_attrs, _off_labelrefs, _off_attrrefs = _HEADER.unpack_from(buf, 0)
    if magic != _MAGIC or kind != _FIRST_ORDER:
        raise CrfFileError(f"magic {magic!r} and type {kind!r}, expected {_MAGIC!r} "
                           f"{_FIRST_ORDER!r}")
    labels = _strings(buf, off_labels, n_labels)
    attributes = _strings(buf, off_attrs, n_attrs)
    chunk, _chunk_size, n_features = _CHUNK.unpack_from(buf, off_features)
    if chunk != b"FEAT":
        raise CrfFileError(f"feature chunk is {chunk!r}")
    start = off_features + _CHUNK.size
    state: list[tuple[int, int, float]] = []
    transitions: list[tuple[int, int, float]] = []
    records = buf[start:start + FEATURE_RECORD.size * n_features]
    for kind_id, src, dst, weight in FEATURE_RECORD.iter_unpack(records):
        if kind_id == STATE_FEATURE:
            state.append((src, dst, weight))
        elif kind_id == TRANSITION:
            transitions.append((src, dst, weight))
        else:
            raise CrfFileError(f"unknown feature type {kind_id}")
    for a, y, _w in state:
        if a >= n_attrs or y >= n_labels:
            raise CrfFileError(f"state feature ({a}, {y}) out of range")
    for y0, y1, _w in transitions:
        if y0 >= n_labels or y1 >= n_labels:
            raise CrfFileError(f"transition ({y0}, {y1}) out of range")
    return CrfFile(tuple(labels), tuple(attributes), tuple(state), tuple(transitions),
                   start, n_features)


def _strings(buf: bytes, offset: int, expected: int) -> list[str]:
    """The strings of the CQDB chunk at ``offset``, by id."""
    chunk, _size, _flag, _order, n, bwd_offset = _CQDB_HEADER.unpack_from(buf, offset)
    if chunk != b"CQDB" or n != expected:
        raise CrfFileError(f"string database {chunk!r} with {n} entries, expected {expected}")
    out: list[str] = []
    record_size = _RECORD.size
    for i, at in enumerate(struct.unpack_from(f"<{n}I", buf, offset + bwd_offset)):
        key_id, key_size = _RECORD.unpack_from(buf, offset + at)
        if key_id != i:
            raise CrfFileError(f"string record {key_id} where {i} was expected")
        key_start = offset + at + record_size
        out.append(buf[key_start:key_start + key_size - 1].decode("utf-8"))
    return out
