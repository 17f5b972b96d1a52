"""What ``rasd.events.senses.assault_readings`` would have done on unseen text (task assault19).

Applies the readings (course of acts, figurative attack, one fight told with several words)
to the blind bank's candidates — what the rules of each day proposed on each round before
anyone tuned on it — and re-matches every passage: spurious ASSAULT candidates removed and
true ASSAULT events lost, for the rounds up to ev-1520 (``early``, the ones the readings were
built on) and ev-1521..1820 (``late``, the out-of-sample check).

    PYTHONPATH=src .venv/bin/python scripts/assault_bank_readings.py early late [FP|TP]

Naming a part also lists its cases (``FP``/``TP`` to list only those); dev only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import rasd.events.senses.assault_readings as readings
from rasd.cli_events import DEFAULT_BANK, DEFAULT_GOLD
from rasd.evaluation.events import match_events
from rasd.evaluation.events_gold import load_passages
from rasd.events.learned.filter_bank import read_bank
from rasd.model import Event

#: The first passage of the rounds kept out while the readings were built.
LATE_FROM = 1521
KINDS = ("course", "figurative", "telling")


def main(args: list[str]) -> int:
    dev = load_passages(Path(DEFAULT_GOLD), "dev")
    by_id = {p.id: p for p in dev}
    bank = read_bank(Path(DEFAULT_BANK), {p.id: p.text for p in dev})
    total: Counter[tuple[str, str]] = Counter()
    removed: Counter[tuple[str, str]] = Counter()
    lost: Counter[tuple[str, str]] = Counter()
    listing = {"TP", "FP"} & set(args) or {"TP", "FP"}
    for b in bank:
        part = "late" if int(b.round.split("..")[0][3:]) >= LATE_FROM else "early"
        shown = part in args or "all" in args
        p = by_id[b.id]
        matched = match_events(p.events, b.candidates)
        hits = set(matched.values())
        events = [Event(c.type, c.trigger, c.evidence) for c in b.candidates]
        kinds = {i: readings.unasserted_kind(p.text, e, events) for i, e in enumerate(events)}
        for i, c in enumerate(b.candidates):
            if c.type == "ASSAULT":
                total[part, "TP" if i in hits else "FP"] += 1
        after = match_events(p.events, [c for i, c in enumerate(b.candidates) if not kinds[i]])
        for i, c in enumerate(b.candidates):
            kind = kinds[i]
            if not kind:
                continue
            label = "TP" if i in hits else "FP"
            if label == "FP":
                removed[part, kind] += 1
            if shown and label in listing:
                s = events[i].trigger_sentence()
                print(f"{label} {part} {kind} {b.id} «{c.trigger.text}» :: "
                      f"{s.text[:200] if s else ''}")
        for gi, ci in matched.items():
            if gi not in after and "ASSAULT" in p.events[gi].types:
                kind = kinds.get(ci) or "?"
                lost[part, kind] += 1
                if shown:
                    print(f"LOST {part} {kind} {b.id} gold {p.events[gi].evidence[0][:60]} "
                          f"cand «{b.candidates[ci].trigger.text}»")
    for part in (x for x in ("early", "late") if x in args or "all" in args):
        print(part, "ASSAULT FP", total[part, "FP"], "TP", total[part, "TP"])
        for kind in KINDS:
            print(f"   {kind:12s} FP removed {removed[part, kind]:3d}  "
                  f"true events lost {lost[part, kind]:3d}")
        all_removed = sum(v for (pp, _), v in removed.items() if pp == part)
        all_lost = sum(v for (pp, _), v in lost.items() if pp == part)
        print(f"   {'ALL':12s} FP removed {all_removed:3d}  true events lost {all_lost:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
