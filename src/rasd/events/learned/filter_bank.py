"""The blind bank: what the rules proposed on gold rounds *before* they were tuned on them.

Every fresh gold round is scored once by the rules as they stood when it was written, then
the rules are fixed for it. After that the round's candidates, as today's rules make them,
are in-sample: their false positives are the few the fixes left, not the kind unseen news
brings. The filter (:mod:`rasd.events.learned.filter_train`) needs the latter. The bank keeps, for
each fresh round, the candidates the rules of that day made on it — the rules' behaviour on
text they had never seen, forty rounds of it — so the filter learns from real out-of-sample
false positives and its threshold is chosen on them.

``scripts/filter_bank.py`` builds the bank from the git history (the source tree of the
commit before each round's passages were first added, run over the round); this module
reads and writes it. A candidate stores its type, trigger and evidence offsets and its
filter attributes: the label is *not* stored but recomputed at training time by the
evaluation's matching against the current gold, so a later recode of a passage relabels
its bank rows. A passage whose text changed since (its hash differs) is skipped.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from rasd.errors import InputError
from rasd.events.learned.filter_features import model_view
from rasd.model import Span

log = logging.getLogger(__name__)

#: Written into every row; a reader refuses other versions.
BANK_SCHEMA: Final = "rasd-filter-bank/1"


class BankError(InputError):
    """The filter bank file cannot be read or written."""

    code = "filter_bank"


@dataclass(frozen=True, slots=True)
class BankCandidate:
    """One event an old version of the rules proposed (what the matching needs, and the
    filter attributes the old code computed for it)."""

    type: str
    trigger: Span
    evidence: tuple[Span, ...]
    attrs: tuple[str, ...]

    def attributes(self) -> dict[str, float]:
        # Pooled as the current code pools new rows (the bank keeps the old code's words).
        return model_view(dict.fromkeys(self.attrs, 1.0))


@dataclass(frozen=True, slots=True)
class BankPassage:
    """The candidates of one gold passage by the rules of ``commit`` (before its round)."""

    id: str
    round: str
    commit: str
    text_sha1: str
    candidates: tuple[BankCandidate, ...]


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _span(text: str, pair: Any, where: str) -> Span:
    try:
        start, end = int(pair[0]), int(pair[1])
    except (TypeError, ValueError, IndexError, KeyError) as e:
        raise BankError(f"bad span {pair!r}", where=where) from e
    if not 0 <= start <= end <= len(text):
        raise BankError(f"span [{start}, {end}) outside the passage", where=where)
    return Span(start, end, text[start:end])


def passage_row(p: BankPassage) -> dict[str, Any]:
    return {"schema": BANK_SCHEMA, "id": p.id, "round": p.round, "commit": p.commit,
            "text_sha1": p.text_sha1,
            "candidates": [{"type": c.type, "trigger": [c.trigger.start, c.trigger.end],
                            "evidence": [[s.start, s.end] for s in c.evidence],
                            "attrs": list(c.attrs)} for c in p.candidates]}


def parse_row(row: Any, texts: dict[str, str], where: str) -> BankPassage | None:
    """One bank row as a passage of the current gold (``texts``: id → text); None, logged,
    when the passage is gone or its text changed since the bank was built."""
    if not isinstance(row, dict) or row.get("schema") != BANK_SCHEMA:
        raise BankError(f"not a {BANK_SCHEMA} row", where=where)
    try:
        pid, digest = str(row["id"]), str(row["text_sha1"])
        raw = row["candidates"]
        text = texts.get(pid)
        if text is None or text_hash(text) != digest:
            log.warning("%s: %s is not a dev passage with the same text any more; skipped",
                        where, pid)
            return None
        cands = tuple(
            BankCandidate(str(c["type"]), _span(text, c["trigger"], where),
                          tuple(_span(text, s, where) for s in c["evidence"]),
                          tuple(str(a) for a in c["attrs"]))
            for c in raw)
        return BankPassage(pid, str(row["round"]), str(row["commit"]), digest, cands)
    except (KeyError, TypeError) as e:
        raise BankError(f"missing or malformed field: {e}", where=where) from e


def read_bank(path: Path, texts: dict[str, str]) -> list[BankPassage]:
    """The bank's passages that still match the gold (``texts``: dev passage id → text)."""
    out: list[BankPassage] = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise BankError(f"not JSON: {e.msg}", where=where) from e
                p = parse_row(row, texts, where)
                if p is not None:
                    out.append(p)
    except FileNotFoundError as e:
        raise BankError("no such bank file (build it with scripts/filter_bank.py, or train "
                        "with --no-bank)", where=str(path)) from e
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise BankError(f"unreadable (not gzip, truncated or not UTF-8): {e}",
                        where=str(path)) from e
    return out


def write_bank(path: Path, passages: Iterable[BankPassage]) -> int:
    """Write the bank atomically (a temporary file renamed over the old one); rows sorted by
    passage id so a rebuild with the same history gives the same bytes."""
    rows = sorted(passages, key=lambda p: _id_key(p.id))
    tmp = path.with_name(path.name + ".tmp")
    try:
        # no name, mtime 0: the gzip header holds neither (reproducible files)
        with open(tmp, "wb") as raw, \
                gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
            for p in rows:
                gz.write((json.dumps(passage_row(p), ensure_ascii=False) + "\n").encode())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise BankError(f"cannot write: {e}", where=str(path)) from e
    return len(rows)


def _id_key(pid: str) -> tuple[str, int]:
    head, _, num = pid.rpartition("-")
    return (head, int(num)) if num.isdigit() else (pid, -1)
